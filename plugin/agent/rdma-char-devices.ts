/**
 * RDMA character devices (/dev/infiniband/uverbsN, rdma_cm) as NRI device adjustments: the
 * runtime creates them in each container and allows them in its device cgroup. Their numbers
 * come from the kernel's sysfs (a privileged container has it), which knows devices created after
 * the agent started; the agent's own /dev would not. sysfsRoot lets tests point at a tree of their own.
 */
import { rdmaCharDeviceNumbers } from '../../netops/rdma-char-devices.ts';
import type { LinuxDevice } from '../nri/types.ts';

export function rdmaLinuxDevices(containerPaths: readonly string[], sysfsRoot = '/sys'): LinuxDevice[] {
  return [...new Set(containerPaths)].map((containerPath) => {
    const { major, minor } = rdmaCharDeviceNumbers(containerPath, sysfsRoot);
    return { path: containerPath, type: 'c', major, minor, fileMode: 0o666 };
  });
}

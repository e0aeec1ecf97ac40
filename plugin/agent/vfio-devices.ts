/**
 * What a container of a pod with vfio-pci devices gets at CreateContainer: the vfio container
 * node /dev/vfio/vfio and each IOMMU group's /dev/vfio/<group> (numbers from the kernel's sysfs,
 * as for RDMA), and the functions' PCI addresses in one environment variable named as the SR-IOV
 * network device plugin names its own, `PCIDEVICE_<resource>` with the resource (here the driver
 * name) upper-cased and every other character turned into `_`: `PCIDEVICE_NETCLAIM_IO` for
 * netclaim.io, a comma-separated list. DPDK applications written for the device plugin read it
 * unchanged.
 */
import { vfioCharDeviceNumbers, vfioDevicePaths, type VfioBinding } from '../../netops/vfio.ts';
import type { EnvVar, LinuxDevice } from '../nri/types.ts';

export function vfioLinuxDevices(bindings: readonly Pick<VfioBinding, 'iommuGroup'>[], sysfsRoot = '/sys'): LinuxDevice[] {
  return vfioDevicePaths(bindings.map((binding) => binding.iommuGroup)).map((containerPath) => {
    const { major, minor } = vfioCharDeviceNumbers(containerPath, sysfsRoot);
    return { path: containerPath, type: 'c', major, minor, fileMode: 0o666 };
  });
}

/** `PCIDEVICE_<DRIVER>`, as the SR-IOV device plugin's `PCIDEVICE_<RESOURCE>`. */
function vfioEnvironmentName(driverName: string): string {
  return `PCIDEVICE_${driverName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

export function vfioEnvironment(driverName: string, bindings: readonly Pick<VfioBinding, 'pciAddress'>[]): EnvVar {
  return { key: vfioEnvironmentName(driverName), value: [...new Set(bindings.map((binding) => binding.pciAddress))].join(',') };
}

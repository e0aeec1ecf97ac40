/**
 * RDMA character devices (/dev/infiniband/uverbsN, rdma_cm) as NRI device adjustments: the
 * runtime creates them in each container and allows them in its device cgroup. Major/minor come
 * from the host's device nodes; devRoot lets tests point at a tree of their own.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { LinuxDevice } from '../nri/types.ts';

export function rdmaLinuxDevices(containerPaths: readonly string[], devRoot = '/dev'): LinuxDevice[] {
  return [...new Set(containerPaths)].map((containerPath) => {
    const hostPath = path.join(devRoot, path.relative('/dev', containerPath));
    const stat = statSync(hostPath, { bigint: true });
    if (!stat.isCharacterDevice()) throw new Error(`${hostPath} is not a character device`);
    // glibc's major()/minor() for the 64-bit dev_t encoding.
    const major = Number(((stat.rdev >> 8n) & 0xfffn) | ((stat.rdev >> 32n) & ~0xfffn));
    const minor = Number((stat.rdev & 0xffn) | ((stat.rdev >> 12n) & ~0xffn));
    return { path: containerPath, type: 'c', major, minor, fileMode: 0o666 };
  });
}

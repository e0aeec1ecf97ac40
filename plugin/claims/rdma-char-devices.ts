/**
 * The /dev/infiniband nodes a pod's containers need to use an RDMA device: its uverbs node
 * (found through /sys/class/infiniband_verbs/<uverbsN>/ibdev, which names the RDMA device) and
 * rdma_cm when the kernel offers it. Read from sysfs at prepare, so that container creation
 * only turns the stored paths into device adjustments; sysRoot lets tests use a tree of their own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function rdmaCharDevicePaths(rdmaDevice: string, sysRoot = '/sys'): string[] {
  const verbsClass = join(sysRoot, 'class', 'infiniband_verbs');
  const verbs = (existsSync(verbsClass) ? readdirSync(verbsClass) : [])
    .filter((node) => node.startsWith('uverbs') && readIbdev(join(verbsClass, node)) === rdmaDevice)
    .sort()
    .map((node) => `/dev/infiniband/${node}`);
  if (verbs.length === 0) return [];
  return existsSync(join(sysRoot, 'class', 'misc', 'rdma_cm')) ? [...verbs, '/dev/infiniband/rdma_cm'] : verbs;
}

function readIbdev(verbsNode: string): string | undefined {
  try {
    return readFileSync(join(verbsNode, 'ibdev'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * What sysfs says about a network device that netlink does not: its PCI function, NUMA node,
 * driver, SR-IOV role (and a VF's PF and index), RDMA device and speed. The root is a parameter so tests can describe
 * hardware this machine does not have (an SR-IOV NIC with RDMA) as a fake tree.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { DeviceInfo } from './device-info.ts';

/** A PCI function's address as sysfs names it: dddd:bb:dd.f in lowercase hex. */
export const PCI_ADDRESS = /^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$/;
const VIRTFN = /^virtfn(\d{1,5})$/;

/** The DeviceInfo fields that come from sysfs (documented there). */
export type SysfsFacts = Pick<DeviceInfo, 'virtual' | 'pciAddress' | 'pciVendor' | 'pciDevice' | 'pcieRoot' | 'numaNode' | 'driver'
  | 'sriovTotalVfs' | 'sriovNumVfs' | 'isSriovVf' | 'pfName' | 'pfPciAddress' | 'vfIndex' | 'rdmaDevice' | 'rdmaCharDevices' | 'speedMbps'>;

export function readSysfsFacts(ifName: string, sysfsRoot = '/sys'): SysfsFacts {
  const netDir = path.join(sysfsRoot, 'class/net', ifName);
  const real = tryRealpath(netDir);
  const facts: SysfsFacts = {
    // Hardware sits under its bus; software devices under /sys/devices/virtual.
    virtual: real === undefined || real.startsWith(path.join(sysfsRoot, 'devices/virtual') + path.sep),
    isSriovVf: false,
  };
  const speed = readNumber(path.join(netDir, 'speed'));
  if (speed !== undefined && speed > 0) facts.speedMbps = speed;
  const deviceDir = tryRealpath(path.join(netDir, 'device'));
  if (!deviceDir) return facts;
  const driver = tryRealpath(path.join(deviceDir, 'driver'));
  if (driver) facts.driver = path.basename(driver);
  const pciDir = nearestPciFunction(deviceDir, sysfsRoot);
  if (!pciDir) return facts;
  facts.pciAddress = path.basename(pciDir);
  const root = path.relative(path.join(sysfsRoot, 'devices'), pciDir).split(path.sep)[0];
  if (root?.startsWith('pci')) facts.pcieRoot = root;
  const vendor = readText(path.join(pciDir, 'vendor'));
  if (vendor) facts.pciVendor = vendor.replace(/^0x/, '');
  const device = readText(path.join(pciDir, 'device'));
  if (device) facts.pciDevice = device.replace(/^0x/, '');
  const numa = readNumber(path.join(pciDir, 'numa_node'));
  if (numa !== undefined && numa >= 0) facts.numaNode = numa;
  const totalVfs = readNumber(path.join(pciDir, 'sriov_totalvfs'));
  if (totalVfs !== undefined && totalVfs > 0) {
    facts.sriovTotalVfs = totalVfs;
    facts.sriovNumVfs = readNumber(path.join(pciDir, 'sriov_numvfs')) ?? 0;
  }
  const pfDir = tryRealpath(path.join(pciDir, 'physfn'));
  facts.isSriovVf = pfDir !== undefined;
  if (pfDir) Object.assign(facts, vfPlacement(pciDir, pfDir));
  const [rdma] = listDir(path.join(pciDir, 'infiniband'));
  if (rdma) {
    facts.rdmaDevice = rdma;
    const verbs = listDir(path.join(pciDir, 'infiniband_verbs')).map((node) => `/dev/infiniband/${node}`);
    // rdma_cm exists only when the rdma_ucm module is loaded.
    const cm = tryRealpath(path.join(sysfsRoot, 'class/misc/rdma_cm')) ? ['/dev/infiniband/rdma_cm'] : [];
    if (verbs.length) facts.rdmaCharDevices = [...verbs, ...cm];
  }
  return facts;
}

/**
 * Where a VF sits on its PF: the PF's PCI address, its netdev (absent when the PF has none in
 * this namespace: bound to vfio-pci, or moved into a pod) and the VF's number, N of the PF's
 * `virtfnN` link that points at this function. Also for a VF bound to vfio-pci (netops/vfio.ts).
 */
export function vfPlacement(vfDir: string, pfDir: string): Pick<SysfsFacts, 'pfName' | 'pfPciAddress' | 'vfIndex'> {
  const placement: Pick<SysfsFacts, 'pfName' | 'pfPciAddress' | 'vfIndex'> = {};
  if (PCI_ADDRESS.test(path.basename(pfDir))) placement.pfPciAddress = path.basename(pfDir);
  // A PF with ports on several netdevs (rare) lists them all; the first by name is stable.
  const [pfName] = listDir(path.join(pfDir, 'net'));
  if (pfName) placement.pfName = pfName;
  for (const entry of listDir(pfDir)) {
    const index = VIRTFN.exec(entry)?.[1];
    if (index !== undefined && tryRealpath(path.join(pfDir, entry)) === vfDir) {
      placement.vfIndex = Number(index);
      break;
    }
  }
  return placement;
}

/**
 * The devlink instance of a netdev's device: its bus ("pci", "netdevsim") and device name (the
 * PCI address, "netdevsim0"), from the `device` link and its `subsystem`. Undefined for a link
 * without a device (software links).
 */
export function devlinkHandle(ifName: string, sysfsRoot = '/sys'): { bus: string; device: string } | undefined {
  const deviceDir = tryRealpath(path.join(sysfsRoot, 'class/net', ifName, 'device'));
  const bus = deviceDir && tryRealpath(path.join(deviceDir, 'subsystem'));
  return deviceDir && bus ? { bus: path.basename(bus), device: path.basename(deviceDir) } : undefined;
}

/** A virtio NIC's device is virtioN below the PCI function; walk up to the function itself. */
function nearestPciFunction(dir: string, sysfsRoot: string): string | undefined {
  const top = path.join(sysfsRoot, 'devices');
  for (let current = dir; current.startsWith(top + path.sep); current = path.dirname(current)) {
    if (PCI_ADDRESS.test(path.basename(current))) return current;
  }
  return undefined;
}

/*
 * Reading sysfs files: absent, unreadable or refused (the speed of a down link reads EINVAL) all
 * mean "the kernel does not say", never an error. Shared with the vfio binding steps.
 */

export function tryRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

export function readText(file: string): string | undefined {
  try {
    // A sysfs attribute is at most a page.
    return readFileSync(file, 'utf8').slice(0, 4096).trim();
  } catch {
    return undefined;
  }
}

export function readNumber(file: string): number | undefined {
  const text = readText(file);
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  return Number(text);
}

export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * Handing a PCI NIC function to a DPDK pod: binding it to vfio-pci and back, through sysfs.
 *
 * Binding: the function's current driver and `driver_override` are recorded, `vfio-pci` written
 * to its `driver_override` (so only vfio-pci may take it), its address to the current driver's
 * `unbind`, then to `/sys/bus/pci/drivers_probe`, and the `driver` link must then name vfio-pci.
 * A step that fails undoes the earlier ones, so a failed bind leaves the NIC as it was.
 *
 * Restoring names the original driver in `driver_override` before the probe rather than clearing
 * it: a VF whose PF has `sriov_drivers_autoprobe` 0 (usual under DPDK) is probed only by the
 * driver its override names, so a plain probe would leave it with no driver. Once the driver has
 * it, the override the operator had (or none) is put back. Restoring is idempotent: it also
 * finishes a bind or a restore that a crash cut short.
 *
 * vfio-pci's unbind blocks in the kernel while any process holds the group open, so before it
 * /proc is scanned (bounded) for a descriptor on /dev/vfio/<group>, and the restore fails naming
 * the process instead of hanging. Bind and restore also re-check that the function is still a
 * network function and no PF with VFs: a record is a file on disk, and one naming a disk
 * controller must not get it unbound.
 *
 * What vfio gives a process is an IOMMU group, not a function: /dev/vfio/<group> opens every
 * function of the group. A group is therefore handed over whole or not at all (functions the pod
 * did not get would be reachable from it), a function without a group (no IOMMU) is refused, and so
 * is a PF with VFs enabled (unbinding it would destroy its VFs, and VFs may be in other pods).
 *
 * The sysfs root is a parameter so tests can describe a machine with an IOMMU as a fake tree;
 * writes go through `write` so a test's stand-in kernel can act on them.
 */
import { readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listDir, PCI_ADDRESS, readText, tryRealpath, vfPlacement } from './sysfs.ts';

export const VFIO_PCI = 'vfio-pci';
/** PCI class 0x0604xx: a PCI-to-PCI bridge, which sits in its downstream devices' group without being usable through vfio. */
const PCI_BRIDGE_CLASS = /^0x0604/;
/** PCI base class 0x02: network controllers. */
const NETWORK_CLASS = /^0x02[0-9a-f]{4}$/;
/** What a driver name (and so a driver_override naming one) may be; it names a sysfs path. */
export const DRIVER_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
/** How many /proc entries (processes and their descriptors) a holder scan reads at most. */
const PROC_SCAN_LIMIT = 1_000_000;

/** What a function was bound to before vfio-pci, and its IOMMU group: what a restore needs. */
export interface VfioBinding {
  pciAddress: string;
  iommuGroup: number;
  /** The driver to give the function back to; absent when no driver had it (restore leaves it unbound). */
  originalDriver?: string;
  /** The function's driver_override before the bind, put back at restore; absent when it had none. */
  originalOverride?: string;
}

/** A function's IOMMU group and what else is in it. */
export interface VfioInspection extends VfioBinding {
  /** Every function in the group but this one, PCI bridges left out. */
  groupPeers: string[];
}

/** A network function bound to vfio-pci, as discovery finds it: it has no netdev. */
export interface VfioFunction {
  pciAddress: string;
  iommuGroup?: number;
  pciVendor?: string;
  pciDevice?: string;
  /** The PCIe root complex it hangs under, e.g. "pci0000:00". */
  pcieRoot?: string;
  numaNode?: number;
  isSriovVf: boolean;
  /** A VF's PF (its PCI address) and the VF's number on it, from the `physfn` link vfio-pci leaves in place. */
  pfPciAddress?: string;
  vfIndex?: number;
}

/** Writes one sysfs attribute; the kernel acts on the write (node's writeFile by default). */
export type SysfsWrite = (file: string, text: string) => Promise<void>;

export interface VfioOptions {
  sysfsRoot?: string;
  write?: SysfsWrite;
  /** Where processes are listed, for the scan for holders of a group before vfio-pci's unbind (tests' stand-in tree). */
  procRoot?: string;
  /** How many /proc entries that scan reads before giving up (and refusing the unbind). */
  procScanLimit?: number;
}

/** A bind, restore or inspection that cannot be done: one line naming the function and the step. */
export class VfioError extends Error {
  constructor(pciAddress: string, message: string) {
    super(`PCI function ${pciAddress}: ${message}`);
    this.name = 'VfioError';
  }
}

/** A bind failed and giving the function back to its driver failed too: it may be left unbound, or with vfio-pci. */
export class VfioRollbackError extends VfioError {
  constructor(pciAddress: string, message: string) {
    super(pciAddress, message);
    this.name = 'VfioRollbackError';
  }
}

/** Reads what a bind would need and refuses a function vfio cannot hand out alone (see the module comment). */
export function inspectForVfio(pciAddress: string, sysfsRoot = '/sys'): VfioInspection {
  const dir = functionDir(pciAddress, sysfsRoot);
  checkNetworkFunction(pciAddress, dir, 'inspect');
  const group = iommuGroupOf(dir);
  if (group === undefined) throw new VfioError(pciAddress, 'has no IOMMU group (no IOMMU, or it is off: boot with intel_iommu=on or amd_iommu=on); vfio-pci cannot give it to a pod');
  const groupPeers = listDir(path.join(sysfsRoot, 'kernel/iommu_groups', String(group), 'devices'))
    .filter((peer) => peer !== pciAddress && !PCI_BRIDGE_CLASS.test(readText(path.join(sysfsRoot, 'bus/pci/devices', peer, 'class')) ?? ''));
  const driver = driverOf(dir);
  const override = overrideOf(pciAddress, dir);
  return { pciAddress, iommuGroup: group, groupPeers, ...(driver === undefined ? {} : { originalDriver: driver }), ...(override === undefined ? {} : { originalOverride: override }) };
}

/**
 * Binds the function to vfio-pci; already bound is success. Returns the binding as found now
 * (the IOMMU group read again once vfio-pci has the function). Fails with a VfioError naming the
 * step, after giving the function back to its driver.
 */
export async function bindToVfio(binding: VfioBinding, options: VfioOptions = {}): Promise<VfioBinding> {
  const { pciAddress } = binding;
  const sysfsRoot = options.sysfsRoot ?? '/sys';
  const write = options.write ?? writeSysfs;
  const dir = functionDir(pciAddress, sysfsRoot);
  checkNetworkFunction(pciAddress, dir, 'bind');
  const current = driverOf(dir);
  if (current !== VFIO_PCI) {
    const overrideNow = overrideOf(pciAddress, dir);
    // Unbound, or the override already ours: a bind a crash cut short, whose state before is the record's.
    const before: VfioBinding = current === undefined || overrideNow === VFIO_PCI
      ? binding
      : { pciAddress, iommuGroup: binding.iommuGroup, originalDriver: current, ...(overrideNow === undefined ? {} : { originalOverride: overrideNow }) };
    const step = async (what: string, file: string, text: string) => {
      try {
        await write(file, text);
      } catch (error) {
        throw new VfioError(pciAddress, `${what}: ${reason(error)}`);
      }
    };
    try {
      await step('cannot set driver_override to vfio-pci', path.join(dir, 'driver_override'), VFIO_PCI);
      if (current !== undefined) await step(`cannot unbind from ${current}`, path.join(sysfsRoot, 'bus/pci/drivers', current, 'unbind'), pciAddress);
      await step('cannot probe for vfio-pci (is the vfio-pci module loaded?)', path.join(sysfsRoot, 'bus/pci/drivers_probe'), pciAddress);
      const now = driverOf(dir);
      if (now !== VFIO_PCI) throw new VfioError(pciAddress, `vfio-pci did not take it after drivers_probe (driver: ${now ?? 'none'}; is the vfio-pci module loaded?)`);
    } catch (error) {
      // Back to the driver and override it had just now, which is what the record says unless the host changed them meanwhile.
      await restoreFromVfio(before, options)
        .catch((rollback: unknown) => {
          throw new VfioRollbackError(pciAddress, `${reason(error)}; and giving it back to ${before.originalDriver ?? 'no driver'} failed: ${reason(rollback)}`);
        });
      throw error;
    }
  }
  const group = iommuGroupOf(dir);
  if (group === undefined) throw new VfioError(pciAddress, 'bound to vfio-pci but has no IOMMU group');
  return { ...binding, iommuGroup: group };
}

/**
 * Gives the function back to the driver recorded at bind: names that driver in driver_override
 * (vfio-pci may then not take it again, and a VF on a PF without autoprobe may be probed),
 * unbinds it from vfio-pci once no process holds its group, probes, checks the driver, and puts
 * back the recorded override (or clears it). Idempotent; a function recorded as vfio-pci's (it
 * was bound before netclaim saw it) is left alone. Returns the netdevs the function has again.
 */
export async function restoreFromVfio(binding: Pick<VfioBinding, 'pciAddress' | 'originalDriver' | 'originalOverride'>, options: VfioOptions = {}): Promise<{ netdevs: string[] }> {
  const { pciAddress, originalDriver, originalOverride } = binding;
  const sysfsRoot = options.sysfsRoot ?? '/sys';
  const write = options.write ?? writeSysfs;
  const dir = functionDir(pciAddress, sysfsRoot);
  checkNetworkFunction(pciAddress, dir, 'restore');
  if (originalDriver === VFIO_PCI) return { netdevs: [] };
  const step = async (what: string, file: string, text: string) => {
    try {
      await write(file, text);
    } catch (error) {
      throw new VfioError(pciAddress, `restore to ${originalDriver ?? 'no driver'}: ${what}: ${reason(error)}`);
    }
  };
  const overrideFile = path.join(dir, 'driver_override');
  // An empty line clears the override (the kernel strips the newline and frees the string).
  const setOverride = async (wanted: string | undefined) => {
    if (readOverride(dir) !== wanted) await step(wanted === undefined ? 'cannot clear driver_override' : `cannot set driver_override to ${wanted}`, overrideFile, wanted ?? '\n');
  };
  const current = driverOf(dir);
  if (current !== originalDriver) {
    // Before any write: a refused restore leaves the function as it found it.
    if (current === VFIO_PCI) await refuseWhileGroupHeld(pciAddress, dir, options);
    await setOverride(originalDriver);
    if (current !== undefined) {
      await step(`cannot unbind from ${current}`, path.join(sysfsRoot, 'bus/pci/drivers', current, 'unbind'), pciAddress);
    }
    if (originalDriver !== undefined) {
      await step('cannot probe', path.join(sysfsRoot, 'bus/pci/drivers_probe'), pciAddress);
      const now = driverOf(dir);
      if (now !== originalDriver) throw new VfioError(pciAddress, `restore: ${originalDriver} did not take it back after drivers_probe (driver: ${now ?? 'none'})`);
    }
  }
  await setOverride(originalOverride);
  return { netdevs: originalDriver === undefined ? [] : listDir(path.join(dir, 'net')) };
}

/**
 * Fails when a process has the function's group open (or its device node, /dev/vfio/devices/vfioN,
 * which iommufd users open instead): vfio-pci's unbind would wait for it to close, in the kernel,
 * holding a thread-pool thread and the claim's lock. Reads at most `procScanLimit` entries, and
 * refuses when that was not enough to tell.
 */
async function refuseWhileGroupHeld(pciAddress: string, dir: string, options: VfioOptions): Promise<void> {
  const group = iommuGroupOf(dir);
  if (group === undefined) return;
  const procRoot = options.procRoot ?? '/proc';
  const limit = options.procScanLimit ?? PROC_SCAN_LIMIT;
  const node = `/dev/vfio/${group}`;
  const nodes = new Set([node, ...listDir(path.join(dir, 'vfio-dev')).filter((name) => /^vfio\d{1,6}$/.test(name)).map((name) => `/dev/vfio/devices/${name}`)]);
  const holders: string[] = [];
  let read = 0;
  for (const pid of (await listDirAsync(procRoot)).filter((name) => /^\d{1,10}$/.test(name))) {
    const fds = await listDirAsync(path.join(procRoot, pid, 'fd'));
    read += 1 + fds.length;
    if (read > limit) throw new VfioError(pciAddress, `restore: cannot tell whether a process holds ${node} (more than ${limit} entries under ${procRoot}); not unbinding from vfio-pci, which would block until it closes`);
    for (const fd of fds) {
      const target = await readlinkAsync(path.join(procRoot, pid, 'fd', fd));
      if (target !== undefined && nodes.has(target)) {
        const comm = (await readFileAsync(path.join(procRoot, pid, 'comm')))?.slice(0, 64).trim().replace(/[^\x20-\x7e]/g, '?');
        holders.push(`pid ${pid} (${comm ?? 'unknown'})${target === node ? '' : ` through ${target}`}`);
        break;
      }
    }
  }
  if (holders.length) throw new VfioError(pciAddress, `restore: ${node} is held open by ${holders.slice(0, 8).join(', ')}${holders.length > 8 ? ` and ${holders.length - 8} more` : ''}; not unbinding from vfio-pci, which would block until they close it`);
}

/** Network functions (PCI class 0x02xxxx) bound to vfio-pci: they have no netdev for netlink to list. */
export function listVfioFunctions(sysfsRoot = '/sys'): VfioFunction[] {
  return listDir(path.join(sysfsRoot, 'bus/pci/drivers', VFIO_PCI)).filter((name) => PCI_ADDRESS.test(name)).flatMap((pciAddress): VfioFunction[] => {
    const dir = tryRealpath(path.join(sysfsRoot, 'bus/pci/devices', pciAddress));
    if (!dir || !NETWORK_CLASS.test(readText(path.join(dir, 'class')) ?? '')) return [];
    const pfDir = tryRealpath(path.join(dir, 'physfn'));
    const found: VfioFunction = { pciAddress, isSriovVf: pfDir !== undefined };
    if (pfDir) {
      const { pfPciAddress, vfIndex } = vfPlacement(dir, pfDir);
      if (pfPciAddress !== undefined) found.pfPciAddress = pfPciAddress;
      if (vfIndex !== undefined) found.vfIndex = vfIndex;
    }
    const group = iommuGroupOf(dir);
    if (group !== undefined) found.iommuGroup = group;
    const vendor = readText(path.join(dir, 'vendor'));
    if (vendor) found.pciVendor = vendor.replace(/^0x/, '');
    const device = readText(path.join(dir, 'device'));
    if (device) found.pciDevice = device.replace(/^0x/, '');
    const root = path.relative(path.join(sysfsRoot, 'devices'), dir).split(path.sep)[0];
    if (root?.startsWith('pci')) found.pcieRoot = root;
    const numa = readText(path.join(dir, 'numa_node'));
    if (numa !== undefined && /^\d+$/.test(numa)) found.numaNode = Number(numa);
    return [found];
  });
}

/** The container paths a pod's containers need for these IOMMU groups: the container node, then each group's. */
export function vfioDevicePaths(groups: readonly number[]): string[] {
  return groups.length ? ['/dev/vfio/vfio', ...[...new Set(groups)].sort((a, b) => a - b).map((group) => `/dev/vfio/${group}`)] : [];
}

/**
 * Numbers of a vfio device node from the kernel's sysfs (the container node is the misc device
 * "vfio", a group's is class "vfio" device <group>): like RDMA's, they exist there as soon as the
 * kernel made them, whatever the agent's own /dev was filled with.
 */
export function vfioCharDeviceNumbers(devicePath: string, sysfsRoot = '/sys'): { major: number; minor: number } {
  const match = /^\/dev\/vfio\/(vfio|\d{1,6})$/.exec(devicePath);
  if (!match) throw new Error(`${devicePath}: not a vfio device node`);
  const file = match[1] === 'vfio' ? path.join(sysfsRoot, 'class/misc/vfio/dev') : path.join(sysfsRoot, 'class/vfio', match[1]!, 'dev');
  const numbers = /^(\d+):(\d+)$/.exec(readText(file) ?? '');
  if (!numbers) throw new Error(`${devicePath}: no such device in sysfs (${path.relative(sysfsRoot, file)}); is vfio-pci bound?`);
  return { major: Number(numbers[1]), minor: Number(numbers[2]) };
}

/** The driver a PCI function has now; undefined when none (or no such function). */
export function pciDriverOf(pciAddress: string, sysfsRoot = '/sys'): string | undefined {
  if (!PCI_ADDRESS.test(pciAddress)) return undefined;
  return driverOf(path.join(sysfsRoot, 'bus/pci/devices', pciAddress));
}

function functionDir(pciAddress: string, sysfsRoot: string): string {
  // The address names paths: only a well-formed one may, never "../" from a record or a claim.
  if (!PCI_ADDRESS.test(pciAddress)) throw new VfioError(pciAddress, 'not a PCI address (dddd:bb:dd.f, lowercase hex)');
  const dir = tryRealpath(path.join(sysfsRoot, 'bus/pci/devices', pciAddress));
  if (!dir) throw new VfioError(pciAddress, 'no such PCI function in sysfs');
  return dir;
}

/**
 * Refuses what netclaim may never unbind, checked again at every bind and restore (a record is
 * only a file): a function that is no network controller, and a PF with VFs enabled.
 */
function checkNetworkFunction(pciAddress: string, dir: string, step: string): void {
  const pciClass = readText(path.join(dir, 'class'));
  if (!NETWORK_CLASS.test(pciClass ?? '')) throw new VfioError(pciAddress, `${step}: is not a network function (PCI class ${pciClass ?? 'unreadable'}); netclaim binds only NICs to vfio-pci`);
  const numVfs = readText(path.join(dir, 'sriov_numvfs'));
  if (numVfs !== undefined && numVfs !== '0') throw new VfioError(pciAddress, `${step}: is an SR-IOV PF with ${numVfs} VFs enabled; binding it to vfio-pci would destroy them: allocate a VF instead`);
}

/** The driver_override as the kernel shows it; undefined when none ("(null)"). */
function readOverride(dir: string): string | undefined {
  const text = readText(path.join(dir, 'driver_override'));
  return text === undefined || text === '' || text === '(null)' ? undefined : text;
}

/** The override to record: it is written back at restore, so it must be a driver name. */
function overrideOf(pciAddress: string, dir: string): string | undefined {
  const override = readOverride(dir);
  if (override !== undefined && !DRIVER_NAME.test(override)) throw new VfioError(pciAddress, `driver_override ${JSON.stringify(override.slice(0, 80))} is not a driver name`);
  return override;
}

function driverOf(dir: string): string | undefined {
  const driver = tryRealpath(path.join(dir, 'driver'));
  return driver === undefined ? undefined : path.basename(driver);
}

function iommuGroupOf(dir: string): number | undefined {
  const group = tryRealpath(path.join(dir, 'iommu_group'));
  const name = group === undefined ? undefined : path.basename(group);
  return name !== undefined && /^\d{1,6}$/.test(name) ? Number(name) : undefined;
}

async function writeSysfs(file: string, text: string): Promise<void> {
  await writeFile(file, text);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function listDirAsync(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

async function readlinkAsync(file: string): Promise<string | undefined> {
  try {
    return await readlink(file);
  } catch {
    return undefined;
  }
}

async function readFileAsync(file: string): Promise<string | undefined> {
  try {
    // comm is at most 16 bytes.
    return (await readFile(file, 'utf8')).slice(0, 256);
  } catch {
    return undefined;
  }
}


/** Stand-in sysfs trees for tests that need no real device. */
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A character device's class entry as the kernel shows it: <root>/class/<class>/<name>/uevent and dev. */
export function writeCharDeviceUevent(sysfsRoot: string, deviceClass: string, name: string, major: number, minor: number, devName = `infiniband/${name}`): void {
  const dir = path.join(sysfsRoot, 'class', deviceClass, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'uevent'), `MAJOR=${major}\nMINOR=${minor}\nDEVNAME=${devName}\n`);
  writeFileSync(path.join(dir, 'dev'), `${major}:${minor}\n`);
}

/** One PCI function of a FakePciKernel. */
export interface FakePciFunction {
  pciAddress: string;
  /** The driver that takes it when no override says otherwise (absent: none does). */
  nativeDriver?: string;
  /** Bound at start: the native driver by default; null for unbound. */
  boundTo?: string | null;
  /** Its netdev while a network driver has it. */
  ifName?: string;
  iommuGroup?: number;
  /** Default 0x020000 (Ethernet). */
  pciClass?: string;
  /** Set on a PF: its sriov_numvfs. */
  numVfs?: number;
  /** The PF's address, for a VF (a physfn link). */
  physfn?: string;
  /** Set on a PF: its sriov_drivers_autoprobe. 0: its VFs are probed only by the driver their driver_override names. */
  sriovDriversAutoprobe?: 0 | 1;
}

/**
 * A stand-in for the kernel's PCI sysfs: a tree of functions, drivers and IOMMU groups, and a
 * `write` that does what the kernel does on driver_override, a driver's unbind and
 * drivers_probe (rebinding, the netdev going and coming, the vfio group node appearing). Every
 * write is kept in `writes`, in order, for the test to inspect; `failOn` makes writes to a file
 * (matched by its end) fail as the kernel's would.
 */
export class FakePciKernel {
  readonly root: string;
  readonly writes: Array<{ file: string; text: string }> = [];
  failOn: { file: string; error: string } | undefined;
  /** False: vfio-pci is not loaded, so a probe with the override leaves the function unbound. */
  vfioLoaded = true;
  readonly #functions = new Map<string, FakePciFunction>();

  constructor(root: string) {
    this.root = root;
    mkdirSync(path.join(root, 'bus/pci/drivers/vfio-pci'), { recursive: true });
    writeFileSync(path.join(root, 'bus/pci/drivers_probe'), '');
    writeCharDeviceUevent(root, 'misc', 'vfio', 10, 196, 'vfio/vfio');
  }

  add(fn: FakePciFunction): void {
    this.#functions.set(fn.pciAddress, fn);
    const dir = this.#dir(fn.pciAddress);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'class'), `${fn.pciClass ?? '0x020000'}\n`);
    writeFileSync(path.join(dir, 'vendor'), '0x8086\n');
    writeFileSync(path.join(dir, 'device'), '0x10d3\n');
    writeFileSync(path.join(dir, 'numa_node'), '0\n');
    writeFileSync(path.join(dir, 'driver_override'), '(null)\n');
    if (fn.numVfs !== undefined) writeFileSync(path.join(dir, 'sriov_numvfs'), `${fn.numVfs}\n`);
    if (fn.sriovDriversAutoprobe !== undefined) writeFileSync(path.join(dir, 'sriov_drivers_autoprobe'), `${fn.sriovDriversAutoprobe}\n`);
    if (fn.physfn) symlinkSync(this.#dir(fn.physfn), path.join(dir, 'physfn'));
    mkdirSync(path.join(this.root, 'bus/pci/devices'), { recursive: true });
    symlinkSync(dir, path.join(this.root, 'bus/pci/devices', fn.pciAddress));
    if (fn.iommuGroup !== undefined) {
      const group = path.join(this.root, 'kernel/iommu_groups', String(fn.iommuGroup));
      mkdirSync(path.join(group, 'devices'), { recursive: true });
      symlinkSync(dir, path.join(group, 'devices', fn.pciAddress));
      symlinkSync(group, path.join(dir, 'iommu_group'));
    }
    const bound = fn.boundTo === undefined ? fn.nativeDriver : fn.boundTo ?? undefined;
    if (bound) this.#bind(fn, bound);
  }

  /** The driver the function has now, as its `driver` link says. */
  driverOf(pciAddress: string): string | undefined {
    try {
      return path.basename(readlinkSync(path.join(this.#dir(pciAddress), 'driver')));
    } catch {
      return undefined;
    }
  }

  netdevsOf(pciAddress: string): string[] {
    try {
      return readdirSync(path.join(this.#dir(pciAddress), 'net'));
    } catch {
      return [];
    }
  }

  readonly write = async (file: string, text: string): Promise<void> => {
    this.writes.push({ file: path.relative(this.root, file), text });
    if (this.failOn && file.endsWith(this.failOn.file)) throw new Error(`${this.failOn.error}: ${file}`);
    const relative = path.relative(this.root, file);
    const override = /^devices\/.*\/([0-9a-f:.]+)\/driver_override$/.exec(relative);
    const unbind = /^bus\/pci\/drivers\/([^/]+)\/unbind$/.exec(relative);
    if (override) {
      writeFileSync(file, text.trim() === '' ? '(null)\n' : `${text.trim()}\n`);
    } else if (unbind) {
      const fn = this.#functions.get(text.trim());
      if (!fn || this.driverOf(fn.pciAddress) !== unbind[1]) throw new Error(`ENODEV: ${file}`);
      this.#unbind(fn);
    } else if (relative === 'bus/pci/drivers_probe') {
      const fn = this.#functions.get(text.trim());
      if (!fn) throw new Error(`ENODEV: ${file}`);
      if (this.driverOf(fn.pciAddress) !== undefined) return;
      const wanted = readFileSync(path.join(this.#dir(fn.pciAddress), 'driver_override'), 'utf8').trim();
      // pci_device_can_probe: a VF of a PF without autoprobe is probed only through its override.
      if (wanted === '(null)' && fn.physfn && this.#functions.get(fn.physfn)?.sriovDriversAutoprobe === 0) return;
      const driver = wanted === '(null)' ? fn.nativeDriver : wanted;
      if (driver === 'vfio-pci' && (!this.vfioLoaded || fn.iommuGroup === undefined)) return;
      if (driver) this.#bind(fn, driver);
    } else {
      throw new Error(`EACCES: fake kernel does not know ${relative}`);
    }
  };

  #dir(pciAddress: string): string {
    return path.join(this.root, 'devices/pci0000:00', pciAddress);
  }

  #bind(fn: FakePciFunction, driver: string): void {
    const driverDir = path.join(this.root, 'bus/pci/drivers', driver);
    mkdirSync(driverDir, { recursive: true });
    writeFileSync(path.join(driverDir, 'unbind'), '');
    symlinkSync(this.#dir(fn.pciAddress), path.join(driverDir, fn.pciAddress));
    symlinkSync(driverDir, path.join(this.#dir(fn.pciAddress), 'driver'));
    if (driver === 'vfio-pci') writeCharDeviceUevent(this.root, 'vfio', String(fn.iommuGroup), 243, fn.iommuGroup!, `vfio/${fn.iommuGroup}`);
    else if (fn.ifName) mkdirSync(path.join(this.#dir(fn.pciAddress), 'net', fn.ifName), { recursive: true });
  }

  #unbind(fn: FakePciFunction): void {
    const driver = this.driverOf(fn.pciAddress)!;
    rmSync(path.join(this.root, 'bus/pci/drivers', driver, fn.pciAddress));
    rmSync(path.join(this.#dir(fn.pciAddress), 'driver'));
    rmSync(path.join(this.#dir(fn.pciAddress), 'net'), { recursive: true, force: true });
  }
}

/** One process of a stand-in /proc: its comm and its descriptors' link targets, by fd number. */
export interface FakeProcess {
  pid: number;
  comm: string;
  fds: Record<number, string>;
}

/** A stand-in /proc tree (<root>/<pid>/comm and <root>/<pid>/fd/<n> links) for the scan for vfio group holders. */
export function writeFakeProc(root: string, processes: readonly FakeProcess[]): void {
  for (const { pid, comm, fds } of processes) {
    mkdirSync(path.join(root, String(pid), 'fd'), { recursive: true });
    writeFileSync(path.join(root, String(pid), 'comm'), `${comm}\n`);
    for (const [fd, target] of Object.entries(fds)) symlinkSync(target, path.join(root, String(pid), 'fd', fd));
  }
}

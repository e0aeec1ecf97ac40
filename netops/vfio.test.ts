/**
 * Binding to vfio-pci and back, against a stand-in kernel (FakePciKernel): the writes in order,
 * the refusals, the rollback of a bind that fails half-way, and discovery of bound functions;
 * and for real in the kernel lane, on its emulated e1000e behind an emulated Intel IOMMU.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeWithKernel } from './test/kernel-fixtures.ts';
import { FakePciKernel } from './test/sysfs-fixtures.ts';
import { bindToVfio, inspectForVfio, listVfioFunctions, restoreFromVfio, vfioCharDeviceNumbers, vfioDevicePaths } from './vfio.ts';

const NIC = '0000:00:03.0';
const SHARED_A = '0000:00:04.0';
const SHARED_B = '0000:00:04.1';

describe('vfio-pci binding on a stand-in kernel', () => {
  let kernel: FakePciKernel;
  beforeEach(() => {
    kernel = new FakePciKernel(mkdtempSync(path.join(tmpdir(), 'netclaim-vfio-')));
    kernel.add({ pciAddress: NIC, nativeDriver: 'e1000e', ifName: 'eth1', iommuGroup: 5 });
    kernel.add({ pciAddress: SHARED_A, nativeDriver: 'igb', ifName: 'eth2', iommuGroup: 7 });
    kernel.add({ pciAddress: SHARED_B, nativeDriver: 'igb', ifName: 'eth3', iommuGroup: 7 });
  });
  afterEach(() => rmSync(kernel.root, { recursive: true, force: true }));
  const options = () => ({ sysfsRoot: kernel.root, write: kernel.write });

  test('inspect records the driver and the IOMMU group', () => {
    expect(inspectForVfio(NIC, kernel.root)).toEqual({ pciAddress: NIC, iommuGroup: 5, originalDriver: 'e1000e', groupPeers: [] });
    expect(inspectForVfio(SHARED_A, kernel.root).groupPeers).toEqual([SHARED_B]);
  });

  test('bind: override, unbind, probe, in that order; restore gives it back with its netdev', async () => {
    const inspected = inspectForVfio(NIC, kernel.root);
    await expect(bindToVfio(inspected, options())).resolves.toMatchObject({ pciAddress: NIC, iommuGroup: 5, originalDriver: 'e1000e' });
    expect(kernel.writes).toEqual([
      { file: 'devices/pci0000:00/0000:00:03.0/driver_override', text: 'vfio-pci' },
      { file: 'bus/pci/drivers/e1000e/unbind', text: NIC },
      { file: 'bus/pci/drivers_probe', text: NIC },
    ]);
    expect(kernel.driverOf(NIC)).toBe('vfio-pci');
    expect(kernel.netdevsOf(NIC)).toEqual([]);
    expect(vfioCharDeviceNumbers('/dev/vfio/5', kernel.root)).toEqual({ major: 243, minor: 5 });
    expect(listVfioFunctions(kernel.root)).toEqual([{ pciAddress: NIC, iommuGroup: 5, pciVendor: '8086', pciDevice: '10d3', pcieRoot: 'pci0000:00', numaNode: 0, isSriovVf: false }]);

    kernel.writes.length = 0;
    await expect(restoreFromVfio(inspected, options())).resolves.toEqual({ netdevs: ['eth1'] });
    expect(kernel.writes).toEqual([
      { file: 'devices/pci0000:00/0000:00:03.0/driver_override', text: '\n' },
      { file: 'bus/pci/drivers/vfio-pci/unbind', text: NIC },
      { file: 'bus/pci/drivers_probe', text: NIC },
    ]);
    expect(readFileSync(path.join(kernel.root, 'bus/pci/devices', NIC, 'driver_override'), 'utf8')).toBe('(null)\n');
    expect(kernel.driverOf(NIC)).toBe('e1000e');
    expect(listVfioFunctions(kernel.root)).toEqual([]);
  });

  test('bind and restore are idempotent: a repeat writes nothing', async () => {
    const inspected = inspectForVfio(NIC, kernel.root);
    await bindToVfio(inspected, options());
    kernel.writes.length = 0;
    await bindToVfio(inspected, options());
    expect(kernel.writes).toEqual([]);
    await restoreFromVfio(inspected, options());
    kernel.writes.length = 0;
    await expect(restoreFromVfio(inspected, options())).resolves.toEqual({ netdevs: ['eth1'] });
    expect(kernel.writes).toEqual([]);
  });

  test('restore finishes a bind a crash cut short (override set, unbound)', async () => {
    await kernel.write(path.join(kernel.root, 'devices/pci0000:00', NIC, 'driver_override'), 'vfio-pci');
    await kernel.write(path.join(kernel.root, 'bus/pci/drivers/e1000e/unbind'), NIC);
    expect(kernel.driverOf(NIC)).toBeUndefined();
    await expect(restoreFromVfio({ pciAddress: NIC, originalDriver: 'e1000e' }, options())).resolves.toEqual({ netdevs: ['eth1'] });
    expect(kernel.driverOf(NIC)).toBe('e1000e');
  });

  test('vfio-pci not loaded: the probe leaves it unbound, and the bind gives it back to its driver', async () => {
    kernel.vfioLoaded = false;
    await expect(bindToVfio(inspectForVfio(NIC, kernel.root), options())).rejects.toThrow(`PCI function ${NIC}: vfio-pci did not take it after drivers_probe (driver: none; is the vfio-pci module loaded?)`);
    expect(kernel.driverOf(NIC)).toBe('e1000e');
    expect(kernel.netdevsOf(NIC)).toEqual(['eth1']);
    expect(readFileSync(path.join(kernel.root, 'bus/pci/devices', NIC, 'driver_override'), 'utf8')).toBe('(null)\n');
  });

  test('an unbind the driver refuses: the override is cleared again and nothing else changes', async () => {
    kernel.failOn = { file: 'e1000e/unbind', error: 'EBUSY' };
    await expect(bindToVfio(inspectForVfio(NIC, kernel.root), options())).rejects.toThrow(`PCI function ${NIC}: cannot unbind from e1000e: EBUSY`);
    expect(kernel.writes.map((write) => write.file)).toEqual([
      'devices/pci0000:00/0000:00:03.0/driver_override', 'bus/pci/drivers/e1000e/unbind', 'devices/pci0000:00/0000:00:03.0/driver_override',
    ]);
    expect(kernel.driverOf(NIC)).toBe('e1000e');
  });

  test('a failing rollback is reported with the failure that caused it', async () => {
    kernel.failOn = { file: 'drivers_probe', error: 'EIO' };
    await expect(bindToVfio(inspectForVfio(NIC, kernel.root), options())).rejects.toThrow(
      `PCI function ${NIC}: cannot probe for vfio-pci (is the vfio-pci module loaded?): EIO: ${kernel.root}/bus/pci/drivers_probe; and giving it back to e1000e failed: PCI function ${NIC}: restore to e1000e: cannot probe: EIO`);
  });

  test('refused: no IOMMU group, a PF with VFs, a malformed or unknown address', () => {
    kernel.add({ pciAddress: '0000:00:05.0', nativeDriver: 'e1000e', ifName: 'eth4' });
    kernel.add({ pciAddress: '0000:00:06.0', nativeDriver: 'ice', ifName: 'eth5', iommuGroup: 9, numVfs: 4 });
    expect(() => inspectForVfio('0000:00:05.0', kernel.root)).toThrow('PCI function 0000:00:05.0: has no IOMMU group (no IOMMU, or it is off: boot with intel_iommu=on or amd_iommu=on); vfio-pci cannot give it to a pod');
    expect(() => inspectForVfio('0000:00:06.0', kernel.root)).toThrow('PCI function 0000:00:06.0: is an SR-IOV PF with 4 VFs enabled; binding it to vfio-pci would destroy them: allocate a VF instead');
    expect(() => inspectForVfio('../../etc', kernel.root)).toThrow('PCI function ../../etc: not a PCI address');
    expect(() => inspectForVfio('0000:00:1f.7', kernel.root)).toThrow('PCI function 0000:00:1f.7: no such PCI function in sysfs');
  });

  test('a bridge in the group is no peer; a VF is discovered as one, with its PF\'s address (physfn stays with vfio-pci)', async () => {
    kernel.add({ pciAddress: '0000:00:08.0', pciClass: '0x060400', iommuGroup: 11 });
    kernel.add({ pciAddress: '0000:00:08.1', nativeDriver: 'iavf', ifName: 'eth6', iommuGroup: 11, physfn: NIC });
    expect(inspectForVfio('0000:00:08.1', kernel.root).groupPeers).toEqual([]);
    await bindToVfio(inspectForVfio('0000:00:08.1', kernel.root), options());
    expect(listVfioFunctions(kernel.root)).toEqual([expect.objectContaining({ pciAddress: '0000:00:08.1', isSriovVf: true, pfPciAddress: NIC, iommuGroup: 11 })]);
  });

  test('a function bound to vfio-pci before netclaim saw it is left bound at restore', async () => {
    kernel.add({ pciAddress: '0000:00:09.0', nativeDriver: 'e1000e', boundTo: 'vfio-pci', iommuGroup: 12 });
    const inspected = inspectForVfio('0000:00:09.0', kernel.root);
    expect(inspected.originalDriver).toBe('vfio-pci');
    await restoreFromVfio(inspected, options());
    expect(kernel.writes).toEqual([]);
    expect(kernel.driverOf('0000:00:09.0')).toBe('vfio-pci');
  });

  test('device nodes: the container node first, groups once each; numbers from sysfs', () => {
    expect(vfioDevicePaths([7, 5, 7])).toEqual(['/dev/vfio/vfio', '/dev/vfio/5', '/dev/vfio/7']);
    expect(vfioDevicePaths([])).toEqual([]);
    expect(vfioCharDeviceNumbers('/dev/vfio/vfio', kernel.root)).toEqual({ major: 10, minor: 196 });
    expect(() => vfioCharDeviceNumbers('/dev/vfio/../sda', kernel.root)).toThrow('/dev/vfio/../sda: not a vfio device node');
    expect(() => vfioCharDeviceNumbers('/dev/vfio/5', kernel.root)).toThrow('/dev/vfio/5: no such device in sysfs (class/vfio/5/dev); is vfio-pci bound?');
  });
});

/**
 * The lane's own emulated NIC (qemu's e1000e, QEMU's subsystem ids) on an emulated Intel IOMMU: the
 * only function these tests may rebind. On any other machine they skip, whatever NICs it has.
 */
function laneNic(): { pciAddress: string } | { missing: string } {
  if (!process.env.NETCLAIM_KERNEL_LANE) return { missing: 'rebinds a PCI NIC: only the kernel lane\'s emulated e1000e may be (NETCLAIM_KERNEL_LANE unset)' };
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch {
      return '';
    }
  };
  let functions: string[];
  try {
    functions = readdirSync('/sys/bus/pci/devices');
  } catch {
    functions = [];
  }
  const nic = functions.find((fn) => {
    const dir = `/sys/bus/pci/devices/${fn}`;
    return read(`${dir}/vendor`) === '0x8086' && read(`${dir}/device`) === '0x10d3' && read(`${dir}/subsystem_vendor`) === '0x1af4';
  });
  if (!nic) {
    const seen = functions.map((fn) => `${fn} ${read(`/sys/bus/pci/devices/${fn}/vendor`)}:${read(`/sys/bus/pci/devices/${fn}/device`)} sub ${read(`/sys/bus/pci/devices/${fn}/subsystem_vendor`)}`);
    return { missing: `no emulated e1000e in this guest (the lane adds one unless NETCLAIM_LANE_IOMMU=0); PCI functions: ${seen.join(', ')}` };
  }
  if (!existsSync(`/sys/bus/pci/devices/${nic}/iommu_group`)) return { missing: `${nic} has no IOMMU group (intel-iommu and intel_iommu=on missing)` };
  if (!existsSync('/sys/bus/pci/drivers/vfio-pci')) return { missing: 'the vfio-pci module is not loaded' };
  return { pciAddress: nic };
}

const lane = laneNic();
describeWithKernel('vfio-pci on the kernel lane\'s emulated e1000e behind an emulated IOMMU', 'missing' in lane ? lane.missing : undefined, () => {
  const pciAddress = 'pciAddress' in lane ? lane.pciAddress : '';
  afterAll(async () => {
    // Whatever a failed test left: the NIC goes back to e1000e.
    await restoreFromVfio({ pciAddress, originalDriver: 'e1000e' }).catch(() => undefined);
  });

  test('bound for real: e1000e lets go, vfio-pci takes it, /dev/vfio/<group> appears with the numbers sysfs says; restored, e1000e and its netdev are back', async () => {
    const inspected = inspectForVfio(pciAddress);
    expect(inspected).toMatchObject({ pciAddress, originalDriver: 'e1000e', groupPeers: [] });
    const netdevs = readdirSync(`/sys/bus/pci/devices/${pciAddress}/net`);
    expect(netdevs).toHaveLength(1);

    await expect(bindToVfio(inspected)).resolves.toEqual({ pciAddress, iommuGroup: inspected.iommuGroup, originalDriver: 'e1000e', groupPeers: [] });
    expect(path.basename(readlinkSync(`/sys/bus/pci/devices/${pciAddress}/driver`))).toBe('vfio-pci');
    expect(existsSync(`/sys/bus/pci/devices/${pciAddress}/net`)).toBe(false);
    const node = statSync(`/dev/vfio/${inspected.iommuGroup}`);
    expect(node.isCharacterDevice()).toBe(true);
    const rdev = BigInt(node.rdev);
    const major = Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
    const minor = Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));
    expect(vfioCharDeviceNumbers(`/dev/vfio/${inspected.iommuGroup}`)).toEqual({ major, minor });
    expect(statSync('/dev/vfio/vfio').isCharacterDevice()).toBe(true);
    expect(listVfioFunctions()).toEqual([expect.objectContaining({ pciAddress, iommuGroup: inspected.iommuGroup, pciVendor: '8086', pciDevice: '10d3', isSriovVf: false })]);

    await expect(restoreFromVfio(inspected)).resolves.toEqual({ netdevs });
    expect(path.basename(readlinkSync(`/sys/bus/pci/devices/${pciAddress}/driver`))).toBe('e1000e');
    expect(readFileSync(`/sys/bus/pci/devices/${pciAddress}/driver_override`, 'utf8').trim()).toBe('(null)');
    expect(listVfioFunctions()).toEqual([]);
  });
});

/**
 * Binding to vfio-pci and back, against a stand-in kernel (FakePciKernel): the writes in order,
 * the refusals, the rollback of a bind that fails half-way, and discovery of bound functions;
 * and for real in the kernel lane, on its emulated e1000e behind an emulated Intel IOMMU.
 */
import { closeSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, openSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeWithKernel } from './test/kernel-fixtures.ts';
import { FakePciKernel, writeFakeProc } from './test/sysfs-fixtures.ts';
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
  const options = () => ({ sysfsRoot: kernel.root, write: kernel.write, procRoot: path.join(kernel.root, 'proc') });
  const overrideOf = (pciAddress: string) => readFileSync(path.join(kernel.root, 'bus/pci/devices', pciAddress, 'driver_override'), 'utf8');

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
      { file: 'devices/pci0000:00/0000:00:03.0/driver_override', text: 'e1000e' },
      { file: 'bus/pci/drivers/vfio-pci/unbind', text: NIC },
      { file: 'bus/pci/drivers_probe', text: NIC },
      { file: 'devices/pci0000:00/0000:00:03.0/driver_override', text: '\n' },
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

  test('a VF on a PF without autoprobe goes back to the driver its override named, and keeps that override', async () => {
    kernel.add({ pciAddress: '0000:05:00.0', nativeDriver: 'ice', ifName: 'ens1f0', iommuGroup: 39, numVfs: 0, sriovDriversAutoprobe: 0 });
    const vf = '0000:05:02.0';
    kernel.add({ pciAddress: vf, nativeDriver: 'iavf', boundTo: null, ifName: 'ens1f0v0', iommuGroup: 40, physfn: '0000:05:00.0' });
    // Without autoprobe a plain probe binds nothing: the operator bound it through an override.
    await kernel.write(path.join(kernel.root, 'bus/pci/drivers_probe'), vf);
    expect(kernel.driverOf(vf)).toBeUndefined();
    await kernel.write(path.join(kernel.root, 'devices/pci0000:00', vf, 'driver_override'), 'iavf');
    await kernel.write(path.join(kernel.root, 'bus/pci/drivers_probe'), vf);
    expect(kernel.driverOf(vf)).toBe('iavf');

    const inspected = inspectForVfio(vf, kernel.root);
    expect(inspected).toMatchObject({ originalDriver: 'iavf', originalOverride: 'iavf' });
    await bindToVfio(inspected, options());
    expect(kernel.driverOf(vf)).toBe('vfio-pci');
    await expect(restoreFromVfio(inspected, options())).resolves.toEqual({ netdevs: ['ens1f0v0'] });
    expect(kernel.driverOf(vf)).toBe('iavf');
    expect(overrideOf(vf)).toBe('iavf\n');

    // A bind that fails gives it back to the driver and the override it had.
    kernel.vfioLoaded = false;
    await expect(bindToVfio(inspected, options())).rejects.toThrow(`PCI function ${vf}: vfio-pci did not take it after drivers_probe`);
    expect([kernel.driverOf(vf), overrideOf(vf)]).toEqual(['iavf', 'iavf\n']);
    kernel.vfioLoaded = true;

    // A record from before overrides were kept: the original driver is named for the probe, then the override cleared.
    await bindToVfio(inspected, options());
    await expect(restoreFromVfio({ pciAddress: vf, originalDriver: 'iavf' }, options())).resolves.toEqual({ netdevs: ['ens1f0v0'] });
    expect(kernel.driverOf(vf)).toBe('iavf');
    expect(overrideOf(vf)).toBe('(null)\n');
  });

  test('restore refuses to unbind from vfio-pci while a process holds the group, naming it', async () => {
    const inspected = inspectForVfio(NIC, kernel.root);
    await bindToVfio(inspected, options());
    writeFakeProc(path.join(kernel.root, 'proc'), [
      { pid: 1, comm: 'systemd', fds: { 0: '/dev/null', 3: '/dev/vfio/vfio' } },
      { pid: 4242, comm: 'dpdk-testpmd', fds: { 0: '/dev/null', 7: '/dev/vfio/vfio', 8: '/dev/vfio/5' } },
      { pid: 4343, comm: 'other-pmd', fds: { 8: '/dev/vfio/50' } },
    ]);
    kernel.writes.length = 0;
    await expect(restoreFromVfio(inspected, options())).rejects.toThrow(
      `PCI function ${NIC}: restore: /dev/vfio/5 is held open by pid 4242 (dpdk-testpmd); not unbinding from vfio-pci, which would block until they close it`);
    expect(kernel.writes).toEqual([]);
    expect(kernel.driverOf(NIC)).toBe('vfio-pci');

    // A bounded scan: past the limit it cannot tell, and refuses rather than risk a blocking unbind.
    await expect(restoreFromVfio(inspected, { ...options(), procScanLimit: 3 })).rejects.toThrow(
      `PCI function ${NIC}: restore: cannot tell whether a process holds /dev/vfio/5 (more than 3 entries under ${kernel.root}/proc)`);

    // An iommufd user holds the function's own device node instead of the group's.
    rmSync(path.join(kernel.root, 'proc/4242'), { recursive: true });
    mkdirSync(path.join(kernel.root, 'bus/pci/devices', NIC, 'vfio-dev/vfio0'), { recursive: true });
    writeFakeProc(path.join(kernel.root, 'proc'), [{ pid: 4444, comm: 'iommufd-pmd', fds: { 5: '/dev/iommu', 6: '/dev/vfio/devices/vfio0' } }]);
    await expect(restoreFromVfio(inspected, options())).rejects.toThrow(`PCI function ${NIC}: restore: /dev/vfio/5 is held open by pid 4444 (iommufd-pmd) through /dev/vfio/devices/vfio0; not unbinding from vfio-pci, which would block until they close it`);

    rmSync(path.join(kernel.root, 'proc/4444'), { recursive: true });
    await expect(restoreFromVfio(inspected, options())).resolves.toEqual({ netdevs: ['eth1'] });
    expect(kernel.driverOf(NIC)).toBe('e1000e');
  });

  test('bind and restore re-check the function: a record naming a disk controller or a PF with VFs is refused', async () => {
    const nvme = '0000:00:0a.0';
    kernel.add({ pciAddress: nvme, nativeDriver: 'nvme', iommuGroup: 13, pciClass: '0x010802' });
    expect(() => inspectForVfio(nvme, kernel.root)).toThrow(`PCI function ${nvme}: inspect: is not a network function (PCI class 0x010802); netclaim binds only NICs to vfio-pci`);
    await expect(bindToVfio({ pciAddress: nvme, iommuGroup: 13, originalDriver: 'nvme' }, options())).rejects.toThrow(
      `PCI function ${nvme}: bind: is not a network function (PCI class 0x010802); netclaim binds only NICs to vfio-pci`);
    await expect(restoreFromVfio({ pciAddress: nvme, originalDriver: 'e1000e' }, options())).rejects.toThrow(
      `PCI function ${nvme}: restore: is not a network function (PCI class 0x010802)`);
    kernel.add({ pciAddress: '0000:00:06.0', nativeDriver: 'ice', ifName: 'eth5', iommuGroup: 9, numVfs: 4 });
    await expect(bindToVfio({ pciAddress: '0000:00:06.0', iommuGroup: 9, originalDriver: 'ice' }, options())).rejects.toThrow(
      'PCI function 0000:00:06.0: bind: is an SR-IOV PF with 4 VFs enabled');
    await expect(restoreFromVfio({ pciAddress: '0000:00:06.0', originalDriver: 'e1000e' }, options())).rejects.toThrow(
      'PCI function 0000:00:06.0: restore: is an SR-IOV PF with 4 VFs enabled');
    expect(kernel.writes).toEqual([]);
    expect(kernel.driverOf(nvme)).toBe('nvme');
  });

  test('a driver_override that is no driver name is refused at inspect (it would be written back at restore)', () => {
    writeFileSync(path.join(kernel.root, 'bus/pci/devices', NIC, 'driver_override'), '../../x\n');
    expect(() => inspectForVfio(NIC, kernel.root)).toThrow(`PCI function ${NIC}: driver_override "../../x" is not a driver name`);
  });

  test('refused: no IOMMU group, a PF with VFs, a malformed or unknown address', () => {
    kernel.add({ pciAddress: '0000:00:05.0', nativeDriver: 'e1000e', ifName: 'eth4' });
    kernel.add({ pciAddress: '0000:00:06.0', nativeDriver: 'ice', ifName: 'eth5', iommuGroup: 9, numVfs: 4 });
    expect(() => inspectForVfio('0000:00:05.0', kernel.root)).toThrow('PCI function 0000:00:05.0: has no IOMMU group (no IOMMU, or it is off: boot with intel_iommu=on or amd_iommu=on); vfio-pci cannot give it to a pod');
    expect(() => inspectForVfio('0000:00:06.0', kernel.root)).toThrow('PCI function 0000:00:06.0: inspect: is an SR-IOV PF with 4 VFs enabled; binding it to vfio-pci would destroy them: allocate a VF instead');
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

  test('bound for real: e1000e lets go, vfio-pci takes it, /dev/vfio/<group> appears with the numbers sysfs says; held open, restore refuses; restored, e1000e and its netdev are back', async () => {
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

    // Held open (by this very process): vfio-pci's unbind would block until it is closed, so restore refuses.
    const held = openSync(`/dev/vfio/${inspected.iommuGroup}`, 'r+');
    try {
      await expect(restoreFromVfio(inspected)).rejects.toThrow(`PCI function ${pciAddress}: restore: /dev/vfio/${inspected.iommuGroup} is held open by pid ${process.pid} (`);
    } finally {
      closeSync(held);
    }
    expect(path.basename(readlinkSync(`/sys/bus/pci/devices/${pciAddress}/driver`))).toBe('vfio-pci');
    expect(readFileSync(`/sys/bus/pci/devices/${pciAddress}/driver_override`, 'utf8').trim()).toBe('vfio-pci');

    await expect(restoreFromVfio(inspected)).resolves.toEqual({ netdevs });
    expect(path.basename(readlinkSync(`/sys/bus/pci/devices/${pciAddress}/driver`))).toBe('e1000e');
    expect(readFileSync(`/sys/bus/pci/devices/${pciAddress}/driver_override`, 'utf8').trim()).toBe('(null)');
    expect(listVfioFunctions()).toEqual([]);
  });
});

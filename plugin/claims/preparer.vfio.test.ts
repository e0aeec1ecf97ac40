/**
 * Prepare and unprepare of `driver: "vfio-pci"` claims against a stand-in PCI kernel: the bind
 * after the record, the restore before the record goes, a failed bind forgotten cleanly, and an
 * agent restarted after a crash that gives the function back from the record alone; a pod's
 * process still holding the group, and a record naming what is no NIC, refused without a write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakePciKernel, writeFakeProc } from '../../netops/test/sysfs-fixtures.ts';
import { allocatedClaim, opaqueConfig, TEST_DRIVER, TEST_POOL, type ClaimSpec } from '../../testing/claims.ts';
import { createLogger } from '../log.ts';
import type { DeviceEntry } from './check.ts';
import { ClaimNotFoundError, type ClaimSource, type ResourceClaimView } from './claim.ts';
import { PreparedClaims } from './prepared-claims.ts';
import { ClaimPreparer, type PrepareOutcome } from './preparer.ts';
import { hostVfioDriver } from './vfio-driver.ts';

const VF = '0000:00:03.0';
const OTHER = '0000:00:04.0';

class Claims implements ClaimSource {
  readonly claims = new Map<string, ResourceClaimView>();
  add(spec: ClaimSpec): { namespace: string; name: string; uid: string } {
    const claim = allocatedClaim({ config: [opaqueConfig({ driver: 'vfio-pci' })], ...spec });
    const ref = { namespace: claim.metadata!.namespace!, name: claim.metadata!.name!, uid: claim.metadata!.uid! };
    this.claims.set(ref.name, claim);
    return ref;
  }
  async get(namespace: string, name: string): Promise<ResourceClaimView> {
    const claim = this.claims.get(name);
    if (!claim) throw new ClaimNotFoundError(namespace, name);
    return claim;
  }
}

function errorOf(outcome: PrepareOutcome | undefined): string | undefined {
  return outcome && 'error' in outcome ? outcome.error : undefined;
}

describe('ClaimPreparer with vfio-pci', () => {
  let root: string;
  let kernel: FakePciKernel;
  let api: Claims;
  let prepared: PreparedClaims;
  let preparer: ClaimPreparer;
  const log = createLogger({}, { level: 'error' });
  const entries = new Map<string, DeviceEntry>([
    ['pci-0000-00-03-0', { pool: TEST_POOL, ifName: 'ens3', pciAddress: VF }],
    ['pci-0000-00-04-0', { pool: TEST_POOL, ifName: 'ens4', pciAddress: OTHER }],
  ]);

  async function start(): Promise<void> {
    ({ prepared } = await PreparedClaims.open(path.join(root, 'claims')));
    preparer = new ClaimPreparer({
      driverName: TEST_DRIVER, claims: api, devices: { byDeviceName: (name) => entries.get(name) }, prepared, logger: log,
      vfio: hostVfioDriver({ sysfsRoot: kernel.root, write: kernel.write, procRoot: path.join(root, 'proc') }),
    });
  }

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'netclaim-prepare-vfio-'));
    kernel = new FakePciKernel(path.join(root, 'sys'));
    kernel.add({ pciAddress: VF, nativeDriver: 'iavf', ifName: 'ens3', iommuGroup: 30 });
    kernel.add({ pciAddress: OTHER, nativeDriver: 'iavf', ifName: 'ens4', iommuGroup: 31 });
    api = new Claims();
    await start();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('prepare binds after recording the original driver; unprepare gives the function back, then forgets it', async () => {
    const ref = api.add({ devices: ['pci-0000-00-03-0'] });
    const outcome = (await preparer.prepare([ref])).get(ref.uid);
    expect(errorOf(outcome)).toBeUndefined();
    expect(kernel.driverOf(VF)).toBe('vfio-pci');
    expect(prepared.get(ref.uid)?.devices).toEqual([expect.objectContaining({ vfio: { pciAddress: VF, iommuGroup: 30, originalDriver: 'iavf' } })]);

    expect((await preparer.unprepare([ref])).get(ref.uid)).toBeUndefined();
    expect(kernel.driverOf(VF)).toBe('iavf');
    expect(kernel.netdevsOf(VF)).toEqual(['ens3']);
    expect(prepared.get(ref.uid)).toBeUndefined();
  });

  test('a bind that fails leaves no record and the function with its driver', async () => {
    kernel.vfioLoaded = false;
    const ref = api.add({ devices: ['pci-0000-00-03-0'] });
    expect(errorOf((await preparer.prepare([ref])).get(ref.uid))).toBe(
      `cannot bind to vfio-pci: device pci-0000-00-03-0: PCI function ${VF}: vfio-pci did not take it after drivers_probe (driver: none; is the vfio-pci module loaded?)`);
    expect(prepared.get(ref.uid)).toBeUndefined();
    expect(kernel.driverOf(VF)).toBe('iavf');
  });

  test('when the second function fails, the first is given back too', async () => {
    kernel.failOn = { file: `${OTHER}/driver_override`, error: 'EPERM' };
    const ref = api.add({ devices: ['pci-0000-00-03-0', 'pci-0000-00-04-0'] });
    expect(errorOf((await preparer.prepare([ref])).get(ref.uid))).toContain(`device pci-0000-00-04-0: PCI function ${OTHER}: cannot set driver_override to vfio-pci: EPERM`);
    expect([kernel.driverOf(VF), kernel.driverOf(OTHER)]).toEqual(['iavf', 'iavf']);
    expect(prepared.get(ref.uid)).toBeUndefined();
  });

  test('after a crash, a restarted agent gives the function back from the record alone', async () => {
    const ref = api.add({ devices: ['pci-0000-00-03-0'] });
    await preparer.prepare([ref]);
    api.claims.clear(); // the API server no longer has the claim: only the record knows
    await start();
    expect((await preparer.unprepare([ref])).get(ref.uid)).toBeUndefined();
    expect(kernel.driverOf(VF)).toBe('iavf');
  });

  test('a crash between the record and the bind: the kubelet\'s retry binds, from the record', async () => {
    const ref = api.add({ devices: ['pci-0000-00-03-0'] });
    await preparer.prepare([ref]);
    await kernel.write(path.join(kernel.root, 'devices/pci0000:00', VF, 'driver_override'), '\n');
    await kernel.write(path.join(kernel.root, 'bus/pci/drivers/vfio-pci/unbind'), VF);
    await kernel.write(path.join(kernel.root, 'bus/pci/drivers_probe'), VF);
    expect(kernel.driverOf(VF)).toBe('iavf');
    await start();
    expect(errorOf((await preparer.prepare([ref])).get(ref.uid))).toBeUndefined();
    expect(kernel.driverOf(VF)).toBe('vfio-pci');
  });

  test('a restore that fails keeps the record, and the kubelet\'s retry finishes it', async () => {
    const ref = api.add({ devices: ['pci-0000-00-03-0'] });
    await preparer.prepare([ref]);
    kernel.failOn = { file: 'vfio-pci/unbind', error: 'EBUSY' };
    expect((await preparer.unprepare([ref])).get(ref.uid)).toContain(`device pci-0000-00-03-0: PCI function ${VF}: restore to iavf: cannot unbind from vfio-pci: EBUSY`);
    expect(prepared.get(ref.uid)).toBeDefined();
    kernel.failOn = undefined;
    expect((await preparer.unprepare([ref])).get(ref.uid)).toBeUndefined();
    expect(kernel.driverOf(VF)).toBe('iavf');
    expect(prepared.get(ref.uid)).toBeUndefined();
  });

  test('a process still holding the group: unprepare fails naming it, keeps the record, and the retry after it exits finishes', async () => {
    const ref = api.add({ devices: ['pci-0000-00-03-0'] });
    await preparer.prepare([ref]);
    writeFakeProc(path.join(root, 'proc'), [{ pid: 777, comm: 'testpmd', fds: { 9: '/dev/vfio/30' } }]);
    expect((await preparer.unprepare([ref])).get(ref.uid)).toContain(
      `device pci-0000-00-03-0: PCI function ${VF}: restore: /dev/vfio/30 is held open by pid 777 (testpmd); not unbinding from vfio-pci`);
    expect(kernel.driverOf(VF)).toBe('vfio-pci');
    expect(prepared.get(ref.uid)).toBeDefined();
    rmSync(path.join(root, 'proc/777'), { recursive: true });
    expect((await preparer.unprepare([ref])).get(ref.uid)).toBeUndefined();
    expect(kernel.driverOf(VF)).toBe('iavf');
  });

  test('a record naming a disk controller: neither the repeated prepare nor unprepare touches it', async () => {
    const nvme = '0000:00:0a.0';
    kernel.add({ pciAddress: nvme, nativeDriver: 'nvme', iommuGroup: 33, pciClass: '0x010802' });
    const ref = api.add({ devices: ['pci-0000-00-03-0'] });
    await preparer.prepare([ref]);
    const record = prepared.get(ref.uid)!;
    await prepared.save({ ...record, devices: record.devices.map((device) => ({ ...device, vfio: { pciAddress: nvme, iommuGroup: 33, originalDriver: 'nvme' } })) });
    await start();
    kernel.writes.length = 0;
    expect(errorOf((await preparer.prepare([ref])).get(ref.uid))).toBe(
      `cannot bind the claim's devices to vfio-pci: device pci-0000-00-03-0: PCI function ${nvme}: bind: is not a network function (PCI class 0x010802); netclaim binds only NICs to vfio-pci`);
    expect((await preparer.unprepare([ref])).get(ref.uid)).toContain(`PCI function ${nvme}: restore: is not a network function (PCI class 0x010802)`);
    expect(kernel.writes).toEqual([]);
    expect(kernel.driverOf(nvme)).toBe('nvme');
  });

  test('the same function in two claims: the second is refused before anything is bound again', async () => {
    const first = api.add({ name: 'first', devices: ['pci-0000-00-03-0'] });
    const second = api.add({ name: 'second', devices: ['pci-0000-00-03-0'], pods: [{ name: 'pod-b', uid: 'pod-uid-b' }] });
    await preparer.prepare([first]);
    kernel.writes.length = 0;
    expect(errorOf((await preparer.prepare([second])).get(second.uid))).toContain('the device is held by claim default/first');
    expect(kernel.writes).toEqual([]);
  });
});

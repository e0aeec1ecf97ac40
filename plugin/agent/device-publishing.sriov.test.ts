/**
 * An SR-IOV PF and its VFs through the real publishing path against the fake API server with
 * partitionable devices on: VFs published with their PF and index, the PF with its SR-IOV
 * facts, and counters that keep the scheduler from allocating the PF beside one of its VFs.
 */
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { fakePciNic, fakeVfioFunction, ScriptedSource } from '../../testing/devices.ts';
import { createKubeClients } from '../kube/client.ts';
import { createLogger } from '../log.ts';
import { startDevicePublishing, type DevicePublishing } from './device-publishing.ts';

let api: FakeApiServer;
let publishing: DevicePublishing;

afterEach(async () => {
  await publishing.stop();
  await api.stop();
});

interface WireDevice {
  name: string;
  attributes: Record<string, unknown>;
  consumesCounters?: Array<{ counterSet: string; counters: Record<string, { value: string }> }>;
}

/** Publishes what `source` finds to a fake API server with partitionable devices on; the slices' specs. */
async function publish(source: ScriptedSource, heldVfio?: () => Set<string>): Promise<Array<{ devices?: WireDevice[]; sharedCounters?: unknown[] }>> {
  api = await FakeApiServer.start({ features: { partitionableDevices: true } });
  api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } });
  publishing = await startDevicePublishing({
    kube: createKubeClients({ kubeconfig: api.kubeconfigPath }),
    nodeName: 'node-a',
    driverName: 'netclaim.io',
    logger: createLogger({}, { write: () => {} }),
    source,
    resyncIntervalMs: 600_000,
    ...(heldVfio ? { heldVfio } : {}),
  });
  await publishing.publisher.whenSynced();
  return api.list('resource.k8s.io/v1', 'ResourceSlice').map((slice) => slice.spec as { devices?: WireDevice[]; sharedCounters?: unknown[] });
}

test('a PF and its VFs: topology attributes, and a counter set the PF takes whole and each VF one of', async () => {
  const source = new ScriptedSource();
  source.devices = [
    fakePciNic('ens1f0', '0000:05:00.0', { sriovTotalVfs: 8, sriovNumVfs: 2, eswitchMode: 'legacy' }),
    fakePciNic('ens1f0v0', '0000:05:00.2', { isSriovVf: true, pfName: 'ens1f0', vfIndex: 0 }),
    fakePciNic('ens1f0v1', '0000:05:00.3', { isSriovVf: true, pfName: 'ens1f0', vfIndex: 1 }),
  ];
  const slices = await publish(source);
  const devices = slices.flatMap((spec) => spec.devices ?? []);
  const byIfName = (ifName: string) => devices.find((device) => (device.attributes.ifName as { string: string }).string === ifName)!;
  const pf = byIfName('ens1f0');
  expect(pf.attributes).toMatchObject({ sriovTotalVfs: { int: 8 }, sriovNumVfs: { int: 2 }, eswitchMode: { string: 'legacy' } });
  expect(byIfName('ens1f0v1').attributes).toMatchObject({ pfName: { string: 'ens1f0' }, vfIndex: { int: 1 }, 'resource.kubernetes.io/pciBusID': { string: '0000:05:00.3' } });
  expect(slices.flatMap((spec) => spec.sharedCounters ?? [])).toEqual([{ name: pf.name, counters: { vfs: { value: '2' } } }]);
  expect(pf.consumesCounters).toEqual([{ counterSet: pf.name, counters: { vfs: { value: '2' } } }]);
  expect(byIfName('ens1f0v0').consumesCounters).toEqual([{ counterSet: pf.name, counters: { vfs: { value: '1' } } }]);
  expect(publishing.publisher.countersSupport).toBe('supported');
});

test('a VF the agent bound to vfio-pci for a prepared claim stays published and keeps its PF\'s counter; one the host bound is not offered', async () => {
  const source = new ScriptedSource();
  source.devices = [
    fakePciNic('ens1f0', '0000:05:00.0', { sriovTotalVfs: 8, sriovNumVfs: 3 }),
    fakePciNic('ens1f0v1', '0000:05:00.3', { isSriovVf: true, pfName: 'ens1f0', pfPciAddress: '0000:05:00.0', vfIndex: 1 }),
  ];
  source.vfio = [
    fakeVfioFunction('0000:05:00.2', { pfPciAddress: '0000:05:00.0', vfIndex: 0 }),
    fakeVfioFunction('0000:05:00.4', { pfPciAddress: '0000:05:00.0', vfIndex: 2 }),
  ];
  const slices = await publish(source, () => new Set(['0000:05:00.2']));
  const devices = slices.flatMap((spec) => spec.devices ?? []);
  expect(devices.map((device) => [device.name, device.consumesCounters?.[0]?.counters.vfs?.value])).toEqual([
    ['pci-0000-05-00-0', '2'], ['pci-0000-05-00-2', '1'], ['pci-0000-05-00-3', '1'],
  ]);
  expect(slices.flatMap((spec) => spec.sharedCounters ?? [])).toEqual([{ name: 'pci-0000-05-00-0', counters: { vfs: { value: '2' } } }]);
  expect(publishing.inventory.catalog.dropped).toContainEqual(expect.objectContaining({ pciAddress: '0000:05:00.4' }));
});

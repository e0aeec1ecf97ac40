/** SR-IOV shared counters (KEP-4815) against the fake API server, with the feature on and off. */
import { FakeApiServer, type KubeObject } from '../../testing/fake-apiserver/server.ts';
import type { CounterSet, PublishedDevice } from '../inventory/published-device.ts';
import { createLogger } from '../log.ts';
import { createKubeClients } from './client.ts';
import { SlicePublisher } from './slice-publisher.ts';

const slicesApi = 'resource.k8s.io/v1';
let api: FakeApiServer;
let publisher: SlicePublisher;
let logLines: string[];

async function start(partitionableDevices: boolean | '1.34'): Promise<SlicePublisher> {
  api = await FakeApiServer.start({ features: { partitionableDevices } });
  api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } });
  logLines = [];
  publisher = new SlicePublisher({
    kube: createKubeClients({ kubeconfig: api.kubeconfigPath }),
    nodeName: 'node-a',
    driverName: 'netclaim.io',
    logger: createLogger({}, { write: (line) => logLines.push(line) }),
    backoff: { initialDelayMs: 20, maxDelayMs: 100 },
  });
  publisher.start();
  return publisher;
}

afterEach(async () => {
  await publisher.stop();
  await api.stop();
});

/** A PF with `vfs` VFs: the PF consumes all of its counter set, each VF one. */
function sriovPool(vfs: number): { devices: PublishedDevice[]; counterSets: CounterSet[] } {
  const consumes = (amount: number) => [{ counterSet: 'pf-0000-05-00-0', counters: { vfs: amount } }];
  return {
    devices: [
      { name: 'pf-0000-05-00-0', attributes: { sriovNumVfs: { int: vfs } }, consumesCounters: consumes(vfs) },
      ...Array.from({ length: vfs }, (_, index) => ({ name: `vf-${String(index).padStart(3, '0')}`, attributes: { vfIndex: { int: index } }, consumesCounters: consumes(1) })),
      { name: 'plain', attributes: {} },
    ],
    counterSets: [{ name: 'pf-0000-05-00-0', counters: { vfs } }],
  };
}

const specs = () => api.list(slicesApi, 'ResourceSlice').map((slice: KubeObject) => ({ name: String(slice.metadata.name), spec: slice.spec as Record<string, unknown> }))
  .sort((a, b) => a.name.localeCompare(b.name));

test('feature on: counter sets in a slice of their own, devices consuming them, one pool generation; a resync writes nothing', async () => {
  const { devices, counterSets } = sriovPool(2);
  (await start(true)).publish(devices, counterSets);
  await publisher.whenSynced();
  const [deviceSlice, counterSlice] = specs();
  expect(counterSlice).toMatchObject({ name: 'node-a-netclaim-io-counters-0', spec: { sharedCounters: [{ name: 'pf-0000-05-00-0', counters: { vfs: { value: '2' } } }], pool: { generation: 1, resourceSliceCount: 2 } } });
  expect(counterSlice!.spec).not.toHaveProperty('devices');
  expect(deviceSlice!.spec).toMatchObject({ pool: { generation: 1, resourceSliceCount: 2 } });
  const consumed = (deviceSlice!.spec.devices as Array<{ name: string; consumesCounters?: unknown }>).map((device) => [device.name, device.consumesCounters]);
  expect(consumed).toEqual([
    ['pf-0000-05-00-0', [{ counterSet: 'pf-0000-05-00-0', counters: { vfs: { value: '2' } } }]],
    ['plain', undefined],
    ['vf-000', [{ counterSet: 'pf-0000-05-00-0', counters: { vfs: { value: '1' } } }]],
    ['vf-001', [{ counterSet: 'pf-0000-05-00-0', counters: { vfs: { value: '1' } } }]],
  ]);
  expect(publisher.countersSupport).toBe('supported');
  const written = publisher.stats.slicesWritten;
  publisher.resync('test');
  await publisher.whenSynced();
  expect(publisher.stats.slicesWritten).toBe(written);
});

test('feature on: devices consuming counters go 64 to a slice, as the API requires', async () => {
  const { devices, counterSets } = sriovPool(70);
  (await start(true)).publish(devices, counterSets);
  await publisher.whenSynced();
  expect(specs().map(({ name, spec }) => [name, (spec.devices as unknown[] | undefined)?.length ?? 'counters'])).toEqual([
    ['node-a-netclaim-io-0', 64], ['node-a-netclaim-io-1', 8], ['node-a-netclaim-io-counters-0', 'counters'],
  ]);
});

test('feature off: the server drops the counters; one warning, then the pool is published without them and stays so', async () => {
  const { devices, counterSets } = sriovPool(2);
  (await start(false)).publish(devices, counterSets);
  await publisher.whenSynced();
  expect(publisher.countersSupport).toBe('unsupported');
  const slices = specs();
  expect(slices.map((slice) => slice.name)).toEqual(['node-a-netclaim-io-0']);
  expect((slices[0]!.spec.devices as Array<Record<string, unknown>>).every((device) => device.consumesCounters === undefined)).toBe(true);
  expect(slices[0]!.spec).toMatchObject({ pool: { resourceSliceCount: 1 } });
  expect(logLines.filter((line) => line.includes('dropped the shared counters'))).toHaveLength(1);
  const written = publisher.stats.slicesWritten;
  publisher.publish(devices, counterSets);
  await publisher.whenSynced();
  expect(publisher.stats.slicesWritten).toBe(written);
});

test('a 1.34 server with the alpha gate refuses 1.35\'s shape: one warning, then the pool is published without counters', async () => {
  await start('1.34');
  const { devices, counterSets } = sriovPool(2);
  publisher.publish(devices, counterSets);
  await publisher.whenSynced();
  expect(publisher.countersSupport).toBe('unsupported');
  const slices = specs();
  expect(slices.map((slice) => slice.name)).toEqual(['node-a-netclaim-io-0']);
  expect((slices[0]!.spec.devices as Array<Record<string, unknown>>).map((device) => device.consumesCounters)).toEqual([undefined, undefined, undefined, undefined]);
  expect(logLines.filter((line) => line.includes('refused our shared counters'))).toHaveLength(1);
  expect(publisher.stats.failedSyncs).toBe(0);
});

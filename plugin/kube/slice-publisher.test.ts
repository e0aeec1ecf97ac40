import { FakeApiServer, type KubeObject } from '../../testing/fake-apiserver/server.ts';
import type { PublishedDevice } from '../inventory/published-device.ts';
import { createLogger } from '../log.ts';
import { createKubeClients } from './client.ts';
import { SlicePublisher } from './slice-publisher.ts';
import { waitFor } from '../../testing/wait.ts';

const quiet = createLogger({}, { write: () => {} });
const slicesApi = 'resource.k8s.io/v1';

let api: FakeApiServer;
let publisher: SlicePublisher;
let nodeUid: string;

beforeEach(async () => {
  api = await FakeApiServer.start();
  nodeUid = String(api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } }).metadata.uid);
});

afterEach(async () => {
  await publisher?.stop();
  await api.stop();
});

function startPublisher(resyncIntervalMs = 60_000): SlicePublisher {
  publisher = new SlicePublisher({
    kube: createKubeClients({ kubeconfig: api.kubeconfigPath }),
    nodeName: 'node-a',
    driverName: 'netclaim.io',
    logger: quiet,
    resyncIntervalMs,
    backoff: { initialDelayMs: 20, maxDelayMs: 100 },
  });
  publisher.start();
  return publisher;
}

const device = (index: number): PublishedDevice => ({ name: `dev-${String(index).padStart(4, '0')}`, attributes: { ifName: { string: `eth${index}` }, mtu: { int: 1500 + index }, virtual: { bool: false } } });
const devices = (count: number, offset = 0) => Array.from({ length: count }, (_, index) => device(index + offset));

interface SliceView {
  name: string;
  generation: number;
  count: number;
  devices: string[];
}

function poolSlices(): SliceView[] {
  return api.list(slicesApi, 'ResourceSlice')
    .map((slice: KubeObject) => {
      const spec = slice.spec as { pool: { generation: number; resourceSliceCount: number }; devices?: { name: string }[] };
      return { name: String(slice.metadata.name), generation: spec.pool.generation, count: spec.pool.resourceSliceCount, devices: (spec.devices ?? []).map((d) => d.name) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}


describe('SlicePublisher against the fake API server', () => {
  it('publishes 3 devices in one slice owned by the Node, with typed attributes on the wire', async () => {
    startPublisher().publish(devices(3));
    await publisher.whenSynced();
    const [slice] = api.list(slicesApi, 'ResourceSlice');
    expect(slice?.spec).toMatchObject({
      driver: 'netclaim.io',
      nodeName: 'node-a',
      pool: { name: 'node-a', generation: 1, resourceSliceCount: 1 },
      devices: [{ name: 'dev-0000', attributes: { ifName: { string: 'eth0' }, mtu: { int: 1500 }, virtual: { bool: false } } }, { name: 'dev-0001' }, { name: 'dev-0002' }],
    });
    expect(slice?.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Node', name: 'node-a', uid: nodeUid, controller: true }]);
    expect(api.list(slicesApi, 'ResourceSlice')).toHaveLength(1);
  });

  it('splits 300 devices into 3 slices of one generation and count, then shrinks back, deleting the extra slices', async () => {
    startPublisher().publish(devices(300));
    await publisher.whenSynced();
    expect(poolSlices().map(({ generation, count, devices: d }) => [generation, count, d.length])).toEqual([[1, 3, 128], [1, 3, 128], [1, 3, 44]]);
    publisher.publish(devices(3));
    await publisher.whenSynced();
    expect(poolSlices().map(({ generation, count, devices: d }) => [generation, count, d.length])).toEqual([[2, 1, 3]]);
  });

  it('bumps the generation when a device appears and again when it vanishes, and not when nothing changed', async () => {
    startPublisher().publish(devices(2));
    await publisher.whenSynced();
    publisher.publish(devices(3));
    await publisher.whenSynced();
    expect(poolSlices()[0]).toMatchObject({ generation: 2, devices: ['dev-0000', 'dev-0001', 'dev-0002'] });
    publisher.publish(devices(2));
    await publisher.whenSynced();
    expect(poolSlices()[0]).toMatchObject({ generation: 3, devices: ['dev-0000', 'dev-0001'] });
    const version = api.resourceVersion;
    publisher.publish(devices(2));
    await publisher.whenSynced();
    expect(api.resourceVersion).toBe(version);
  });

  it('spends one list and one write per slice on a change, without re-syncing on its own watch events', async () => {
    startPublisher().publish(devices(3));
    await publisher.whenSynced();
    // The watch reports the create, before or after the sync ends; judged as ours either way.
    await waitFor(() => publisher.stats.ownEventsSkipped === 1);
    await publisher.whenSynced();
    api.resetRequestCounts();
    publisher.publish(devices(4));
    await publisher.whenSynced();
    await waitFor(() => publisher.stats.ownEventsSkipped === 2);
    await publisher.whenSynced();
    expect(api.requestCounts()).toEqual({ 'list resourceslices': 1, 'update resourceslices': 1 });
  });

  it('restores slices deleted behind its back, with a higher generation, without waiting for the periodic resync', async () => {
    startPublisher(600_000).publish(devices(200));
    await publisher.whenSynced();
    api.remove(slicesApi, 'ResourceSlice', 'node-a-netclaim-io-1');
    await waitFor(() => poolSlices().length === 2 && poolSlices().every((slice) => slice.generation === 2));
    expect(poolSlices().map((slice) => slice.devices.length)).toEqual([128, 72]);
  });

  it('republishes after the API server was unreachable and slices were wiped meanwhile', async () => {
    startPublisher(600_000).publish(devices(3));
    await publisher.whenSynced();
    await api.goDown('refuse');
    publisher.publish(devices(4));
    api.remove(slicesApi, 'ResourceSlice', 'node-a-netclaim-io-0');
    await waitFor(() => publisher.stats.failedSyncs > 0);
    await api.comeBack();
    await publisher.whenSynced();
    expect(poolSlices()).toEqual([{ name: 'node-a-netclaim-io-0', generation: 2, count: 1, devices: ['dev-0000', 'dev-0001', 'dev-0002', 'dev-0003'] }]);
  });

  it('restores slices wiped during an outage once the API server is back, with no inventory change', async () => {
    startPublisher(600_000).publish(devices(3));
    await publisher.whenSynced();
    await api.goDown('refuse');
    api.remove(slicesApi, 'ResourceSlice', 'node-a-netclaim-io-0');
    await api.comeBack();
    await waitFor(() => poolSlices().length === 1);
    expect(poolSlices()[0]).toMatchObject({ generation: 2, devices: ['dev-0000', 'dev-0001', 'dev-0002'] });
  });

  it('follows a re-created Node: slices collected with the old Node come back owned by the new one', async () => {
    startPublisher(600_000).publish(devices(1));
    await publisher.whenSynced();
    api.remove('v1', 'Node', 'node-a');
    expect(poolSlices()).toEqual([]);
    const newUid = String(api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } }).metadata.uid);
    await waitFor(() => poolSlices().length === 1);
    expect(api.list(slicesApi, 'ResourceSlice')[0]?.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Node', name: 'node-a', uid: newUid, controller: true }]);
  });

  it('rides out 503 answers', async () => {
    await api.goDown('unavailable');
    startPublisher().publish(devices(1));
    await waitFor(() => publisher.stats.failedSyncs >= 2);
    expect(poolSlices()).toEqual([]);
    await api.comeBack();
    await publisher.whenSynced();
    expect(poolSlices()).toHaveLength(1);
  });

  it('resyncs periodically even without watch events', async () => {
    startPublisher(50).publish(devices(1));
    await publisher.whenSynced();
    const syncs = publisher.stats.syncs;
    await waitFor(() => publisher.stats.syncs >= syncs + 2);
    expect(publisher.stats.slicesWritten).toBe(1);
  });
});

import { ApiException, CoreV1Api, KubeConfig, PatchStrategy, ResourceV1Api, setHeaderOptions, V1DeviceAttribute, Watch, type V1ResourceSlice } from '@kubernetes/client-node';
import { createKubeClients as createAgentClients } from '../../plugin/kube/client.ts';
import { httpStatusOf, isAlreadyExists, isConflict, isNotFound, statusReasonOf } from '../../plugin/kube/errors.ts';
import { watchObjects, type RawObject, type WatchEventType } from '../../plugin/kube/watch.ts';
import { FakeApiServer } from './server.ts';
import { waitFor } from '../wait.ts';

/** client-node itself, the library this test holds the fake to; the agent's own client is used for watches. */
function createKubeClients(options: { kubeconfig: string }) {
  const config = new KubeConfig();
  config.loadFromFile(options.kubeconfig);
  return { config: createAgentClients(options).config, kubeConfig: config, resource: config.makeApiClient(ResourceV1Api), core: config.makeApiClient(CoreV1Api) };
}
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
const serverSideApply = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply);

let api: FakeApiServer;
let kube: ReturnType<typeof createKubeClients>;

beforeEach(async () => {
  api = await FakeApiServer.start();
  kube = createKubeClients({ kubeconfig: api.kubeconfigPath });
});

afterEach(async () => {
  await api.stop();
});

function slice(name: string, nodeName: string, devices: V1ResourceSlice['spec']['devices'] = []): V1ResourceSlice {
  return {
    apiVersion: 'resource.k8s.io/v1',
    kind: 'ResourceSlice',
    metadata: { name },
    spec: { driver: 'netclaim.io', nodeName, pool: { name: nodeName, generation: 1, resourceSliceCount: 1 }, devices },
  };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => { throw new Error('expected the call to fail'); }, (error: unknown) => error);
}

function intAttribute(value: number): V1DeviceAttribute {
  const attribute = new V1DeviceAttribute();
  attribute._int = value;
  return attribute;
}

describe('fake API server through @kubernetes/client-node', () => {
  it('creates, reads, lists with field selectors and deletes ResourceSlices', async () => {
    const created = await kube.resource.createResourceSlice({ body: slice('node-a-x', 'node-a', [{ name: 'eth1', attributes: { mtu: intAttribute(9000) } }]) });
    expect(created.metadata?.uid).toBeTruthy();
    expect(created.metadata?.resourceVersion).toBe('1');
    expect(created.spec.devices?.[0]?.attributes?.mtu?._int).toBe(9000);
    expect(api.read('resource.k8s.io/v1', 'ResourceSlice', 'node-a-x')?.spec).toMatchObject({ devices: [{ attributes: { mtu: { int: 9000 } } }] });

    await kube.resource.createResourceSlice({ body: slice('node-b-x', 'node-b') });
    const onA = await kube.resource.listResourceSlice({ fieldSelector: 'spec.nodeName=node-a,spec.driver=netclaim.io' });
    expect(onA.items.map((item) => item.metadata?.name)).toEqual(['node-a-x']);
    expect(onA.metadata?.resourceVersion).toBe('2');

    await kube.resource.deleteResourceSlice({ name: 'node-a-x' });
    expect(isNotFound(await failure(kube.resource.readResourceSlice({ name: 'node-a-x' })))).toBe(true);
  });

  it('answers 404 NotFound and 409 AlreadyExists with Status objects', async () => {
    const missing = await failure(kube.resource.readResourceSlice({ name: 'nope' }));
    expect(missing).toBeInstanceOf(ApiException);
    expect(httpStatusOf(missing)).toBe(404);
    expect(statusReasonOf(missing)).toBe('NotFound');

    await kube.resource.createResourceSlice({ body: slice('dup', 'node-a') });
    const duplicate = await failure(kube.resource.createResourceSlice({ body: slice('dup', 'node-a') }));
    expect(isAlreadyExists(duplicate)).toBe(true);
    expect(isConflict(duplicate)).toBe(false);
  });

  it('rejects an update with a stale resourceVersion with 409 Conflict', async () => {
    const created = await kube.resource.createResourceSlice({ body: slice('s', 'node-a') });
    const first = { ...created, spec: { ...created.spec, pool: { ...created.spec.pool, generation: 2 } } };
    const updated = await kube.resource.replaceResourceSlice({ name: 's', body: first });
    expect(Number(updated.metadata?.resourceVersion)).toBeGreaterThan(Number(created.metadata?.resourceVersion));
    expect(updated.metadata?.generation).toBe(2);
    const stale = await failure(kube.resource.replaceResourceSlice({ name: 's', body: first }));
    expect(isConflict(stale)).toBe(true);
  });

  it('rejects slices that break the DRA limits with 422 Invalid', async () => {
    const badName = await failure(kube.resource.createResourceSlice({ body: slice('bad', 'node-a', [{ name: 'eth0.100' }]) }));
    expect(httpStatusOf(badName)).toBe(422);
    const tooMany = Array.from({ length: 129 }, (_, index) => ({ name: `d${index}` }));
    expect(httpStatusOf(await failure(kube.resource.createResourceSlice({ body: slice('big', 'node-a', tooMany) })))).toBe(422);
  });

  it('applies JSON merge patches', async () => {
    await kube.core.createNode({ body: { metadata: { name: 'node-a', labels: { a: '1', b: '2' } } } });
    const patched = await kube.core.patchNode({ name: 'node-a', body: { metadata: { labels: { a: null, c: '3' } } } }, mergePatch);
    expect(patched.metadata?.labels).toEqual({ b: '2', c: '3' });
  });

  it('writes claim status only through /status, with server-side apply and field managers', async () => {
    const claim = await kube.resource.createNamespacedResourceClaim({
      namespace: 'ns1',
      body: { metadata: { name: 'c1' }, spec: { devices: { requests: [] } }, status: { reservedFor: [{ resource: 'pods', name: 'p', uid: 'u' }] } },
    });
    expect(claim.status).toBeUndefined();
    const status = { status: { devices: [{ driver: 'netclaim.io', pool: 'node-a', device: 'eth1', networkData: { interfaceName: 'net1', ips: ['10.0.0.2/24'] } }] } };
    const applied = await kube.resource.patchNamespacedResourceClaimStatus(
      { name: 'c1', namespace: 'ns1', body: { apiVersion: 'resource.k8s.io/v1', kind: 'ResourceClaim', metadata: { name: 'c1' }, ...status }, fieldManager: 'netclaim.io', force: true },
      serverSideApply,
    );
    expect(applied.status?.devices?.[0]?.networkData?.interfaceName).toBe('net1');
    expect(applied.metadata?.generation).toBe(1);
    expect(api.fieldManagers('resource.k8s.io/v1', 'ResourceClaim', 'c1', 'ns1')).toEqual(['netclaim.io']);

    const conflicting = { ...status, status: { devices: [{ ...status.status.devices[0], networkData: { interfaceName: 'other' } }] } };
    const conflict = await failure(kube.resource.patchNamespacedResourceClaimStatus({ name: 'c1', namespace: 'ns1', body: conflicting, fieldManager: 'someone-else' }, serverSideApply));
    expect(isConflict(conflict)).toBe(true);

    const missing = await failure(kube.resource.patchNamespacedResourceClaimStatus({ name: 'nope', namespace: 'ns1', body: status, fieldManager: 'netclaim.io', force: true }, serverSideApply));
    expect(isNotFound(missing)).toBe(true);
  });

  it('takes a device status\'s data only as a JSON object of at most 10 KiB, as the real server validates it', async () => {
    await kube.resource.createNamespacedResourceClaim({ namespace: 'ns1', body: { metadata: { name: 'c2' }, spec: { devices: { requests: [] } } } });
    const apply = (data: unknown) => kube.resource.patchNamespacedResourceClaimStatus({
      name: 'c2', namespace: 'ns1', fieldManager: 'netclaim.io', force: true,
      body: { apiVersion: 'resource.k8s.io/v1', kind: 'ResourceClaim', metadata: { name: 'c2' }, status: { devices: [{ driver: 'netclaim.io', pool: 'node-a', device: 'pci-0000-03-00-2', data }] } },
    }, serverSideApply);
    const applied = await apply({ pciAddress: '0000:03:00.2', iommuGroup: 31, driver: 'vfio-pci' });
    expect(applied.status?.devices?.[0]?.data).toEqual({ pciAddress: '0000:03:00.2', iommuGroup: 31, driver: 'vfio-pci' });
    const notObject = await failure(apply(['0000:03:00.2']));
    expect(httpStatusOf(notObject)).toBe(422);
    expect(String((notObject as Error).message)).toMatch(/status\.devices\[0\]\.data: Invalid value: .*must be a valid JSON object/);
    const tooLong = await failure(apply({ blob: 'x'.repeat(10 * 1024) }));
    expect(httpStatusOf(tooLong)).toBe(422);
    expect(String((tooLong as Error).message)).toContain('status.devices[0].data: Too long: may not be more than 10240 bytes');
  });

  it('streams watch events from a resourceVersion and filters by field selector', async () => {
    await kube.resource.createResourceSlice({ body: slice('before', 'node-a') });
    const events: [WatchEventType, string][] = [];
    const handle = watchObjects({
      config: kube.config,
      path: '/apis/resource.k8s.io/v1/resourceslices',
      fieldSelector: 'spec.nodeName=node-a',
      onEvent: (type, object: RawObject) => events.push([type, object.metadata?.name ?? '']),
    });
    try {
      await waitFor(() => events.length === 1);
      await kube.resource.createResourceSlice({ body: slice('other-node', 'node-b') });
      await kube.resource.createResourceSlice({ body: slice('after', 'node-a') });
      api.remove('resource.k8s.io/v1', 'ResourceSlice', 'before');
      await waitFor(() => events.length === 3);
      expect(events).toEqual([['ADDED', 'before'], ['ADDED', 'after'], ['DELETED', 'before']]);
    } finally {
      await handle.close();
    }
  });

  // client-node hands out a watch's abort handle only once the response headers arrive: a server
  // that held them back until the first event left a quiet watch unstoppable (the agent then
  // lingered after shutdown until the watch timed out).
  it('answers a watch with its headers before any event, so a quiet watch can be aborted', async () => {
    let ended = false;
    const controller = await new Watch(kube.kubeConfig).watch('/apis/resource.k8s.io/v1/resourceslices', {}, () => {
      throw new Error('no event expected');
    }, () => {
      ended = true;
    });
    controller.abort();
    await waitFor(() => ended);
  });

  it('keeps a watch going across an outage and resumes from the last resourceVersion', async () => {
    const events: [WatchEventType, string][] = [];
    const handle = watchObjects({
      config: kube.config,
      path: '/apis/resource.k8s.io/v1/resourceslices',
      onEvent: (type, object) => events.push([type, object.metadata?.name ?? '']),
      backoff: { initialDelayMs: 20, maxDelayMs: 100 },
    });
    try {
      await kube.resource.createResourceSlice({ body: slice('one', 'node-a') });
      await waitFor(() => events.length === 1);
      await api.goDown('refuse');
      api.seed(slice('while-down', 'node-a'));
      await api.comeBack();
      await waitFor(() => events.length === 2);
      expect(events).toEqual([['ADDED', 'one'], ['ADDED', 'while-down']]);
    } finally {
      await handle.close();
    }
  });

  it('starts a watch over from the current state when its resourceVersion expired during an outage', async () => {
    const small = await FakeApiServer.start({ historyLimit: 2 });
    const client = createKubeClients({ kubeconfig: small.kubeconfigPath });
    const events: string[] = [];
    let restarts = 0;
    const handle = watchObjects({
      config: client.config,
      path: '/apis/resource.k8s.io/v1/resourceslices',
      onEvent: (type, object) => events.push(`${type} ${object.metadata?.name}`),
      onRestart: () => restarts++,
      backoff: { initialDelayMs: 20, maxDelayMs: 100 },
    });
    try {
      small.seed(slice('first', 'node-a'));
      await waitFor(() => events.length === 1);
      await small.goDown('refuse');
      small.remove('resource.k8s.io/v1', 'ResourceSlice', 'first');
      for (const name of ['a', 'b', 'c']) small.seed(slice(name, 'node-a'));
      await small.comeBack();
      await waitFor(() => events.length === 4);
      expect(restarts).toBe(2);
      expect(events).toEqual(['ADDED first', 'ADDED a', 'ADDED b', 'ADDED c']);
    } finally {
      await handle.close();
      await small.stop();
    }
  });

  it('answers 503 while unavailable and counts requests per verb and resource', async () => {
    await kube.resource.listResourceSlice();
    await api.goDown('unavailable');
    expect(httpStatusOf(await failure(kube.resource.listResourceSlice()))).toBe(503);
    await api.comeBack();
    await kube.resource.createResourceSlice({ body: slice('s', 'node-a') });
    expect(api.requestCounts()).toEqual({ 'create resourceslices': 1, 'list resourceslices': 2 });
  });

  it('garbage-collects slices owned by a deleted node', async () => {
    const node = api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } });
    const owned = slice('owned', 'node-a');
    owned.metadata!.ownerReferences = [{ apiVersion: 'v1', kind: 'Node', name: 'node-a', uid: String(node.metadata.uid), controller: true }];
    await kube.resource.createResourceSlice({ body: owned });
    await kube.core.deleteNode({ name: 'node-a' });
    expect(api.list('resource.k8s.io/v1', 'ResourceSlice')).toEqual([]);
  });
});


import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { podObject, seedPod } from '../../testing/pods.ts';
import { waitFor } from '../../testing/wait.ts';
import { createLogger } from '../log.ts';
import { createKubeClients } from './client.ts';
import { PodCache, podView, type PodChange } from './pods.ts';

const logger = createLogger({}, { level: 'error' });

describe('podView', () => {
  test('reads claims named directly and those generated from templates, by the name status gives them', () => {
    const pod = podObject({ name: 'p', nodeName: 'node-a', claims: ['shared'], templateClaims: { nic: undefined, rdma: undefined } });
    const withStatus = { ...pod, metadata: { ...pod.metadata, uid: 'u1' }, status: { resourceClaimStatuses: [{ name: 'nic', resourceClaimName: 'p-nic-abcde' }] } };
    expect(podView(withStatus)).toEqual({ uid: 'u1', namespace: 'default', name: 'p', claimNames: ['shared', 'p-nic-abcde'], unnamedClaims: ['rdma'] });
  });

  test('reads hostile or partial objects as what they safely say', () => {
    expect(podView(null)).toBeUndefined();
    expect(podView({ metadata: { name: 'p', namespace: 'default' } })).toBeUndefined();
    const many = Array.from({ length: 1000 }, (_, i) => ({ name: `c${i}`, resourceClaimName: `claim-${i}` }));
    const view = podView({ metadata: { uid: 'u', name: 'p', namespace: 'n' }, spec: { resourceClaims: [...many, 'junk', { name: 7 }] } });
    expect(view?.claimNames).toHaveLength(32);
    expect(podView({ metadata: { uid: 'u', name: 'p', namespace: 'n' }, spec: { resourceClaims: 'nope' } })?.claimNames).toEqual([]);
  });
});

describe('PodCache against the API server', () => {
  let api: FakeApiServer;
  let cache: PodCache | undefined;
  beforeEach(async () => {
    api = await FakeApiServer.start();
  });
  afterEach(async () => {
    await cache?.stop();
    await api.stop();
  });

  function startCache(options: { maxPods?: number } = {}): { cache: PodCache; changes: string[] } {
    const changes: string[] = [];
    cache = new PodCache({ kube: createKubeClients({ kubeconfig: api.kubeconfigPath }), nodeName: 'node-a', logger, ...options });
    cache.onChange((change: PodChange) => changes.push(`${change.type} ${change.pod.name} ${change.pod.claimNames.join(',')}`));
    cache.start();
    return { cache, changes };
  }

  test('lists this node\'s pods, follows them by watch, and ignores other nodes\'', async () => {
    const before = seedPod(api, { name: 'early', nodeName: 'node-a', claims: ['c1'] });
    seedPod(api, { name: 'elsewhere', nodeName: 'node-b', claims: ['c9'] });
    const { cache, changes } = startCache();
    await waitFor(() => cache.synced);
    expect(cache.get(String(before.metadata.uid))?.claimNames).toEqual(['c1']);
    expect(cache.size).toBe(1);

    const late = seedPod(api, { name: 'late', nodeName: 'node-a', templateClaims: { nic: 'late-nic-1' } });
    await waitFor(() => cache.get(String(late.metadata.uid))?.claimNames[0] === 'late-nic-1');
    // A status write that does not change the claims is no news.
    api.replace({ ...api.read('v1', 'Pod', 'late', 'default')!, status: { resourceClaimStatuses: [{ name: 'nic', resourceClaimName: 'late-nic-1' }], phase: 'Running' } });
    api.remove('v1', 'Pod', 'early', 'default');
    await waitFor(() => cache.get(String(before.metadata.uid)) === undefined);
    expect(changes).toEqual(['upsert early c1', 'upsert late ', 'upsert late late-nic-1', 'delete early c1']);
  });

  test('lists again after an outage that outlived the watch history, dropping pods deleted meanwhile', async () => {
    const small = await FakeApiServer.start({ historyLimit: 1 });
    await api.stop();
    api = small;
    const gone = seedPod(api, { name: 'gone', nodeName: 'node-a' });
    const { cache } = startCache();
    await waitFor(() => cache.get(String(gone.metadata.uid)) !== undefined);
    await api.goDown('unavailable');
    api.remove('v1', 'Pod', 'gone', 'default');
    const stays = seedPod(api, { name: 'stays', nodeName: 'node-a' });
    seedPod(api, { name: 'more', nodeName: 'node-b' });
    await api.comeBack();
    await waitFor(() => cache.get(String(stays.metadata.uid)) !== undefined && cache.get(String(gone.metadata.uid)) === undefined, 15_000);
  });

  test('reads a pod the watch has not delivered with one GET; a missing or replaced pod reads as none', async () => {
    const { cache } = startCache();
    await waitFor(() => cache.synced);
    const pod = seedPod(api, { name: 'fresh', nodeName: 'node-a', claims: ['c2'] });
    const uid = String(pod.metadata.uid);
    api.resetRequestCounts();
    const read = await cache.read({ namespace: 'default', name: 'fresh', uid }, AbortSignal.timeout(5000));
    expect(read?.claimNames).toEqual(['c2']);
    expect(cache.get(uid)?.claimNames).toEqual(['c2']);
    expect(api.requestCounts()['get pods']).toBe(1);
    expect(await cache.read({ namespace: 'default', name: 'fresh', uid: 'another-uid' }, AbortSignal.timeout(5000))).toBeUndefined();
    expect(await cache.read({ namespace: 'default', name: 'absent', uid: 'x' }, AbortSignal.timeout(5000))).toBeUndefined();
  });

  test('a read that the caller\'s deadline cuts short says so', async () => {
    const { cache } = startCache();
    await api.goDown('unavailable');
    const controller = new AbortController();
    controller.abort();
    await expect(cache.read({ namespace: 'default', name: 'p', uid: 'u' }, controller.signal)).rejects.toThrow('cannot read pod default/p: no answer in time');
  });

  test('stops remembering pods past its bound', async () => {
    seedPod(api, { name: 'one', nodeName: 'node-a' });
    seedPod(api, { name: 'two', nodeName: 'node-a' });
    const { cache } = startCache({ maxPods: 1 });
    await waitFor(() => cache.synced);
    expect(cache.size).toBe(1);
  });
});

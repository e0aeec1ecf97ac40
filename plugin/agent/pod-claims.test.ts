import { allocatedClaim, TEST_DRIVER, TEST_POOL } from '../../testing/claims.ts';
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { seedPod } from '../../testing/pods.ts';
import { waitFor } from '../../testing/wait.ts';
import type { ClaimRef } from '../claims/plan.ts';
import { apiClaimSource } from '../kube/claims.ts';
import { createKubeClients } from '../kube/client.ts';
import { PodCache } from '../kube/pods.ts';
import { createLogger } from '../log.ts';
import { devicesOnNode, PodClaims, sortClaims, type ClaimOnNode } from './pod-claims.ts';

const logger = createLogger({}, { level: 'error' });
const NODE = TEST_POOL;

describe('devicesOnNode', () => {
  test('keeps this driver\'s results from this node\'s pool only', () => {
    const claim = allocatedClaim({ results: [
      { request: 'a', driver: TEST_DRIVER, pool: NODE, device: 'eth1' },
      { request: 'b', driver: 'gpu.example.com', pool: NODE, device: 'gpu0' },
      { request: 'c', driver: TEST_DRIVER, pool: 'node-b', device: 'eth2' },
    ] });
    expect(devicesOnNode(claim, TEST_DRIVER, NODE).map((result) => result.device)).toEqual(['eth1']);
    expect(devicesOnNode({ status: {} }, TEST_DRIVER, NODE)).toEqual([]);
  });
});

describe('sortClaims', () => {
  const pod = { namespace: 'default', name: 'second', uid: 'pod-2' };
  const entry = (name: string, devices: string[]): ClaimOnNode => {
    const claim: ClaimRef = { namespace: 'default', name, uid: `uid-${name}` };
    return { claim, view: {}, devices: devices.map((device) => ({ request: 'nic', driver: TEST_DRIVER, pool: NODE, device })) };
  };

  test('a claim prepared for another pod makes its devices unavailable, naming the pod that has them', () => {
    const sorting = sortClaims({
      pod, claims: [entry('shared', ['eth1'])],
      preparedFor: (uid) => (uid === 'uid-shared' ? { name: 'first', uid: 'pod-1' } : undefined),
      attachedTo: () => undefined,
    });
    expect(sorting).toEqual({ toPrepare: [], unavailable: [{ claim: entry('shared', []).claim, device: 'eth1', holder: { namespace: 'default', name: 'first', uid: 'pod-1' }, held: 'prepared' }] });
  });

  test('the pod the device is attached to is the holder, also when no claim of it is prepared here', () => {
    const holder = { namespace: 'other-ns', name: 'holder', uid: 'pod-9' };
    const sorting = sortClaims({ pod, claims: [entry('lost', ['eth1', 'eth2'])], preparedFor: () => undefined, attachedTo: (device) => (device === 'eth2' ? holder : undefined) });
    expect(sorting.unavailable).toEqual([{ claim: entry('lost', []).claim, device: 'eth2', holder, held: 'attached' }]);
    expect(sorting.toPrepare).toEqual([]);
  });

  test('never prepared is to prepare; prepared for this pod is already in its plan', () => {
    const sorting = sortClaims({
      pod, claims: [entry('new', ['eth1']), entry('mine', ['eth2'])],
      preparedFor: (uid) => (uid === 'uid-mine' ? { name: 'second', uid: 'pod-2' } : undefined),
      attachedTo: (device) => (device === 'eth2' ? pod : undefined),
    });
    expect(sorting).toEqual({ toPrepare: [entry('new', ['eth1'])], unavailable: [] });
  });
});

describe('PodClaims against the API server', () => {
  let api: FakeApiServer;
  let pods: PodCache;
  let claims: PodClaims;
  let learnt: string[];

  beforeEach(async () => {
    api = await FakeApiServer.start();
    const kube = createKubeClients({ kubeconfig: api.kubeconfigPath });
    pods = new PodCache({ kube, nodeName: NODE, logger });
    claims = new PodClaims({ driverName: TEST_DRIVER, nodeName: NODE, pods, claims: apiClaimSource(kube.resource), logger });
    learnt = [];
    claims.onLearnt((pod, found) => learnt.push(`${pod.name}: ${found.map((c) => c.claim.name).join(',')}`));
  });
  afterEach(async () => {
    await pods.stop();
    await claims.settled();
    await api.stop();
  });

  function seedClaim(name: string, pod: { name: string; uid: string }, devices = ['eth1']): string {
    const claim = allocatedClaim({ name, devices, pods: [pod] });
    const created = api.seed(claim);
    api.replace({ ...created, status: claim.status });
    return String(created.metadata.uid);
  }

  test('learns a pod\'s claims in the background and answers RunPodSandbox from memory, without API calls', async () => {
    pods.start();
    await waitFor(() => pods.synced);
    const plain = seedPod(api, { name: 'plain', nodeName: NODE });
    const pod = seedPod(api, { name: 'web', nodeName: NODE, templateClaims: { nic: 'web-nic' } });
    const uid = String(pod.metadata.uid);
    const claimUid = seedClaim('web-nic', { name: 'web', uid });
    await waitFor(() => learnt.length === 1);
    expect(learnt).toEqual(['web: web-nic']);

    api.resetRequestCounts();
    expect(await claims.lookup({ namespace: 'default', name: 'web', uid })).toEqual({
      known: true, claims: [expect.objectContaining({ claim: { namespace: 'default', name: 'web-nic', uid: claimUid }, devices: [expect.objectContaining({ device: 'eth1' })] })],
    });
    await waitFor(() => pods.get(String(plain.metadata.uid)) !== undefined);
    expect(await claims.lookup({ namespace: 'default', name: 'plain', uid: String(plain.metadata.uid) })).toEqual({ known: true, claims: [] });
    expect(api.requestCounts()).toEqual({});
  });

  test('reads a pod not seen yet with one GET of it and one of each claim', async () => {
    const pod = seedPod(api, { name: 'fresh', nodeName: NODE, claims: ['fresh-nic', 'absent', 'gpu-only'] });
    const uid = String(pod.metadata.uid);
    seedClaim('fresh-nic', { name: 'fresh', uid });
    const gpu = allocatedClaim({ name: 'gpu-only', results: [{ request: 'gpu', driver: 'gpu.example.com', pool: NODE, device: 'gpu0' }], pods: [{ name: 'fresh', uid }] });
    api.replace({ ...api.seed(gpu), status: gpu.status });
    api.resetRequestCounts();
    const answer = await claims.lookup({ namespace: 'default', name: 'fresh', uid });
    expect(answer.known && answer.claims.map((c) => c.claim.name)).toEqual(['fresh-nic']);
    expect(api.requestCounts()).toEqual({ 'get pods': 1, 'get resourceclaims': 3 });
    // Remembered: the next lookup is free.
    api.resetRequestCounts();
    await claims.lookup({ namespace: 'default', name: 'fresh', uid });
    expect(api.requestCounts()).toEqual({});
  });

  test('with the API server away and the pod unknown, the answer is "unknown" within the deadline', async () => {
    await api.goDown('unavailable');
    const answer = await claims.lookup({ namespace: 'default', name: 'p', uid: 'u' });
    expect(answer).toEqual({ known: false, reason: expect.stringMatching(/cannot read pod default\/p: HTTP 503/) });
  });

  test('a pod that no longer exists in the API server has no claims we know of', async () => {
    expect(await claims.lookup({ namespace: 'default', name: 'gone', uid: 'u' })).toEqual({ known: true, claims: [] });
  });

  test('a claim that does not list the pod is read again (it was cached before the pod joined it)', async () => {
    pods.start();
    const first = seedPod(api, { name: 'first', nodeName: NODE, claims: ['shared'] });
    const firstRef = { name: 'first', uid: String(first.metadata.uid) };
    seedClaim('shared', firstRef);
    await waitFor(() => learnt.length === 1);
    const second = seedPod(api, { name: 'second', nodeName: NODE, claims: ['shared'] });
    const secondUid = String(second.metadata.uid);
    const claim = allocatedClaim({ name: 'shared', devices: ['eth1'], pods: [firstRef, { name: 'second', uid: secondUid }] });
    api.replace({ ...api.read('resource.k8s.io/v1', 'ResourceClaim', 'shared', 'default')!, status: claim.status });
    await waitFor(() => learnt.length === 2);
    const answer = claims.cached(secondUid);
    expect(answer?.known && answer.claims[0]?.view.status?.reservedFor?.map((consumer) => consumer.name)).toEqual(['first', 'second']);
  });
});

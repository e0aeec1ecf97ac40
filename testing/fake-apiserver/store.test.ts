import { resourceTypeByKind, type ResourceType } from './resources.ts';
import { ApiError, ObjectStore, type KubeObject, type WatchEvent } from './store.ts';

const type = (apiVersion: string, kind: string): ResourceType => resourceTypeByKind(apiVersion, kind)!;
const pods = type('v1', 'Pod');
const claims = type('resource.k8s.io/v1', 'ResourceClaim');

function apiError(action: () => unknown): ApiError {
  try {
    action();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('ObjectStore', () => {
  it('stamps every write with the next global resourceVersion and fills server-owned metadata', () => {
    const store = new ObjectStore();
    const a = store.create(claims, 'ns', { metadata: { name: 'a' }, spec: {} });
    const b = store.create(claims, 'ns', { metadata: { generateName: 'b-' }, spec: {} });
    expect([a.metadata.resourceVersion, b.metadata.resourceVersion]).toEqual(['1', '2']);
    expect(b.metadata.name).toMatch(/^b-.{5}$/);
    expect(a).toMatchObject({ apiVersion: 'resource.k8s.io/v1', kind: 'ResourceClaim', metadata: { namespace: 'ns', generation: 1 } });
    expect(a.metadata.uid).not.toBe(b.metadata.uid);
  });

  it('moves generation only when the spec changes, and keeps status and spec writes apart', () => {
    const store = new ObjectStore();
    const created = store.create(claims, 'ns', { metadata: { name: 'c' }, spec: { devices: {} }, status: { ignored: true } });
    expect(created.status).toBeUndefined();
    const labelled = store.update(claims, 'ns', 'c', { ...created, metadata: { ...created.metadata, labels: { a: 'b' } }, status: { ignored: true } }, undefined);
    expect(labelled.metadata.generation).toBe(1);
    expect(labelled.status).toBeUndefined();
    const withStatus = store.update(claims, 'ns', 'c', { ...labelled, spec: { changed: true }, status: { devices: [] } }, 'status');
    expect(withStatus.spec).toEqual({ devices: {} });
    expect(withStatus.status).toEqual({ devices: [] });
    const respecced = store.update(claims, 'ns', 'c', { ...withStatus, spec: { devices: { requests: [] } } }, undefined);
    expect(respecced.metadata.generation).toBe(2);
    expect(respecced.status).toEqual({ devices: [] });
  });

  it('answers a watch from an expired resourceVersion with 410 Gone', () => {
    const store = new ObjectStore({ historyLimit: 2 });
    for (const name of ['a', 'b', 'c', 'd']) store.create(claims, 'ns', { metadata: { name } });
    expect(apiError(() => store.watch(claims, undefined, () => true, '1', () => {})).code).toBe(410);
    const replayed: string[] = [];
    store.watch(claims, undefined, () => true, '2', (event) => replayed.push(String(event.object.metadata.name)));
    expect(replayed).toEqual(['c', 'd']);
  });

  it('turns selector transitions into ADDED and DELETED for a filtered watch', () => {
    const store = new ObjectStore();
    const onNode = (name: string) => (object: KubeObject) => (object.spec as { nodeName?: string } | undefined)?.nodeName === name;
    const events: WatchEvent['type'][] = [];
    store.watch(claims, 'ns', onNode('node-a'), undefined, (event) => events.push(event.type));
    const pod = store.create(claims, 'ns', { metadata: { name: 'p' }, spec: { nodeName: 'node-b' } });
    const moved = store.update(claims, 'ns', 'p', { ...pod, spec: { nodeName: 'node-a' } }, undefined);
    const touched = store.update(claims, 'ns', 'p', { ...moved, spec: { nodeName: 'node-a', x: 1 } }, undefined);
    store.update(claims, 'ns', 'p', { ...touched, spec: { nodeName: 'node-c' } }, undefined);
    expect(events).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
  });

  it('rejects a merge patch that carries a stale resourceVersion', () => {
    const store = new ObjectStore();
    store.create(claims, 'ns', { metadata: { name: 'p' } });
    const patchOptions = { subresource: undefined, fieldManager: undefined, force: false };
    store.patch(claims, 'ns', 'p', 'merge', { metadata: { labels: { a: '1' } } }, patchOptions);
    expect(apiError(() => store.patch(claims, 'ns', 'p', 'merge', { metadata: { resourceVersion: '1', labels: { a: '2' } } }, patchOptions)).code).toBe(409);
  });

  it('validates pods as the real server does: containers, nodeName, claims and their statuses', () => {
    const store = new ObjectStore();
    const causes = (action: () => unknown) => (apiError(action).details?.causes as Array<{ message: string }>).map((cause) => cause.message);
    expect(causes(() => store.create(pods, 'ns', { metadata: { name: 'p' }, spec: {} }))).toEqual(['spec.containers: Required value']);
    expect(causes(() => store.create(pods, 'ns', { metadata: { name: 'p' }, spec: {
      containers: [{ name: 'Main', image: '' }], nodeName: 'Node_A',
      resourceClaims: [{ name: 'nic', resourceClaimName: 'a', resourceClaimTemplateName: 'b' }, { name: 'nic' }],
    } }))).toEqual([
      'spec.containers[0].name: Invalid value: "Main": must be a DNS label',
      'spec.containers[0].image: Required value',
      'spec.nodeName: Invalid value: must be a DNS subdomain',
      'spec.resourceClaims[0]: Invalid value: must specify one of: `resourceClaimName`, `resourceClaimTemplateName`',
      'spec.resourceClaims[1].name: Duplicate value: "nic"',
      'spec.resourceClaims[1]: Invalid value: must specify one of: `resourceClaimName`, `resourceClaimTemplateName`',
    ]);
    const spec = { containers: [{ name: 'main', image: 'pause' }], nodeName: 'node-a', resourceClaims: [{ name: 'nic', resourceClaimTemplateName: 'nic-template' }] };
    const pod = store.create(pods, 'ns', { metadata: { name: 'p' }, spec });
    // The resourceclaim controller records the generated claim's name in status; only for entries the spec has.
    expect(causes(() => store.update(pods, 'ns', 'p', { ...pod, status: { resourceClaimStatuses: [{ name: 'other', resourceClaimName: 'p-nic-x' }] } }, 'status')))
      .toEqual(['status.resourceClaimStatuses[0].name: Invalid value: "other": must match the name of an entry in `spec.resourceClaims`']);
    const named = store.update(pods, 'ns', 'p', { ...pod, status: { resourceClaimStatuses: [{ name: 'nic', resourceClaimName: 'p-nic-x' }] } }, 'status');
    expect(named.status).toEqual({ resourceClaimStatuses: [{ name: 'nic', resourceClaimName: 'p-nic-x' }] });
    // A pod's spec is immutable but for container images; nodeName is set by binding, not update.
    expect(causes(() => store.update(pods, 'ns', 'p', { ...named, spec: { ...spec, nodeName: 'node-b' } }, undefined)))
      .toEqual(['spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`']);
    const reimaged = store.update(pods, 'ns', 'p', { ...named, spec: { ...spec, containers: [{ name: 'main', image: 'pause:3.10' }] } }, undefined);
    expect(reimaged.metadata.generation).toBe(2);
  });
});

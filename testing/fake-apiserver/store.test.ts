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
    const a = store.create(pods, 'ns', { metadata: { name: 'a' }, spec: {} });
    const b = store.create(pods, 'ns', { metadata: { generateName: 'b-' }, spec: {} });
    expect([a.metadata.resourceVersion, b.metadata.resourceVersion]).toEqual(['1', '2']);
    expect(b.metadata.name).toMatch(/^b-.{5}$/);
    expect(a).toMatchObject({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace: 'ns', generation: 1 } });
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
    for (const name of ['a', 'b', 'c', 'd']) store.create(pods, 'ns', { metadata: { name } });
    expect(apiError(() => store.watch(pods, undefined, () => true, '1', () => {})).code).toBe(410);
    const replayed: string[] = [];
    store.watch(pods, undefined, () => true, '2', (event) => replayed.push(String(event.object.metadata.name)));
    expect(replayed).toEqual(['c', 'd']);
  });

  it('turns selector transitions into ADDED and DELETED for a filtered watch', () => {
    const store = new ObjectStore();
    const onNode = (name: string) => (object: KubeObject) => (object.spec as { nodeName?: string } | undefined)?.nodeName === name;
    const events: WatchEvent['type'][] = [];
    store.watch(pods, 'ns', onNode('node-a'), undefined, (event) => events.push(event.type));
    const pod = store.create(pods, 'ns', { metadata: { name: 'p' }, spec: { nodeName: 'node-b' } });
    const moved = store.update(pods, 'ns', 'p', { ...pod, spec: { nodeName: 'node-a' } }, undefined);
    const touched = store.update(pods, 'ns', 'p', { ...moved, spec: { nodeName: 'node-a', x: 1 } }, undefined);
    store.update(pods, 'ns', 'p', { ...touched, spec: { nodeName: 'node-c' } }, undefined);
    expect(events).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
  });

  it('rejects a merge patch that carries a stale resourceVersion', () => {
    const store = new ObjectStore();
    store.create(pods, 'ns', { metadata: { name: 'p' } });
    const patchOptions = { subresource: undefined, fieldManager: undefined, force: false };
    store.patch(pods, 'ns', 'p', 'merge', { metadata: { labels: { a: '1' } } }, patchOptions);
    expect(apiError(() => store.patch(pods, 'ns', 'p', 'merge', { metadata: { resourceVersion: '1', labels: { a: '2' } } }, patchOptions)).code).toBe(409);
  });
});

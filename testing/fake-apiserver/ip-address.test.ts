/** IPAddress through real HTTP and client-node, validated as the real API server does. */
import { KubeConfig, NetworkingV1Api } from '@kubernetes/client-node';
import { FakeApiServer } from './server.ts';

const parentRef = { group: 'resource.k8s.io', resource: 'resourceclaims', namespace: 'default', name: 'claim-a' };

describe('IPAddress in the fake API server', () => {
  let api: FakeApiServer;
  let networking: NetworkingV1Api;
  beforeAll(async () => {
    api = await FakeApiServer.start();
    const config = new KubeConfig();
    config.loadFromFile(api.kubeconfigPath);
    networking = config.makeApiClient(NetworkingV1Api);
  });
  afterAll(async () => api.stop());

  const create = (name: string, spec: object = { parentRef }) => networking.createIPAddress({ body: { metadata: { name, labels: { pool: 'blue' } }, spec } as never });
  const codeOf = async (call: Promise<unknown>) => call.then(() => 200, (error: { code?: number; body?: string }) => `${error.code} ${error.body ?? ''}`);

  test.each([
    ['010.0.0.1', 'must be a canonical format IP address'],
    ['2001:DB8::1', 'must be a canonical format IP address'],
    ['2001:db8:0:0:0:0:0:1', 'must be a canonical format IP address'],
    ['::ffff:102:304', 'must be a canonical format IP address'],
    ['10.0.0.0/24', 'must be a canonical format IP address'],
  ])('the name %s is refused', async (name, message) => {
    expect(await codeOf(create(name))).toMatch(new RegExp(`^422 .*${message}`));
  });

  test('parentRef with resource and name is required; the spec is immutable; a second create of one address is AlreadyExists; lists select by label', async () => {
    expect(await codeOf(create('10.0.0.9', {}))).toMatch(/^422 .*spec.parentRef: Required value/);
    expect(await codeOf(create('10.0.0.9', { parentRef: { resource: 'resourceclaims' } }))).toMatch(/^422 .*spec.parentRef.name: Required value/);
    const created = await create('2001:db8::1');
    expect(await codeOf(create('2001:db8::1'))).toMatch(/^409 .*AlreadyExists/);
    await create('::ffff:1.2.3.4');
    expect(await codeOf(networking.replaceIPAddress({ name: '2001:db8::1', body: { ...created, spec: { parentRef: { ...parentRef, name: 'claim-b' } } } }))).toMatch(/^422 .*field is immutable/);
    expect((await networking.listIPAddress({ labelSelector: 'pool=blue' })).items.map((item) => item.metadata?.name).sort()).toEqual(['2001:db8::1', '::ffff:1.2.3.4']);
    expect((await networking.listIPAddress({ labelSelector: 'pool=red' })).items).toEqual([]);
  });

  test('a delete with a uid precondition deletes only that object', async () => {
    const created = await create('10.0.0.10');
    expect(await codeOf(networking.deleteIPAddress({ name: '10.0.0.10', body: { preconditions: { uid: 'someone-else' } } }))).toMatch(/^409 .*Precondition failed/);
    await networking.deleteIPAddress({ name: '10.0.0.10', body: { preconditions: { uid: created.metadata!.uid! } } });
    expect(api.read('networking.k8s.io/v1', 'IPAddress', '10.0.0.10')).toBeUndefined();
  });
});

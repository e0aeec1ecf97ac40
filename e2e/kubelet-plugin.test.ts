/**
 * The kubelet side of netclaim end to end: the kubelet simulator registers the plugin over the
 * real registration socket and calls NodePrepareResources / NodeUnprepareResources over the real
 * DRA socket (v1 and v1beta1); claims come from the fake API server through the agent's API client.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocatedClaim, inventoryOf, opaqueConfig, TEST_DRIVER, TEST_POOL, type ClaimSpec } from '../testing/claims.ts';
import { parseInterfaceConfig } from '../plugin/apis/config.ts';
import { createKubeClients } from '../plugin/kube/client.ts';
import { apiClaimSource } from '../plugin/kube/claims.ts';
import { startKubeletSide, type KubeletSide } from '../plugin/kubelet/kubelet-side.ts';
import { createLogger } from '../plugin/log.ts';
import { FakeApiServer } from '../testing/fake-apiserver/server.ts';
import { KUBELET_1_33, registerPlugin, waitForDeregistration, type ClaimRef, type RegisteredPlugin } from '../testing/kubelet-sim/kubelet-sim.ts';

const devices = inventoryOf(['eth0', 'eth1', 'eth2', 'eth3', 'eth4'], ['eth0']);

/** Seeds an allocated claim as the scheduler leaves it (status written through /status) and names it as the kubelet would. */
function seedClaim(api: FakeApiServer, spec: ClaimSpec, editStatus?: (status: NonNullable<ReturnType<typeof allocatedClaim>['status']>) => void): ClaimRef {
  const claim = allocatedClaim(spec);
  const seeded = api.seed(claim);
  const status = structuredClone(claim.status!);
  editStatus?.(status);
  api.replace({ ...seeded, status });
  return { namespace: String(seeded.metadata.namespace), name: String(seeded.metadata.name), uid: String(seeded.metadata.uid) };
}

describe('kubelet plugin against the kubelet simulator and the fake API server', () => {
  let api: FakeApiServer;
  let dir: string;
  let side: KubeletSide | undefined;
  let kubelet: RegisteredPlugin | undefined;

  async function startAgent(): Promise<KubeletSide> {
    side = await startKubeletSide({
      driverName: TEST_DRIVER,
      registryDir: join(dir, 'plugins_registry'),
      pluginsDir: join(dir, 'plugins'),
      stateDir: join(dir, 'state', 'claims'),
      claims: apiClaimSource(createKubeClients({ kubeconfig: api.kubeconfigPath }).resource, 2000),
      devices,
      logger: createLogger({}, { write: () => undefined }),
    });
    return side;
  }

  async function stopAgent(): Promise<void> {
    kubelet?.dra.close();
    kubelet = undefined;
    await side?.plugin.stop();
    side = undefined;
  }

  beforeAll(async () => {
    api = await FakeApiServer.start();
  });
  afterAll(async () => {
    await api.stop();
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-e2e-kubelet-'));
    await startAgent();
    kubelet = await registerPlugin(join(dir, 'plugins_registry'));
  });
  afterEach(async () => {
    await stopAgent();
    await rm(dir, { recursive: true, force: true });
  });

  test('prepare answers the allocated devices and stores the pod\'s plan; unprepare removes it, also when the claim is gone', async () => {
    const ref = seedClaim(api, {
      name: 'two-nics', devices: ['eth1', 'eth2'], pods: [{ name: 'web', uid: 'pod-web' }],
      config: [
        opaqueConfig({ interface: { mtu: 9000 } }, { source: 'FromClass' }),
        opaqueConfig({ interface: { name: 'data0', addresses: ['192.0.2.10/24'] }, routes: [{ destination: '198.51.100.0/24', gateway: '192.0.2.1' }] }, { requests: ['nic-0'] }),
      ],
    });
    expect(await kubelet!.dra.prepare([ref])).toEqual({
      [ref.uid]: {
        devices: [
          { request_names: ['nic-0'], pool_name: TEST_POOL, device_name: 'eth1', cdi_device_ids: [] },
          { request_names: ['nic-1'], pool_name: TEST_POOL, device_name: 'eth2', cdi_device_ids: [] },
        ],
        error: '',
      },
    });
    const plan = side!.prepared.planForPod('pod-web');
    expect(plan?.pod).toEqual({ name: 'web', uid: 'pod-web' });
    expect(plan?.devices).toEqual([
      {
        claim: ref, request: 'nic-0', pool: TEST_POOL, device: 'eth1', hostIfName: 'eth1', podIfName: 'data0', rdmaCharDevices: [],
        config: parseInterfaceConfig({ interface: { mtu: 9000, name: 'data0', addresses: ['192.0.2.10/24'] }, routes: [{ destination: '198.51.100.0/24', gateway: '192.0.2.1' }] }),
      },
      { claim: ref, request: 'nic-1', pool: TEST_POOL, device: 'eth2', hostIfName: 'eth2', podIfName: 'eth2', rdmaCharDevices: [], config: { interface: { mtu: 9000 } } },
    ]);

    api.remove('resource.k8s.io/v1', 'ResourceClaim', ref.name, ref.namespace);
    expect(await kubelet!.dra.unprepare([ref])).toEqual({ [ref.uid]: '' });
    expect(side!.prepared.planForPod('pod-web')).toBeUndefined();
    expect(await kubelet!.dra.unprepare([ref])).toEqual({ [ref.uid]: '' });
  });

  test('preparing the same claim again gives the same answer without asking the API server', async () => {
    const ref = seedClaim(api, { name: 'again', devices: ['eth3'] });
    const first = await kubelet!.dra.prepare([ref]);
    api.resetRequestCounts();
    expect(await kubelet!.dra.prepare([ref])).toEqual(first);
    expect(api.requestCounts()).toEqual({});
  });

  test('a 1.33 kubelet uses v1beta1 and gets the same answers', async () => {
    await stopAgent();
    await startAgent();
    kubelet = await registerPlugin(join(dir, 'plugins_registry'), { knownVersions: KUBELET_1_33 });
    expect(kubelet.dra.version).toBe('v1beta1');
    const ref = seedClaim(api, { name: 'beta', devices: ['eth4'] });
    expect(await kubelet.dra.prepare([ref])).toEqual({
      [ref.uid]: { devices: [{ request_names: ['nic-0'], pool_name: TEST_POOL, device_name: 'eth4', cdi_device_ids: [] }], error: '' },
    });
    expect(await kubelet.dra.unprepare([ref])).toEqual({ [ref.uid]: '' });
  });

  test('after a plugin restart the checkpoint answers prepare the same way, even with the API server down', async () => {
    const ref = seedClaim(api, { name: 'survivor', devices: ['eth1'], pods: [{ name: 'db', uid: 'pod-db' }] });
    const before = await kubelet!.dra.prepare([ref]);
    await stopAgent();
    await api.goDown('refuse');
    try {
      await startAgent();
      kubelet = await registerPlugin(join(dir, 'plugins_registry'));
      expect(side!.prepared.planForPod('pod-db')?.devices.map((device) => 'hostIfName' in device && device.hostIfName)).toEqual(['eth1']);
      expect(await kubelet.dra.prepare([ref])).toEqual(before);
    } finally {
      await api.comeBack();
    }
  });

  test.each([
    ['refuse', /\(.*ECONNREFUSED.*\)/],
    ['unavailable', /\(HTTP 503.*\)/],
  ] as const)('with the API server down (%s) prepare fails with a clear error, and the retry works once it is back', async (mode, reason) => {
    const ref = seedClaim(api, { name: `outage-${mode}`, devices: ['eth2'] });
    await api.goDown(mode);
    let during;
    try {
      during = await kubelet!.dra.prepare([ref]);
    } finally {
      await api.comeBack();
    }
    expect(during[ref.uid]?.devices).toEqual([]);
    expect(during[ref.uid]?.error).toMatch(new RegExp(`^cannot read ResourceClaim default/outage-${mode} from the API server ${reason.source}; nothing was prepared, the kubelet will retry$`));
    expect(side!.prepared.get(ref.uid)).toBeUndefined();
    expect((await kubelet!.dra.prepare([ref]))[ref.uid]).toEqual({ devices: [{ request_names: ['nic-0'], pool_name: TEST_POOL, device_name: 'eth2', cdi_device_ids: [] }], error: '' });
  });

  test('deregistered, the plugin is gone from the registry; registered again, the kubelet finds it and prepares', async () => {
    await side!.plugin.deregister();
    await waitForDeregistration(kubelet!.socketPath);
    await side!.plugin.register();
    kubelet!.dra.close();
    kubelet = await registerPlugin(join(dir, 'plugins_registry'));
    const ref = seedClaim(api, { name: 'after-reregister', devices: ['eth4'] });
    expect((await kubelet.dra.prepare([ref]))[ref.uid]?.error).toBe('');
  });

  test('two claims of one pod asking for one interface name: the second fails, naming the first', async () => {
    const pod = { name: 'pair', uid: 'pod-pair' };
    const first = seedClaim(api, { name: 'pair-a', devices: ['eth1'], pods: [pod], config: [opaqueConfig({ interface: { name: 'net1' } })] });
    const second = seedClaim(api, { name: 'pair-b', devices: ['eth2'], pods: [pod], config: [opaqueConfig({ interface: { name: 'net1' } })] });
    expect((await kubelet!.dra.prepare([first]))[first.uid]?.error).toBe('');
    const answer = await kubelet!.dra.prepare([second]);
    expect(answer[second.uid]).toEqual({
      devices: [],
      error: 'request "nic-0" device "eth2": interface name "net1" in pod pair is already taken by device "eth1" of claim default/pair-a; set interface.name in one of the claims\' configs to a different name',
    });
  });

  test('a device another prepared claim holds is refused for a second claim, naming the holder; free again after its unprepare', async () => {
    const holder = seedClaim(api, { name: 'holder', devices: ['eth3'], pods: [{ name: 'first', uid: 'pod-first' }] });
    const late = seedClaim(api, { name: 'late', devices: ['eth3'], pods: [{ name: 'second', uid: 'pod-second' }] });
    expect((await kubelet!.dra.prepare([holder]))[holder.uid]?.error).toBe('');
    expect((await kubelet!.dra.prepare([late]))[late.uid]).toEqual({
      devices: [],
      error: `request "nic-0" device "eth3" (pool "${TEST_POOL}"): the device is held by claim default/holder (uid ${holder.uid}), prepared on this node for pod first; `
        + 'a network device is in one claim at a time, so this claim can be prepared once that claim is unprepared',
    });
    expect(await kubelet!.dra.unprepare([holder])).toEqual({ [holder.uid]: '' });
    expect((await kubelet!.dra.prepare([late]))[late.uid]?.error).toBe('');
  });

  const badClaims: { name: string; spec: ClaimSpec; edit?: Parameters<typeof seedClaim>[2]; ref?: (ref: ClaimRef) => ClaimRef; error: string | ((ref: ClaimRef) => string) }[] = [
    { name: 'not in the API server', spec: {}, ref: () => ({ namespace: 'default', name: 'ghost', uid: 'ghost-uid' }), error: 'ResourceClaim default/ghost not found in the API server' },
    { name: 'replaced under the same name', spec: {}, ref: (ref) => ({ ...ref, uid: 'stale-uid' }), error: (ref) => `ResourceClaim default/${ref.name} was replaced: the API server has uid ${ref.uid}, the kubelet asked for stale-uid` },
    { name: 'not allocated', spec: {}, edit: (status) => { delete status.allocation; }, error: 'claim is not allocated: status.allocation is empty' },
    { name: 'allocated to another driver only', spec: { results: [{ request: 'gpu', driver: 'gpu.example.com', pool: 'node-a', device: 'gpu-0' }] }, error: 'claim has no allocated device of driver netclaim.io in status.allocation.devices.results' },
    { name: 'reserved for no pod', spec: { pods: [] }, error: 'claim is not reserved for any pod (status.reservedFor has no pod)' },
    { name: 'shared by two pods', spec: { pods: [{ name: 'a', uid: 'ua' }, { name: 'b', uid: 'ub' }] }, error: 'claim is reserved for 2 pods (a, b), but a network device can be in only one pod\'s network namespace; give each pod its own claim, e.g. with a ResourceClaimTemplate' },
    { name: 'device not on this node', spec: { devices: ['eth9'] }, error: 'request "nic-0" device "eth9": no such device on this node (pool "node-a"); it may have been removed since it was allocated' },
    { name: 'device from another pool', spec: { results: [{ request: 'nic', driver: TEST_DRIVER, pool: 'node-b', device: 'eth1' }] }, error: 'request "nic" device "eth1": allocated from pool "node-b", but this node publishes it in pool "node-a"' },
    { name: 'the node\'s uplink', spec: { devices: ['eth0'] }, error: 'request "nic-0" device "eth0": host interface eth0 stays with the node (carries or is stacked with a default route); it cannot be moved into a pod' },
    { name: 'admin access', spec: { results: [{ request: 'nic', driver: TEST_DRIVER, pool: TEST_POOL, device: 'eth1', adminAccess: true }] }, error: 'request "nic" device "eth1": admin access is not supported for network devices: moving the interface into this pod would take it away from the pod it is allocated to' },
    { name: 'parameters not an object', spec: { config: [opaqueConfig('mtu=9000')] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): (config): must be a JSON object' },
    { name: 'misspelt field', spec: { config: [opaqueConfig({ interface: { adresses: ['10.0.0.2/24'] } })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): interface.adresses: unknown field' },
    { name: 'MTU too small', spec: { config: [opaqueConfig({ interface: { mtu: 40 } })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): interface.mtu: must be at least 68' },
    { name: 'address without prefix', spec: { config: [opaqueConfig({ interface: { addresses: ['10.0.0.2/24', '10.0.0.3'] } })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): interface.addresses[1]: must be an IP address with a prefix length, e.g. 10.0.0.2/24 or 2001:db8::2/64' },
    { name: 'multicast MAC', spec: { config: [opaqueConfig({ interface: { hardwareAddr: '01:00:5e:00:00:01' } })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): interface.hardwareAddr: must be a unicast MAC address (first octet even)' },
    { name: 'interface name too long', spec: { config: [opaqueConfig({ interface: { name: 'a-very-long-interface' } })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): interface.name: must be at most 15 characters (kernel IFNAMSIZ)' },
    { name: 'universe route without gateway', spec: { config: [opaqueConfig({ routes: [{ destination: '10.1.0.0/16', scope: 0 }] })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): routes[0].gateway: is required for a route with scope 0 (universe)' },
    { name: 'route gateway of the other family', spec: { config: [opaqueConfig({ routes: [{ destination: '10.1.0.0/16', gateway: '2001:db8::1' }] })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): routes[0].gateway: must be the same IP family as destination 10.1.0.0/16' },
    { name: 'rule without selector', spec: { config: [opaqueConfig({ rules: [{ table: 100 }] })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): rules[0].source: a rule needs a source or a destination (it decides the IP family)' },
    { name: 'neighbor without MAC', spec: { config: [opaqueConfig({ neighbors: [{ destination: '10.0.0.9' }] })] }, error: 'request "nic-0" device "eth1": invalid claim config (status.allocation.devices.config[0]): neighbors[0].hardwareAddr: must be a string' },
    { name: 'bad DeviceClass config', spec: { config: [opaqueConfig({ interface: { mtu: 'jumbo' } }, { source: 'FromClass' })] }, error: 'request "nic-0" device "eth1": invalid DeviceClass config (status.allocation.devices.config[0]): interface.mtu: must be a number' },
    {
      name: 'bad config for one subrequest',
      spec: { results: [{ request: 'nic/fast', driver: TEST_DRIVER, pool: TEST_POOL, device: 'eth1' }], config: [opaqueConfig({ interface: { mtu: 9000 } }, { requests: ['nic'] }), opaqueConfig({ interface: { gsoMaxSize: 0 } }, { requests: ['nic/fast'] })] },
      error: 'request "nic/fast" device "eth1": invalid claim config (status.allocation.devices.config[1]): interface.gsoMaxSize: must be positive',
    },
    { name: 'renamed onto the pod\'s CNI interface', spec: { config: [opaqueConfig({ interface: { name: 'eth0' } })] }, error: 'request "nic-0" device "eth1": every pod already has an interface named "eth0"; set interface.name in the claim\'s config to another name' },
    { name: 'two devices named alike in the pod', spec: { devices: ['eth1', 'eth2'], config: [opaqueConfig({ interface: { name: 'net0' } })] }, error: 'devices "eth1" (request "nic-0") and "eth2" (request "nic-1") would both be named "net0" in the pod; set a different interface.name for one of them' },
  ];

  test.each(badClaims.map((entry, index) => [entry.name, index, entry] as const))('refused: %s', async (_name, index, entry) => {
    const seeded = seedClaim(api, { ...entry.spec, name: `bad-${index}` }, entry.edit);
    const ref = entry.ref ? entry.ref(seeded) : seeded;
    const answer = await kubelet!.dra.prepare([ref]);
    expect(answer[ref.uid]).toEqual({ devices: [], error: typeof entry.error === 'function' ? entry.error(seeded) : entry.error });
    expect(side!.prepared.get(ref.uid)).toBeUndefined();
  });
});

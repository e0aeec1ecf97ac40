/**
 * Pool addresses end to end below the kubelet: two agents (each its own preparer, state and API
 * client, on different nodes) prepare claims against one fake API server, whose IPAddress
 * objects are the only thing that keeps them apart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { allocatedClaim, inventoryOf, opaqueConfig, TEST_DRIVER } from '../../testing/claims.ts';
import { formatCidr } from '../../netops/ip.ts';
import { parseClassConfig } from '../apis/config.ts';
import { PoolAllocator } from '../ipam/allocator.ts';
import { apiClaimSource } from '../kube/claims.ts';
import { createKubeClients } from '../kube/client.ts';
import { apiIpAddresses } from '../kube/ip-addresses.ts';
import { createLogger } from '../log.ts';
import type { AllocationConfig } from './claim.ts';
import type { ClaimRef, PreparedClaim } from './plan.ts';
import { PreparedClaims } from './prepared-claims.ts';
import { ClaimPreparer, type PrepareOutcome } from './preparer.ts';

const log = createLogger({}, { write: () => undefined });
const CLAIMS_PER_AGENT = 100;

interface Agent {
  preparer: ClaimPreparer;
  prepared: PreparedClaims;
  allocator: PoolAllocator;
}

function classPools(pools: object[]): AllocationConfig {
  return opaqueConfig({ ipPools: pools }, { source: 'FromClass' });
}

const bluePools = [{
  name: 'blue',
  ranges: [{ subnet: '10.20.0.0/24', gateway: '10.20.0.1' }, { subnet: 'fd00:20::/120' }],
  exclude: ['10.20.0.128/30'],
  routes: [{ destination: '10.30.0.0/16', gateway: '10.20.0.1' }],
}];
const dualStack = classPools(bluePools);
const bluePool = parseClassConfig({ ipPools: bluePools }).ipPools![0]!;
const asksBlue = opaqueConfig({ interface: { name: 'net1', ipam: { pool: 'blue' } } });

describe('pool addresses from two agents on one API server', () => {
  let api: FakeApiServer;
  let dir: string;

  async function startAgent(node: string): Promise<Agent> {
    const kube = createKubeClients({ kubeconfig: api.kubeconfigPath });
    const { prepared } = await PreparedClaims.open(join(dir, node));
    const allocator = new PoolAllocator({ api: apiIpAddresses(kube.config), nodeName: node, managedBy: TEST_DRIVER, logger: log });
    const devices = inventoryOf(Array.from({ length: CLAIMS_PER_AGENT }, (_, index) => `nic${index}`));
    const preparer = new ClaimPreparer({ driverName: TEST_DRIVER, claims: apiClaimSource(kube.resource), devices, prepared, logger: log, addresses: allocator });
    return { preparer, prepared, allocator };
  }

  /** An allocated claim in the API server, on device `nic<index>` of its node. */
  function seedClaim(name: string, index: number, config: AllocationConfig[]): ClaimRef {
    const claim = allocatedClaim({ name, devices: [`nic${index}`], config, pods: [{ name: `pod-${name}`, uid: `pod-uid-${name}` }] });
    const seeded = api.seed(claim);
    api.replace({ ...claim, metadata: seeded.metadata });
    return { namespace: 'default', name, uid: String(seeded.metadata.uid) };
  }

  function ipAddresses(): Array<{ name: string; parent: unknown; labels: unknown }> {
    return api.list('networking.k8s.io/v1', 'IPAddress').map((object) => ({ name: String(object.metadata.name), parent: (object.spec as { parentRef: unknown }).parentRef, labels: object.metadata.labels }));
  }

  function preparedOf(outcome: PrepareOutcome | undefined): PreparedClaim {
    if (!outcome || 'error' in outcome) throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
    return outcome.prepared;
  }

  beforeEach(async () => {
    api = await FakeApiServer.start();
    dir = await mkdtemp(join(tmpdir(), 'netclaim-pool-'));
  });
  afterEach(async () => {
    await api.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('200 claims at once from two agents: one IPv4 and one IPv6 address each, none twice, each an IPAddress of its claim', async () => {
    const agents = [await startAgent('node-a'), await startAgent('node-b')];
    const refs = agents.map((_, agent) => Array.from({ length: CLAIMS_PER_AGENT }, (_, index) => seedClaim(`claim-${agent}-${index}`, index, [dualStack, asksBlue])));
    api.resetRequestCounts();
    const outcomes = await Promise.all(agents.map((agent, index) => agent.preparer.prepare(refs[index]!)));

    const devices = outcomes.flatMap((byUid) => [...byUid.values()].map((outcome) => preparedOf(outcome).devices[0]!));
    const v4 = devices.map((device) => formatCidr(device.config.interface!.addresses![0]!));
    const v6 = devices.map((device) => formatCidr(device.config.interface!.addresses![1]!));
    expect(new Set(v4).size).toBe(2 * CLAIMS_PER_AGENT);
    expect(new Set(v6).size).toBe(2 * CLAIMS_PER_AGENT);
    expect(v4.every((text) => /^10\.20\.0\.\d+\/24$/.test(text) && !['10.20.0.1/24', '10.20.0.128/24', '10.20.0.129/24', '10.20.0.130/24', '10.20.0.131/24'].includes(text))).toBe(true);
    expect(v6.every((text) => text.startsWith('fd00:20::') && text.endsWith('/120'))).toBe(true);
    // The pool's gateway and routes come with the addresses; the request for a pool does not stay in the config.
    expect(devices[0]!.config.interface!.ipam).toBeUndefined();
    expect(devices[0]!.config.routes!.map((route) => formatCidr(route.destination))).toEqual(['0.0.0.0/0', '10.30.0.0/16']);

    const objects = ipAddresses();
    expect(objects).toHaveLength(4 * CLAIMS_PER_AGENT);
    const first = refs[0]![0]!;
    const firstAddress = v4[0]!.split('/')[0]!;
    expect(objects.find((object) => object.name === firstAddress)).toEqual({
      name: firstAddress,
      parent: { group: 'resource.k8s.io', resource: 'resourceclaims', namespace: 'default', name: first.name },
      labels: { 'ipaddress.kubernetes.io/managed-by': TEST_DRIVER, 'netclaim.io/pool': 'blue', 'netclaim.io/node': 'node-a', 'netclaim.io/claim-uid': first.uid },
    });
    // Every address cost one create; a collision between the agents costs a create and a list.
    const counts = api.requestCounts();
    expect(counts['get resourceclaims']).toBe(2 * CLAIMS_PER_AGENT);
    const collisions = (counts['create ipaddresses'] ?? 0) - 4 * CLAIMS_PER_AGENT;
    expect(collisions).toBeGreaterThanOrEqual(0);
    expect(counts['list ipaddresses'] ?? 0).toBeLessThanOrEqual(2 * collisions);

    // A retry, and a restarted agent, get the answer the first prepare got, without the API.
    const again = await agents[0]!.preparer.prepare([first]);
    expect(preparedOf(again.get(first.uid))).toEqual(preparedOf(outcomes[0]!.get(first.uid)));
    const restarted = await startAgent('node-a');
    expect(restarted.prepared.get(first.uid)).toEqual(preparedOf(outcomes[0]!.get(first.uid)));
  });

  test('an exhausted pool is a prepare error naming the pool; an address released at unprepare is handed out again', async () => {
    const tiny = classPools([{ name: 'tiny', ranges: [{ subnet: '10.40.0.0/29' }] }]);
    const asksTiny = opaqueConfig({ interface: { ipam: { pool: 'tiny' } } });
    const agents = [await startAgent('node-a'), await startAgent('node-b')];
    const refs = agents.map((_, agent) => Array.from({ length: 4 }, (_, index) => seedClaim(`claim-${agent}-${index}`, index, [tiny, asksTiny])));
    const outcomes = (await Promise.all(agents.map((agent, index) => agent.preparer.prepare(refs[index]!)))).flatMap((byUid) => [...byUid.entries()]);

    const failed = outcomes.filter(([, outcome]) => 'error' in outcome);
    expect(failed.map(([, outcome]) => outcome)).toEqual([
      { error: 'pool "tiny" has no free IPv4 address (6 addresses, every one in use or excluded)' },
      { error: 'pool "tiny" has no free IPv4 address (6 addresses, every one in use or excluded)' },
    ]);
    expect(ipAddresses().map((object) => object.name).sort()).toEqual(['10.40.0.1', '10.40.0.2', '10.40.0.3', '10.40.0.4', '10.40.0.5', '10.40.0.6']);

    // Agent A unprepares one claim; a claim of agent B that failed gets its address now.
    const [releasedUid, releasedOutcome] = outcomes.find(([uid, outcome]) => 'prepared' in outcome && refs[0]!.some((ref) => ref.uid === uid))!;
    const releasedAddress = formatCidr(preparedOf(releasedOutcome).devices[0]!.config.interface!.addresses![0]!);
    expect((await agents[0]!.preparer.unprepare([refs[0]!.find((ref) => ref.uid === releasedUid)!])).get(releasedUid)).toBeUndefined();
    const waiting = [...refs[0]!, ...refs[1]!].find((ref) => failed.some(([uid]) => uid === ref.uid))!;
    const owner = refs[1]!.includes(waiting) ? agents[1]! : agents[0]!;
    const retried = preparedOf((await owner.preparer.prepare([waiting])).get(waiting.uid));
    expect(formatCidr(retried.devices[0]!.config.interface!.addresses![0]!)).toBe(releasedAddress);
  });

  test('the sweep releases an address whose claim was never recorded (a crash between create and record), and nothing a claim holds', async () => {
    const agent = await startAgent('node-a');
    const other = await startAgent('node-b');
    const kept = seedClaim('kept', 0, [dualStack, asksBlue]);
    preparedOf((await agent.preparer.prepare([kept])).get(kept.uid));
    // The crash: the objects exist, the record never got written.
    const lost = seedClaim('lost', 1, [dualStack, asksBlue]);
    await agent.allocator.allocate(lost, bluePool);
    // Another node's address is that node's to sweep.
    const elsewhere = seedClaim('elsewhere', 2, [dualStack, asksBlue]);
    preparedOf((await other.preparer.prepare([elsewhere])).get(elsewhere.uid));
    expect(ipAddresses()).toHaveLength(6);

    const released = await agent.allocator.sweep((claimUid, objectUid) => agent.preparer.holdsAddress(claimUid, objectUid));
    expect(released).toHaveLength(2);
    const left = ipAddresses();
    expect(left).toHaveLength(4);
    expect(left.every((object) => (object.labels as Record<string, string>)['netclaim.io/claim-uid'] !== lost.uid)).toBe(true);
    expect(await agent.allocator.sweep((claimUid, objectUid) => agent.preparer.holdsAddress(claimUid, objectUid))).toEqual([]);
  });

  test('a pool the class does not define, a malformed pool, and a claim defining a pool are refused naming the pool or field', async () => {
    const agent = await startAgent('node-a');
    const cases: Array<[AllocationConfig[], string]> = [
      [[dualStack, opaqueConfig({ interface: { ipam: { pool: 'red' } } })], 'interface.ipam.pool: pool "red" is not defined in the DeviceClass config of request "nic-0" (it defines "blue")'],
      [[classPools([{ name: 'bad', ranges: [{ subnet: '10.0.0.1/24' }] }]), opaqueConfig({ interface: { ipam: { pool: 'bad' } } })], 'ipPools[0].ranges[0].subnet (pool "bad"): must be a subnet with no host bits set, e.g. 10.0.0.0/24'],
      [[opaqueConfig({ ipPools: [] })], 'invalid claim config (status.allocation.devices.config[0]): ipPools: may be set only in a DeviceClass config'],
      [[dualStack, opaqueConfig({ interface: { ipam: { pool: 'blue' }, addresses: ['10.0.0.2/24'] } })], 'interface.ipam: must not be set together with interface.addresses'],
    ];
    for (const [index, [config, message]] of cases.entries()) {
      const ref = seedClaim(`refused-${index}`, index, config);
      const outcome = (await agent.preparer.prepare([ref])).get(ref.uid);
      expect(outcome && 'error' in outcome ? outcome.error : outcome).toContain(message);
    }
    expect(ipAddresses()).toEqual([]);
  });
});

/**
 * Pool addresses at prepare: what `interface.ipam` adds to a claim's prepare, in time and in API
 * round trips (counted by the fake API server), against the same claim with static addresses.
 *
 * Scenarios: one agent alone (the common case: every address one create); an agent that starts
 * with a stale view, in a pool where another node already holds 2000 addresses (one collision,
 * one list, then one create each); two agents preparing at once from one pool.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeApiServer } from '../testing/fake-apiserver/server.ts';
import { allocatedClaim, inventoryOf, opaqueConfig, TEST_DRIVER } from '../testing/claims.ts';
import type { AllocationConfig } from '../plugin/claims/claim.ts';
import type { ClaimRef } from '../plugin/claims/plan.ts';
import { PreparedClaims } from '../plugin/claims/prepared-claims.ts';
import { ClaimPreparer } from '../plugin/claims/preparer.ts';
import { AF_INET } from '../netops/ip.ts';
import { parseClassConfig } from '../plugin/apis/config.ts';
import { PoolAllocator } from '../plugin/ipam/allocator.ts';
import { addressAt, familySpace, startIndex } from '../plugin/ipam/pool-space.ts';
import { LABELS } from '../plugin/ipam/ip-address-api.ts';
import { apiClaimSource } from '../plugin/kube/claims.ts';
import { createKubeClients } from '../plugin/kube/client.ts';
import { apiIpAddresses } from '../plugin/kube/ip-addresses.ts';
import { createLogger } from '../plugin/log.ts';
import { summary, verdict } from './stats.ts';

const CLAIMS = 300;
const HELD_ELSEWHERE = 2000;
const CONCURRENT_PER_AGENT = 200;
const log = createLogger({}, { level: 'error' });

const pool = opaqueConfig({ ipPools: [{ name: 'bench', ranges: [{ subnet: '10.64.0.0/16', gateway: '10.64.0.1' }, { subnet: 'fd00:64::/64' }] }] }, { source: 'FromClass' });
const fromPool = [pool, opaqueConfig({ interface: { name: 'net1', ipam: { pool: 'bench' } } })];
const staticAddresses = (index: number) => [opaqueConfig({ interface: { name: 'net1', addresses: [`10.65.${index >> 8}.${index & 255}/16`, `fd00:65::${index.toString(16)}/64`] } })];

interface Bench {
  api: FakeApiServer;
  dir: string;
}

async function agent(bench: Bench, node: string, devices: number): Promise<ClaimPreparer> {
  const kube = createKubeClients({ kubeconfig: bench.api.kubeconfigPath });
  const { prepared } = await PreparedClaims.open(join(bench.dir, node));
  const addresses = new PoolAllocator({ api: apiIpAddresses(kube.config), nodeName: node, managedBy: TEST_DRIVER, logger: log });
  return new ClaimPreparer({
    driverName: TEST_DRIVER, claims: apiClaimSource(kube.resource), prepared, logger: log, addresses,
    devices: inventoryOf(Array.from({ length: devices }, (_, index) => `nic${index}`)),
  });
}

function seedClaims(api: FakeApiServer, prefix: string, count: number, config: (index: number) => AllocationConfig[]): ClaimRef[] {
  return Array.from({ length: count }, (_, index) => {
    const claim = allocatedClaim({ name: `${prefix}-${index}`, devices: [`nic${index}`], config: config(index), pods: [{ name: `pod-${prefix}-${index}`, uid: `pod-uid-${prefix}-${index}` }] });
    const seeded = api.seed(claim);
    api.replace({ ...seeded, status: claim.status });
    return { namespace: 'default', name: claim.metadata!.name!, uid: String(seeded.metadata.uid) };
  });
}

async function timedPrepares(preparer: ClaimPreparer, refs: ClaimRef[]): Promise<number[]> {
  const samples: number[] = [];
  for (const ref of refs) {
    const started = performance.now();
    const outcome = (await preparer.prepare([ref])).get(ref.uid);
    samples.push(performance.now() - started);
    if (!outcome || 'error' in outcome) throw new Error(`prepare of ${ref.name} failed: ${outcome?.error ?? 'no outcome'}`);
  }
  return samples;
}

/** Round trips to the IPAddress API per address handed out. */
function perAddress(api: FakeApiServer, addresses: number): { creates: number; lists: number; perAddress: number } {
  const counts = api.requestCounts();
  const creates = counts['create ipaddresses'] ?? 0;
  const lists = counts['list ipaddresses'] ?? 0;
  return { creates, lists, perAddress: (creates + lists) / addresses };
}

async function withBench(body: (bench: Bench) => Promise<void>): Promise<void> {
  const bench = { api: await FakeApiServer.start(), dir: await mkdtemp(join(tmpdir(), 'netclaim-ipam-bench-')) };
  try {
    await body(bench);
  } finally {
    await bench.api.stop();
    await rm(bench.dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await withBench(async (bench) => {
    const preparer = await agent(bench, 'node-a', 2 * CLAIMS);
    const staticRefs = seedClaims(bench.api, 'static', CLAIMS, staticAddresses);
    const poolRefs = seedClaims(bench.api, 'pool', CLAIMS, () => fromPool);
    const staticSamples = await timedPrepares(preparer, staticRefs);
    bench.api.resetRequestCounts();
    // Another node's agent, so the pool claims' devices are free.
    const poolSamples = await timedPrepares(await agent(bench, 'node-b', 2 * CLAIMS), poolRefs);
    const calls = perAddress(bench.api, 2 * CLAIMS);
    console.log(summary('prepare, 1 device, static IPv4+IPv6 addresses', staticSamples));
    console.log(summary('prepare, 1 device, IPv4+IPv6 from a pool', poolSamples));
    console.log(`one agent alone: ${calls.creates} creates and ${calls.lists} lists for ${2 * CLAIMS} addresses`);
    console.log(verdict('API round trips per pool address, common case', calls.perAddress, 1));
  });

  await withBench(async (bench) => {
    // The addresses right where a restarted agent of node-z starts looking, held by claims its
    // view does not know: the worst place for them.
    const space = familySpace(parseClassConfig(pool.opaque!.parameters).ipPools![0]!, AF_INET);
    const start = startIndex(space, `node-z/bench/${AF_INET}`);
    for (let index = 0; index < HELD_ELSEWHERE; index++) {
      const { name } = addressAt(space, (start + BigInt(index)) % space.size);
      bench.api.seed({
        apiVersion: 'networking.k8s.io/v1', kind: 'IPAddress',
        metadata: { name, labels: { [LABELS.managedBy]: TEST_DRIVER, [LABELS.pool]: 'bench', [LABELS.node]: 'node-z', [LABELS.claimUid]: `held-${index}` } },
        spec: { parentRef: { group: 'resource.k8s.io', resource: 'resourceclaims', namespace: 'default', name: `held-${index}` } },
      });
    }
    const preparer = await agent(bench, 'node-z', CLAIMS);
    const refs = seedClaims(bench.api, 'stale', CLAIMS, () => fromPool);
    bench.api.resetRequestCounts();
    const samples = await timedPrepares(preparer, refs);
    const calls = perAddress(bench.api, 2 * CLAIMS);
    console.log(summary(`prepare from a pool where ${HELD_ELSEWHERE} addresses are held by others`, samples));
    console.log(`stale view: ${calls.creates} creates and ${calls.lists} lists for ${2 * CLAIMS} addresses (${calls.perAddress.toFixed(3)} per address)`);
  });

  await withBench(async (bench) => {
    const agents = [await agent(bench, 'node-a', CONCURRENT_PER_AGENT), await agent(bench, 'node-b', CONCURRENT_PER_AGENT)];
    const refs = agents.map((_, index) => seedClaims(bench.api, `both-${index}`, CONCURRENT_PER_AGENT, () => fromPool));
    bench.api.resetRequestCounts();
    const started = performance.now();
    await Promise.all(agents.map((preparer, index) => preparer.prepare(refs[index]!)));
    const ms = performance.now() - started;
    const calls = perAddress(bench.api, 4 * CONCURRENT_PER_AGENT);
    console.log(`two agents, ${CONCURRENT_PER_AGENT} claims each at once: ${ms.toFixed(0)} ms; ${calls.creates} creates and ${calls.lists} lists for ${4 * CONCURRENT_PER_AGENT} addresses (${calls.perAddress.toFixed(3)} per address)`);
  });
}

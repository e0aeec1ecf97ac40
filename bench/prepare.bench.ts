/**
 * NodePrepareResources as the kubelet sees it: the kubelet simulator calls the plugin over its
 * real unix socket, the plugin reads the claim from the fake API server on loopback, checks it,
 * and writes the plan durably (fsync) before answering.
 *
 * Figures: prepare of a fresh 4-device claim (p50/p99), the same claim again (answered from the
 * store), then an agent process holding 1000 prepared claims: its idle RSS (target ≤ 80 MB), how
 * long a restarted agent takes to load them, and the RunPodSandbox-side plan lookup by pod UID.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeApiServer } from '../testing/fake-apiserver/server.ts';
import { registerPlugin, type ClaimRef, type DraClient } from '../testing/kubelet-sim/kubelet-sim.ts';
import { allocatedClaim, opaqueConfig, TEST_DRIVER } from '../testing/claims.ts';
import { PreparedClaims } from '../plugin/claims/prepared-claims.ts';
import { percentile, summary, verdict } from './stats.ts';

const DEVICES_PER_CLAIM = 4;
const WARMUP = 30;
const SAMPLES = 300;
const HELD_CLAIMS = 1000;
const LOOKUPS = 10_000;
const TARGET_RSS_MB = 80;
/** The V8 flags bin/netclaim and the image give the daemon. */
const DAEMON_NODE_FLAGS = ['--max-semi-space-size=1'];

/**
 * The agent under test, as its own process so its RSS is the agent's alone: it loads client-node,
 * grpc-js and the state store like the real agent, serves the kubelet, and on each stdin line
 * collects garbage and prints its RSS and used heap in bytes.
 */
const agentSource = (root: string) => `
import { KubeConfig, ResourceV1Api } from '@kubernetes/client-node';
import { createInterface } from 'node:readline';
import { inventoryOf } from '${root}/testing/claims.ts';
import { apiClaimSource } from '${root}/plugin/kube/claims.ts';
import { startKubeletSide } from '${root}/plugin/kubelet/kubelet-side.ts';
import { createLogger } from '${root}/plugin/log.ts';
const [kubeconfig, dir, deviceCount] = process.argv.slice(1);
const config = new KubeConfig();
config.loadFromFile(kubeconfig);
await startKubeletSide({
  driverName: '${TEST_DRIVER}', registryDir: dir + '/plugins_registry', pluginsDir: dir + '/plugins', stateDir: dir + '/state',
  claims: apiClaimSource(config.makeApiClient(ResourceV1Api)),
  devices: inventoryOf(Array.from({ length: Number(deviceCount) }, (_, i) => 'eth' + i)),
  log: createLogger({}, { level: 'error' }),
});
createInterface({ input: process.stdin }).on('line', () => { globalThis.gc(); const { rss, heapUsed } = process.memoryUsage(); process.stdout.write(rss + ' ' + heapUsed + '\\n'); });
process.stdout.write('ready\\n');
`;

function seedClaim(api: FakeApiServer, index: number): ClaimRef {
  const devices = Array.from({ length: DEVICES_PER_CLAIM }, (_, device) => `eth${index * DEVICES_PER_CLAIM + device}`);
  const claim = allocatedClaim({
    name: `bench-${index}`,
    devices,
    pods: [{ name: `pod-${index}`, uid: `pod-uid-${index}` }],
    config: [
      opaqueConfig({ interface: { mtu: 9000 }, routes: [{ destination: '198.51.100.0/24', gateway: '192.0.2.1' }] }, { source: 'FromClass' }),
      ...devices.map((_, device) => opaqueConfig({ interface: { name: `net${device}`, addresses: [`10.${device}.${index >> 8}.${index & 255}/16`] } }, { requests: [`nic-${device}`] })),
    ],
  });
  const seeded = api.seed(claim);
  api.replace({ ...seeded, status: claim.status });
  return { namespace: String(seeded.metadata.namespace), name: String(seeded.metadata.name), uid: String(seeded.metadata.uid) };
}

async function timedPrepare(dra: DraClient, ref: ClaimRef): Promise<number> {
  const started = performance.now();
  const answer = await dra.prepare([ref]);
  const elapsed = performance.now() - started;
  const error = answer[ref.uid]?.error;
  if (error || answer[ref.uid]?.devices.length !== DEVICES_PER_CLAIM) throw new Error(`prepare of ${ref.name} failed: ${error ?? 'wrong device count'}`);
  return elapsed;
}

export async function run(): Promise<void> {
  const api = await FakeApiServer.start();
  const dir = await mkdtemp(join(tmpdir(), 'netclaim-prepare-bench-'));
  const root = join(import.meta.dirname, '..');
  const agent = spawn(process.execPath, ['--expose-gc', ...DAEMON_NODE_FLAGS, '--input-type=module', '-e', agentSource(root), api.kubeconfigPath, dir, String(HELD_CLAIMS * DEVICES_PER_CLAIM)], {
    cwd: root, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: agent.stdout })[Symbol.asyncIterator]();
  const nextLine = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error('agent process ended');
    return line.value;
  };
  try {
    if ((await nextLine()) !== 'ready') throw new Error('agent did not start');
    const memory = async (): Promise<{ rssMb: number; heapMb: number }> => {
      agent.stdin.write('memory\n');
      const [rss = NaN, heap = NaN] = (await nextLine()).split(' ').map(Number);
      return { rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20 };
    };
    const empty = await memory();
    const kubelet = await registerPlugin(join(dir, 'plugins_registry'));
    const refs = Array.from({ length: HELD_CLAIMS }, (_, index) => seedClaim(api, index));

    const fresh: number[] = [];
    for (const [index, ref] of refs.entries()) {
      const elapsed = await timedPrepare(kubelet.dra, ref);
      if (index >= WARMUP && fresh.length < SAMPLES) fresh.push(elapsed);
    }
    const again: number[] = [];
    for (const ref of refs.slice(0, SAMPLES)) again.push(await timedPrepare(kubelet.dra, ref));
    kubelet.dra.close();

    console.log(summary(`prepare, ${DEVICES_PER_CLAIM}-device claim (fresh)`, fresh), `  p99 ${percentile(fresh, 99).toFixed(2)} ms`);
    console.log(summary(`prepare, same claim again`, again), `  p99 ${percentile(again, 99).toFixed(2)} ms`);

    // Let the agent settle as it would between pods, then read its RSS.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const held = await memory();
    console.log(`idle agent, no claims: RSS ${empty.rssMb.toFixed(1)} MB, heap used ${empty.heapMb.toFixed(1)} MB`);
    console.log(`idle agent, ${HELD_CLAIMS} claims: heap used ${held.heapMb.toFixed(1)} MB (${((held.heapMb - empty.heapMb) * 1024 / HELD_CLAIMS).toFixed(1)} KiB per claim)`);
    console.log(verdict(`idle agent RSS holding ${HELD_CLAIMS} prepared claims`, held.rssMb, TARGET_RSS_MB, ' MB'));

    const loadStarted = performance.now();
    const { prepared } = await PreparedClaims.open(join(dir, 'state'));
    const loadMs = performance.now() - loadStarted;
    console.log(`restart: load ${prepared.size} prepared claims from disk: ${loadMs.toFixed(1)} ms`);
    const lookups: number[] = [];
    for (let index = 0; index < LOOKUPS; index++) {
      const started = performance.now();
      const plan = prepared.planForPod(`pod-uid-${index % HELD_CLAIMS}`);
      lookups.push(performance.now() - started);
      if (plan?.devices.length !== DEVICES_PER_CLAIM) throw new Error('plan lookup lost devices');
    }
    console.log(summary('RunPodSandbox plan lookup by pod UID', lookups));
  } finally {
    agent.kill();
    await api.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

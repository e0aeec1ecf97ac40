/**
 * Issue 14's goals, each printed against its target with the ratio to the figure before it
 * (the issue's, measured on the same machine with the same method), for the REAL daemon:
 * `bin/netclaim daemon` (build/dist with the image's V8 flags) against the fake API server, a fake
 * NRI runtime on a unix socket (real mux + ttrpc) and the kubelet simulator (real gRPC).
 * - start: the daemon's own CPU time (user + system, so waits are excluded) from exec until the
 *   agent has started: NRI connected, the first ResourceSlice published, registration offered;
 * - idle RSS with no prepared claim, and with 1000 (written by the real preparer into the state
 *   directory beforehand, so the daemon loads them as after a restart: the restart figure is
 *   its own "prepared claims loaded" time);
 * - NodePrepareResources of a fresh 4-device claim through the kubelet sim, p50 and p99, on veths
 *   the daemon published (a claim is unprepared again after each sample: devices are exclusive).
 * Memory does not depend on the machine's load; the times do, so the load average is printed.
 * Needs root (netlink inventory, state directory ownership).
 */
import { constants, createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { lstat, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { KernelFixture } from '../netops/test/kernel-fixtures.ts';
import { DaemonProcess, waitUntil } from '../e2e/agent/harness.ts';
import { apiClaimSource } from '../plugin/kube/claims.ts';
import { createKubeClients } from '../plugin/kube/client.ts';
import { startKubeletSide } from '../plugin/kubelet/kubelet-side.ts';
import { createLogger } from '../plugin/log.ts';
import { RecordStore } from '../plugin/store/record-store.ts';
import { allocatedClaim, inventoryOf, opaqueConfig, TEST_DRIVER, TEST_POOL } from '../testing/claims.ts';
import { FakeApiServer } from '../testing/fake-apiserver/server.ts';
import { FakeRuntime } from '../testing/fake-nri-runtime.ts';
import { registerPlugin, type ClaimRef, type DraClient } from '../testing/kubelet-sim/kubelet-sim.ts';
import { percentile, summary } from './stats.ts';

const DEVICES_PER_CLAIM = 4;
const HELD_CLAIMS = 1000;
const WARMUP = 20;
const SAMPLES = 200;
/** How long the daemon idles before its RSS is read, as between pods on a node. */
const IDLE_SETTLE_MS = 5000;

/** The figures before issue 14 (issue 14's text, `make bench` on this machine). */
const BEFORE = { startCpuS: NaN, idleRssMb: 136, heldRssMb: 179, prepareP50Ms: 10.5, prepareP99Ms: 48, loadMs: 536 };
/**
 * The figures before the last change to each (same bench, 2026-12-02): memory, start and
 * restart with zod loaded at start and the record index checked by it (medians of three runs);
 * prepare's, the run before the one-job durable write (at load average 0.3).
 */
const PREVIOUS = { startCpuS: 0.54, idleRssMb: 73.3, heldRssMb: 76.2, loadMs: 80, prepareP50Ms: 6.6, prepareP99Ms: 13.8 };

function goal(label: string, value: number, target: number, before: number, unit: string, previous = NaN): string {
  const ratio = (figure: number, what: string): string => (Number.isFinite(figure) ? `, ${(value / figure).toFixed(2)} × ${what} (${figure}${unit})` : '');
  return `${label}: ${value.toFixed(unit === ' s' ? 2 : 1)}${unit} (target ≤ ${target}${unit}) ${value <= target ? 'MET' : 'NOT MET'}${ratio(before, 'before')}${ratio(previous, 'previous')}`;
}

/** user + system CPU seconds of a process, from /proc (clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

function fourDeviceClaim(name: string, devices: readonly string[], index: number): ReturnType<typeof allocatedClaim> {
  return allocatedClaim({
    name,
    devices: [...devices],
    pods: [{ name: `pod-${name}`, uid: `pod-uid-${name}` }],
    config: [
      opaqueConfig({ interface: { mtu: 9000 }, routes: [{ destination: '198.51.100.0/24', gateway: '192.0.2.1' }] }, { source: 'FromClass' }),
      ...devices.map((_, device) => opaqueConfig({ interface: { name: `net${device}`, addresses: [`10.${device}.${index >> 8}.${index & 255}/16`] } }, { requests: [`nic-${device}`] })),
    ],
  });
}

function seed(api: FakeApiServer, claim: ReturnType<typeof allocatedClaim>): ClaimRef {
  const seeded = api.seed(claim);
  api.replace({ ...seeded, status: claim.status });
  return { namespace: String(seeded.metadata.namespace), name: String(seeded.metadata.name), uid: String(seeded.metadata.uid) };
}

/** 1000 prepared claims in `stateDir`, written by the real preparer, as a daemon would have left them. */
async function writePreparedClaims(api: FakeApiServer, dir: string): Promise<void> {
  const side = await startKubeletSide({
    driverName: TEST_DRIVER, registryDir: join(dir, 'seed-registry'), pluginsDir: join(dir, 'seed-plugins'), stateDir: join(dir, 'state', 'claims'),
    claims: apiClaimSource(createKubeClients({ kubeconfig: api.kubeconfigPath }).resource),
    devices: inventoryOf(Array.from({ length: HELD_CLAIMS * DEVICES_PER_CLAIM }, (_, index) => `eth${index}`)),
    logger: createLogger({}, { level: 'error' }), registerAtStart: false,
  });
  try {
    const refs = Array.from({ length: HELD_CLAIMS }, (_, index) => seed(api, fourDeviceClaim(`held-${index}`,
      Array.from({ length: DEVICES_PER_CLAIM }, (__, device) => `eth${index * DEVICES_PER_CLAIM + device}`), index)));
    for (let start = 0; start < refs.length; start += 100) {
      const outcomes = await side.preparer.prepare(refs.slice(start, start + 100));
      const failed = [...outcomes.values()].find((outcome) => 'error' in outcome);
      if (failed) throw new Error(`seeding prepared claims failed: ${JSON.stringify(failed)}`);
    }
  } finally {
    await side.plugin.stop();
  }
}

interface Run {
  daemon: DaemonProcess;
  startCpuS: number;
  kubelet: DraClient;
}

/** Starts the daemon on `dir`, waits until it has started in full, and registers it with the kubelet sim. */
async function startDaemon(api: FakeApiServer, dir: string, name: string, filter?: string): Promise<Run & { runtime: FakeRuntime }> {
  mkdirSync(join(dir, 'registry'), { recursive: true });
  // A node that publishes its pool anew, as at its first start: the start figure includes the write.
  for (const slice of api.list('resource.k8s.io/v1', 'ResourceSlice')) api.remove('resource.k8s.io/v1', 'ResourceSlice', String(slice.metadata.name));
  const runtime = await FakeRuntime.listen(join(dir, `nri-${name}.sock`));
  const daemon = new DaemonProcess([
    '--node-name', TEST_POOL, '--driver-name', TEST_DRIVER, '--kubeconfig', api.kubeconfigPath,
    '--state-dir', join(dir, 'state'), '--nri-socket', join(dir, `nri-${name}.sock`),
    '--kubelet-registry-dir', join(dir, 'registry'), '--kubelet-plugins-dir', join(dir, 'plugins'),
    '--metrics-address', '127.0.0.1:0', ...(filter ? ['--filter', filter] : []),
  ], createWriteStream(join(dir, `daemon-${name}.log`)));
  try {
    await runtime.nextPlugin();
    await daemon.waitForLog('published ResourceSlices', {}, 0, 20_000);
    await daemon.waitForLog('registration offered to the kubelet', {}, 0, 20_000);
    const startCpuS = cpuSeconds(daemon.pid!);
    const { dra } = await registerPlugin(join(dir, 'registry'));
    await daemon.waitForLog('kubelet registered the plugin');
    return { daemon, startCpuS, kubelet: dra, runtime };
  } catch (error) {
    await daemon.stop();
    await runtime.close();
    throw new Error(`${(error as Error).message}\n${daemon.logTail(10)}`);
  }
}

async function stopDaemon(run: Run & { runtime: FakeRuntime }): Promise<void> {
  run.kubelet.close();
  await run.daemon.stop();
  await run.runtime.close();
}

async function idleRss(daemon: DaemonProcess): Promise<number> {
  await sleep(IDLE_SETTLE_MS);
  return rssMb(daemon.pid!);
}

/**
 * The floor under a fresh prepare: one durable record write (temporary file, fsync, rename,
 * directory fsync) of a prepared claim's size on the same disk, timed between prepares.
 */
async function durableWrite(store: RecordStore<unknown>, index: number): Promise<number> {
  const started = performance.now();
  await store.put(`floor-${index % 8}`, { padding: 'x'.repeat(1800) });
  return performance.now() - started;
}

/**
 * The same write as the store made it before issue 14's latency work, through node:fs: nine
 * thread-pool round trips (open, write, fsync, close, lstat, rename, open dir, fsync, close).
 */
async function nodeFsDurableWrite(dir: string, index: number): Promise<number> {
  const started = performance.now();
  const target = join(dir, `floor-${index % 8}.json`);
  const temp = join(dir, `.floor-${index % 8}.${index}.tmp`);
  const file = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  await file.writeFile(JSON.stringify({ padding: 'x'.repeat(1800) }));
  await file.sync();
  await file.close();
  await lstat(target).catch(() => undefined);
  await rename(temp, target);
  const directory = await open(dir, 'r');
  await directory.sync();
  await directory.close();
  return performance.now() - started;
}

async function preparePath(api: FakeApiServer, dir: string, kernel: KernelFixture): Promise<{ fresh: number[]; again: number[]; floor: number[]; nodeFs: number[] }> {
  const nics = Array.from({ length: DEVICES_PER_CLAIM }, (_, index) => kernel.veth(`p${index}`));
  const run = await startDaemon(api, dir, 'prepare', `device.attributes["${TEST_DRIVER}"].ifName.startsWith("${kernel.prefix}")`);
  try {
    await waitUntil('the daemon to publish the bench veths', 10_000, async () => {
      const names = api.list('resource.k8s.io/v1', 'ResourceSlice').flatMap((slice) => ((slice.spec as { devices?: { name: string }[] }).devices ?? []).map((device) => device.name));
      return nics.every((nic) => names.includes(nic)) ? true : undefined;
    });
    const fresh: number[] = [];
    const again: number[] = [];
    const floor: number[] = [];
    const nodeFs: number[] = [];
    const floorStore = new RecordStore<unknown>(join(dir, 'floor'), (value) => value);
    mkdirSync(join(dir, 'floor-node-fs'), { mode: 0o700 });
    for (let index = 0; index < WARMUP + SAMPLES; index++) {
      // Which write goes first alternates: the second can share the first one's journal commit.
      const [written, writtenByNodeFs] = index % 2 === 0
        ? [await durableWrite(floorStore, index), await nodeFsDurableWrite(join(dir, 'floor-node-fs'), index)]
        : [await nodeFsDurableWrite(join(dir, 'floor-node-fs'), index), await durableWrite(floorStore, index)].reverse() as [number, number];
      const ref = seed(api, fourDeviceClaim(`fresh-${index}`, nics, index));
      const started = performance.now();
      const answer = (await run.kubelet.prepare([ref]))[ref.uid];
      const elapsed = performance.now() - started;
      if (answer?.error || answer?.devices.length !== DEVICES_PER_CLAIM) throw new Error(`prepare failed: ${answer?.error ?? 'no answer'}`);
      const repeatStarted = performance.now();
      await run.kubelet.prepare([ref]);
      const repeated = performance.now() - repeatStarted;
      if (index >= WARMUP) {
        fresh.push(elapsed);
        again.push(repeated);
        floor.push(written);
        nodeFs.push(writtenByNodeFs);
      }
      const unprepared = (await run.kubelet.unprepare([ref]))[ref.uid];
      if (unprepared) throw new Error(`unprepare failed: ${unprepared}`);
    }
    return { fresh, again, floor, nodeFs };
  } finally {
    await stopDaemon(run);
  }
}

export async function run(): Promise<void> {
  if (process.getuid?.() !== 0) {
    console.log('footprint bench: skipped, the daemon needs root');
    return;
  }
  const api = await FakeApiServer.start();
  api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: TEST_POOL } });
  const kernel = new KernelFixture();
  const dirs = await Promise.all(['empty', 'held', 'prepare'].map((name) => mkdtemp(join(tmpdir(), `netclaim-footprint-${name}-`))));
  const [emptyDir, heldDir, prepareDir] = dirs as [string, string, string];
  try {
    const empty = await startDaemon(api, emptyDir, 'empty');
    const emptyRss = await idleRss(empty.daemon);
    await stopDaemon(empty);

    await writePreparedClaims(api, heldDir);
    const held = await startDaemon(api, heldDir, 'held');
    const loaded = held.daemon.find('prepared claims loaded')[0];
    const heldRss = await idleRss(held.daemon);
    await stopDaemon(held);
    if (loaded?.count !== HELD_CLAIMS) throw new Error(`the daemon loaded ${String(loaded?.count)} prepared claims, not ${HELD_CLAIMS}`);

    const { fresh, again, floor, nodeFs } = await preparePath(api, prepareDir, kernel);
    console.log('the real daemon (bin/netclaim daemon: build/dist, the image\'s V8 flags), fake API server, fake NRI runtime, kubelet sim');
    console.log(goal('start to "agent started", daemon CPU', empty.startCpuS, 1, BEFORE.startCpuS, ' s', PREVIOUS.startCpuS), `(with ${HELD_CLAIMS} claims to load: ${held.startCpuS.toFixed(2)} s)`);
    console.log(goal('idle RSS, no prepared claim', emptyRss, 70, BEFORE.idleRssMb, ' MB', PREVIOUS.idleRssMb));
    console.log(goal(`idle RSS holding ${HELD_CLAIMS} prepared claims`, heldRss, 80, BEFORE.heldRssMb, ' MB', PREVIOUS.heldRssMb), `(${((heldRss - emptyRss) * 1024 / HELD_CLAIMS).toFixed(1)} KiB a claim)`);
    console.log(goal(`restart: ${HELD_CLAIMS} prepared claims loaded`, Number(loaded.ms), 150, BEFORE.loadMs, ' ms', PREVIOUS.loadMs), `(of which the daemon's own CPU ${String(loaded.cpuMs)} ms)`);
    console.log(summary(`prepare, ${DEVICES_PER_CLAIM}-device claim (fresh)`, fresh));
    console.log(goal('prepare p50', percentile(fresh, 50), 5, BEFORE.prepareP50Ms, ' ms', PREVIOUS.prepareP50Ms));
    console.log(goal('prepare p99', percentile(fresh, 99), 15, BEFORE.prepareP99Ms, ' ms', PREVIOUS.prepareP99Ms));
    console.log(summary('prepare, same claim again', again), `  ratio fresh / again p50 ${(percentile(fresh, 50) / percentile(again, 50)).toFixed(1)}`);
    console.log(summary('floor: one durable record write', floor), `  p99 ${percentile(floor, 99).toFixed(2)} ms; fresh prepare above it at p50: ${(percentile(fresh, 50) - percentile(floor, 50)).toFixed(2)} ms`);
    console.log(summary('  the same write through node:fs', nodeFs), `  p99 ${percentile(nodeFs, 99).toFixed(2)} ms; ratio one job / node:fs p50 ${(percentile(floor, 50) / percentile(nodeFs, 50)).toFixed(2)}, p99 ${(percentile(floor, 99) / percentile(nodeFs, 99)).toFixed(2)}`);
    console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  } finally {
    kernel.cleanup();
    await api.stop();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

if (import.meta.main) await run();

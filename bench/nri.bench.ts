/**
 * NRI round trip in-process: the fake runtime sends RunPodSandbox to the stub (empty handler) over
 * a real unix socket through mux + ttrpc, and waits for the reply. Measures our protocol stack's
 * share of a pod start; real containerd figures are in containerd.bench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../plugin/log.ts';
import { FakeRuntime, wirePod, type FakePluginConnection } from '../testing/fake-nri-runtime.ts';
import { NriStub } from '../plugin/nri/stub.ts';
import { percentile, summary, verdict } from './stats.ts';

const WARMUP = 200;
const EVENTS = 2000;
const TARGET_P50_MS = 0.3;

async function measure(connection: FakePluginConnection, send: (connection: FakePluginConnection, pod: ReturnType<typeof wirePod>) => Promise<void>): Promise<number[]> {
  const pod = wirePod({ id: 'bench', namespace: 'bench', name: 'pod', uid: '0b6c3c5e-5d1e-4b8e-9a53-4f1a9b6b2d10' });
  for (let index = 0; index < WARMUP; index++) await send(connection, pod);
  const samples: number[] = [];
  for (let index = 0; index < EVENTS; index++) {
    const started = performance.now();
    await send(connection, pod);
    samples.push(performance.now() - started);
  }
  return samples;
}

async function roundTrip(nriVersion: '0.8' | '0.12'): Promise<number[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nri-bench-'));
  const socketPath = path.join(dir, 'nri.sock');
  const runtime = await FakeRuntime.listen(socketPath, { nriVersion });
  const stub = new NriStub({
    name: 'netclaim-bench',
    index: '50',
    handlers: { async runPodSandbox() {} },
    socketPath,
    logger: createLogger({}, { level: 'error' }),
    env: {},
  });
  try {
    await stub.start();
    return await measure(await runtime.nextPlugin(), (connection, pod) => connection.runPodSandbox(pod));
  } finally {
    await stub.close();
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  console.log(`RunPodSandbox round trip, fake runtime ↔ stub over a unix socket, empty handler, ${EVENTS} events after ${WARMUP} warm-up`);
  for (const [label, version] of [['StateChange (NRI 0.6/0.8)', '0.8'], ['RunPodSandbox RPC (NRI 0.12)', '0.12']] as const) {
    const samples = await roundTrip(version);
    console.log(summary(label, samples) + `   p99 ${percentile(samples, 99).toFixed(3)} ms`);
    console.log('  ' + verdict('p50', percentile(samples, 50), TARGET_P50_MS, ' ms'));
  }
}

/**
 * What an NRI plugin adds to RunPodSandbox on a real containerd 1.7: blocks of pods are run
 * alternately with the stub connected (subscribed to the pod events, handlers doing nothing)
 * and with no plugin, so drift of the host affects both series alike. Prints both medians, their
 * difference, and the median of the per-pair differences, which is less sensitive to other
 * load on the machine.
 * Needs root and `make runtime-deps`. Run alone: node_modules/.bin/node bench/containerd.bench.ts
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '../plugin/log.ts';
import { NriStub } from '../plugin/nri/stub.ts';
import { TestContainerd } from '../e2e/runtime/containerd.ts';
import { runningAsRoot } from '../e2e/runtime/installation.ts';
import type { ContainerdVersion } from '../e2e/runtime/installation.ts';
import { testPodConfig } from '../e2e/runtime/pods.ts';

const podsPerSeries = 30;
const warmupPods = 2;
/** Pods per connected or disconnected stretch; blocks of both kinds alternate. */
const podsPerBlock = 5;
const addedMedianTargetMs = 2;
/** Lets containerd notice a closed plugin connection before the next "without" sample. */
const settleAfterCloseMs = 50;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function describeSeries(samples: readonly number[]): { median: number; line: string } {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  return { median, line: `n=${sorted.length} min=${sorted[0]!.toFixed(1)} median=${median.toFixed(1)} p90=${quantile(sorted, 0.9).toFixed(1)} max=${sorted.at(-1)!.toFixed(1)} ms` };
}

function connectedStub(socketPath: string): NriStub {
  const nothing = async (): Promise<void> => {};
  return new NriStub({
    name: 'netclaim-bench',
    index: '50',
    socketPath,
    logger: createLogger({}, { level: 'error' }),
    handlers: { runPodSandbox: nothing, stopPodSandbox: nothing, removePodSandbox: nothing },
  });
}

async function timedRunPodSandbox(containerd: TestContainerd, label: string): Promise<number> {
  const started = performance.now();
  const podId = await containerd.cri.runPodSandbox(testPodConfig(label));
  const elapsed = performance.now() - started;
  await containerd.cri.stopPodSandbox(podId);
  await containerd.cri.removePodSandbox(podId);
  return elapsed;
}

/** Runs `count` pods with the stub connected; connection setup happens before the timed calls. */
async function timedWithPlugin(containerd: TestContainerd, count: number): Promise<number[]> {
  const stub = connectedStub(containerd.nriSocket);
  await stub.start();
  try {
    const samples: number[] = [];
    for (let i = 0; i < count; i++) samples.push(await timedRunPodSandbox(containerd, 'bench-nri'));
    return samples;
  } finally {
    await stub.close();
    await sleep(settleAfterCloseMs);
  }
}

async function timedWithoutPlugin(containerd: TestContainerd, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timedRunPodSandbox(containerd, 'bench-plain'));
  return samples;
}

async function measure(version: ContainerdVersion): Promise<void> {
  const containerd = await TestContainerd.start(version, { label: 'bench' });
  try {
    await timedWithoutPlugin(containerd, warmupPods);
    await timedWithPlugin(containerd, warmupPods);
    const withPlugin: number[] = [];
    const withoutPlugin: number[] = [];
    for (let block = 0; block < podsPerSeries / podsPerBlock; block++) {
      // Alternate which series goes first so neither always runs right after a plugin disconnect.
      if (block % 2 === 0) {
        withPlugin.push(...await timedWithPlugin(containerd, podsPerBlock));
        withoutPlugin.push(...await timedWithoutPlugin(containerd, podsPerBlock));
      } else {
        withoutPlugin.push(...await timedWithoutPlugin(containerd, podsPerBlock));
        withPlugin.push(...await timedWithPlugin(containerd, podsPerBlock));
      }
    }
    const connected = describeSeries(withPlugin);
    const plain = describeSeries(withoutPlugin);
    const added = connected.median - plain.median;
    const pairedDifferences = describeSeries(withPlugin.map((sample, i) => sample - withoutPlugin[i]!));
    console.log(`containerd ${version} RunPodSandbox with NRI stub:  ${connected.line}`);
    console.log(`containerd ${version} RunPodSandbox without plugin: ${plain.line}`);
    console.log(`containerd ${version} paired differences:           ${pairedDifferences.line}`);
    // Other load on the machine widens the spread far beyond the 2 ms target: say how busy it was.
    console.log(`containerd ${version} load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${availableParallelism()} cpus`);
    console.log(`containerd ${version} added median: ${added.toFixed(2)} ms; median paired difference: ${pairedDifferences.median.toFixed(2)} ms (target <= ${addedMedianTargetMs} ms: ${added <= addedMedianTargetMs ? 'met' : 'NOT met'})`);
  } finally {
    await containerd.cleanup();
  }
}

export async function run(): Promise<void> {
  if (!runningAsRoot()) {
    console.log('containerd bench: skipped, driving containerd needs root');
    return;
  }
  await measure('1.7');
}

if (import.meta.main) await run();

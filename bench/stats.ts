/** Small statistics for benchmark reports. */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

export function formatMs(value: number): string {
  return `${value.toFixed(value < 1 ? 3 : 2)} ms`;
}

/** "name  p50 x ms  p95 y ms" for a sample set. */
export function summary(name: string, samples: number[]): string {
  return `${name.padEnd(34)} p50 ${formatMs(median(samples)).padStart(10)}   p95 ${formatMs(percentile(samples, 95)).padStart(10)}   n=${samples.length}`;
}

export function verdict(label: string, value: number, target: number, unit = ''): string {
  return `${label}: ${value.toFixed(3)}${unit} (target ≤ ${target}${unit}) ${value <= target ? 'MET' : 'NOT MET'}`;
}

/** Milliseconds fn takes. */
export function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** The longest the event loop was blocked (ms) while fn ran `times` times in a row. */
export async function eventLoopBlock(times: number, fn: () => Promise<unknown>): Promise<number> {
  return (await eventLoopBlocks(async () => {
    for (let i = 0; i < times; i++) await fn();
  })).maxMs;
}

export interface LoopBlocks {
  /** The longest delay of a 1 ms timer (monitorEventLoopDelay): what everything else on the loop waited. */
  maxMs: number;
  /**
   * The longest the loop was busy (not waiting for I/O: performance.eventLoopUtilization's active
   * time) between two consecutive turns of a 1 ms ticker: our own work, V8's (GC, compilation)
   * and any preemption in the middle of it; the rest of a block is a woken thread waiting for a
   * CPU. (Thread CPU time cannot tell them apart here: getrusage's per-thread figure moves in
   * scheduler ticks of 4 ms.)
   */
  maxOwnMs: number;
  /** Time the thread spent runnable waiting for a CPU over the whole run (/proc schedstat). */
  runQueueWaitMs: number;
  /** CPU time of this thread over the whole run. */
  cpuMs: number;
  /** The longest garbage-collection pause of this process in the run. */
  maxGcMs: number;
  wallMs: number;
}

/** Thread CPU ms, and run-queue wait ms from the kernel's schedstat of this thread. */
function threadTimes(): { cpu: number; wait: number } {
  const usage = process.threadCpuUsage();
  const wait = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6;
  return { cpu: (usage.user + usage.system) / 1000, wait };
}

/** How the event loop fared while `work` ran (see LoopBlocks); `work` may be a plain wait, for the floor. */
export async function eventLoopBlocks(work: () => Promise<unknown>): Promise<LoopBlocks> {
  // The bench process carries the garbage of the benches before this one (a fake API server with
  // 1000 claims): collected now, so a major GC of theirs does not land in this window. GC pauses
  // inside the window are still counted, and reported apart.
  (globalThis as { gc?: () => void }).gc?.();
  let maxGcMs = 0;
  const gcObserver = new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) maxGcMs = Math.max(maxGcMs, entry.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let last = performance.eventLoopUtilization();
  let maxOwnMs = 0;
  // A busy timer makes every block visible as delay.
  const ticker = setInterval(() => {
    const now = performance.eventLoopUtilization();
    maxOwnMs = Math.max(maxOwnMs, performance.eventLoopUtilization(now, last).active);
    last = now;
  }, 1);
  const before = threadTimes();
  const started = performance.now();
  histogram.enable();
  await work();
  histogram.disable();
  clearInterval(ticker);
  gcObserver.disconnect();
  const after = threadTimes();
  return { maxMs: histogram.max / 1e6, maxOwnMs, runQueueWaitMs: after.wait - before.wait, cpuMs: after.cpu - before.cpu, maxGcMs, wallMs: performance.now() - started };
}

/** Small statistics for benchmark reports. */
import { monitorEventLoopDelay } from 'node:perf_hooks';

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
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  // A busy timer makes every block visible as delay.
  const ticker = setInterval(() => {}, 1);
  histogram.enable();
  for (let i = 0; i < times; i++) await fn();
  histogram.disable();
  clearInterval(ticker);
  return histogram.max / 1e6;
}

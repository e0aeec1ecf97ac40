/**
 * A Clock (plugin/concurrency/clock.ts) that moves only when the test says: `advance(ms)` runs
 * every timer due by then, in order of due time, so timing logic is tested without sleeping.
 */
import type { Clock } from '../plugin/concurrency/clock.ts';

interface Timer {
  due: number;
  seq: number;
  run: () => void;
}

export class FakeClock implements Clock {
  #now: number;
  #seq = 0;
  readonly #timers = new Set<Timer>();

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  after(ms: number, run: () => void): () => void {
    const timer = { due: this.#now + Math.max(0, ms), seq: this.#seq++, run };
    this.#timers.add(timer);
    return () => this.#timers.delete(timer);
  }

  /** Timers not yet run or cancelled. */
  get pending(): number {
    return this.#timers.size;
  }

  advance(ms: number): void {
    const until = this.#now + ms;
    for (;;) {
      const next = [...this.#timers].filter((timer) => timer.due <= until).sort((a, b) => a.due - b.due || a.seq - b.seq)[0];
      if (!next) break;
      this.#timers.delete(next);
      this.#now = next.due;
      next.run();
    }
    this.#now = until;
  }
}

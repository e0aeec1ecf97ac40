/**
 * Time as something passed in: code whose behaviour depends on how long something lasted
 * (debouncing, hold-down before tainting) takes a Clock, so tests drive it with a fake one
 * instead of sleeping (testing/fake-clock.ts).
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `run` once after `ms`; the returned cancel function is safe to call at any time. */
  after(ms: number, run: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    // A pending debounce must never keep the process alive on its own.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

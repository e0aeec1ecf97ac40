/**
 * One way to race work against a timer. Node's setTimeout takes a signed 32-bit delay: anything
 * from 2^31 ms on is replaced by 1 ms, so a huge timeout a peer asks for would expire at once.
 * Every delay here is clamped instead, and the timer is always cleared when the race settles.
 */

/** The longest delay setTimeout honours (about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A delay setTimeout will honour: negative and NaN become 0, anything above MAX_TIMER_MS is MAX_TIMER_MS. */
export function clampDelay(ms: number): number {
  if (!(ms > 0)) return 0;
  return Math.min(ms, MAX_TIMER_MS);
}

/**
 * Settles like `work`, unless `ms` elapses first: then rejects with what `expire` returns (expire
 * may also abort the work). With `ms` undefined there is no deadline.
 */
export function withDeadline<T>(work: Promise<T>, ms: number | undefined, expire: () => Error): Promise<T> {
  if (ms === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(expire()), clampDelay(ms));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

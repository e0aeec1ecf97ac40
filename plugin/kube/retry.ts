/**
 * Retries with capped exponential backoff and full jitter, for API calls that can meet a
 * restarting API server. Bounded by attempts and by an AbortSignal so shutdown never waits on
 * a retry loop.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { isTransient } from './errors.ts';

export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface RetryOptions extends BackoffOptions {
  attempts: number;
  retryable?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  signal?: AbortSignal;
  /** Random source in [0, 1), injectable so delays are deterministic in tests. */
  random?: () => number;
}

export const defaultBackoff: BackoffOptions = { initialDelayMs: 200, maxDelayMs: 10_000 };

/** Delay before retry number `attempt` (1-based): uniform in [0, min(max, initial·2^(attempt-1))]. */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling * random());
}

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const retryable = options.retryable ?? isTransient;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= options.attempts || !retryable(error) || options.signal?.aborted) throw error;
      const delay = backoffDelay(attempt, options, options.random);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay, undefined, options.signal ? { signal: options.signal } : undefined);
    }
  }
}

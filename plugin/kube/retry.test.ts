import { KubeApiError } from './errors.ts';
import { backoffDelay, withRetry } from './retry.ts';

const apiError = (code: number) => new KubeApiError(code, JSON.stringify({ kind: 'Status', code }));

describe('backoff', () => {
  it('doubles the ceiling per attempt up to the maximum', () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, options, () => 0.999999))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });
});

describe('withRetry', () => {
  const fast = { initialDelayMs: 1, maxDelayMs: 2 };

  it('retries transient failures (no answer, 5xx, 429) until success', async () => {
    const failures = [new Error('ECONNREFUSED'), apiError(503), apiError(429)];
    let calls = 0;
    const retried: number[] = [];
    const result = await withRetry(async () => {
      const failure = failures[calls++];
      if (failure) throw failure;
      return 'ok';
    }, { ...fast, attempts: 5, onRetry: (_error, attempt) => retried.push(attempt) });
    expect(result).toBe('ok');
    expect(retried).toEqual([1, 2, 3]);
  });

  it('gives up at once on client errors and after the last attempt', async () => {
    let calls = 0;
    await expect(withRetry(async () => { calls++; throw apiError(404); }, { ...fast, attempts: 5 })).rejects.toMatchObject({ code: 404 });
    expect(calls).toBe(1);
    calls = 0;
    await expect(withRetry(async () => { calls++; throw apiError(500); }, { ...fast, attempts: 3 })).rejects.toMatchObject({ code: 500 });
    expect(calls).toBe(3);
  });
});

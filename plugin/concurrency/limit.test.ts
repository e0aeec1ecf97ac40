import { ConcurrencyLimit } from './limit.ts';

/** Lets every queued promise continuation run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => { resolve = done; });
  return { promise, resolve };
}

test('no more than the limit run at once; the rest start in order as slots free up', async () => {
  const limit = new ConcurrencyLimit(2);
  const gates = [deferred(), deferred(), deferred(), deferred()];
  const started: number[] = [];
  const tasks = gates.map((gate, index) => limit.run(async () => {
    started.push(index);
    await gate.promise;
    return index;
  }));
  await settle();
  expect(started).toEqual([0, 1]);
  expect([limit.running, limit.waiting]).toEqual([2, 2]);
  gates[1]!.resolve();
  await settle();
  expect(started).toEqual([0, 1, 2]);
  for (const gate of gates) gate.resolve();
  expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3]);
  expect([limit.running, limit.waiting]).toEqual([0, 0]);
});

test('a failing task frees its slot', async () => {
  const limit = new ConcurrencyLimit(1);
  await expect(limit.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
  await expect(limit.run(async () => 'next')).resolves.toBe('next');
  expect(limit.running).toBe(0);
});

test('a limit below one is refused', () => {
  expect(() => new ConcurrencyLimit(0)).toThrow('concurrency limit must be a positive integer, got 0');
});

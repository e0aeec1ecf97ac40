import { KeyedLock } from './keyed-lock.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((done) => { resolve = done; });
  return { promise, resolve };
}

test('tasks of one key run one after another, in order', async () => {
  const lock = new KeyedLock();
  const events: string[] = [];
  const gate = deferred();
  const first = lock.run('a', async () => { events.push('first start'); await gate.promise; events.push('first end'); });
  const second = lock.run('a', async () => { events.push('second'); });
  await Promise.resolve();
  expect(events).toEqual(['first start']);
  gate.resolve();
  await Promise.all([first, second]);
  expect(events).toEqual(['first start', 'first end', 'second']);
});

test('a task of another key is not held up by a blocked key', async () => {
  const lock = new KeyedLock();
  const gate = deferred();
  const blocked = lock.run('a', () => gate.promise);
  await expect(lock.run('b', async () => 'b done')).resolves.toBe('b done');
  gate.resolve();
  await blocked;
});

test('a failed task passes its error to its caller and does not stop the next one', async () => {
  const lock = new KeyedLock();
  const failing = lock.run('a', async () => { throw new Error('boom'); });
  const next = lock.run('a', async () => 'next');
  await expect(failing).rejects.toThrow('boom');
  await expect(next).resolves.toBe('next');
});

test('keys are forgotten once their work is done', async () => {
  const lock = new KeyedLock();
  await Promise.all([lock.run('a', async () => 1), lock.run('b', async () => 2)]);
  await new Promise((resolve) => setImmediate(resolve));
  expect(lock.busyKeys).toBe(0);
});

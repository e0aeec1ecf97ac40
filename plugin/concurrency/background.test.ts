import { BackgroundWork } from './background.ts';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

test('settled waits for every running task, including tasks started by tasks', async () => {
  const errors: unknown[] = [];
  const work = new BackgroundWork();
  const first = deferred();
  const second = deferred();
  const done: string[] = [];
  work.run(async () => {
    await first.promise;
    done.push('first');
    work.run(async () => { await second.promise; done.push('second'); }, (error) => errors.push(error));
  }, (error) => errors.push(error));
  let settled = false;
  const waiting = work.settled().then(() => { settled = true; });
  first.resolve();
  await Promise.resolve();
  expect(settled).toBe(false);
  second.resolve();
  await waiting;
  expect(done).toEqual(['first', 'second']);
  expect(work.size).toBe(0);
  expect(errors).toEqual([]);
});

test('a failed task goes to its own failure handler and does not reject settled', async () => {
  const errors: Array<[string, string]> = [];
  const work = new BackgroundWork();
  work.run(async () => { throw new Error('disk full'); }, (error) => errors.push(['checkpoint', (error as Error).message]));
  work.run(async () => undefined, (error) => errors.push(['sweep', (error as Error).message]));
  await work.settled();
  expect(errors).toEqual([['checkpoint', 'disk full']]);
  expect(work.size).toBe(0);
});

import { jest } from '@jest/globals';
import { MAX_TIMER_MS, clampDelay, withDeadline } from './deadline.ts';

// A fake clock: it reproduces Node's overflow (a delay from 2^31 ms on becomes 1 ms), so the
// clamping is checked against the behaviour it exists to avoid, without waiting for anything.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const never = (): Promise<never> => new Promise<never>(() => {});

function outcome<T>(promise: Promise<T>): { state: () => string } {
  let state = 'pending';
  promise.then(() => { state = 'resolved'; }, (error: Error) => { state = `rejected: ${error.message}`; });
  return { state: () => state };
}

test('clampDelay keeps delays a timer honours', () => {
  expect([clampDelay(-5), clampDelay(Number.NaN), clampDelay(0), clampDelay(1500), clampDelay(2 ** 31), clampDelay(2 ** 62)])
    .toEqual([0, 0, 0, 1500, MAX_TIMER_MS, MAX_TIMER_MS]);
});

test('settles like the work when it finishes first, and leaves no timer behind', async () => {
  await expect(withDeadline(Promise.resolve('done'), 1000, () => new Error('late'))).resolves.toBe('done');
  await expect(withDeadline(Promise.reject(new Error('broken')), 1000, () => new Error('late'))).rejects.toThrow('broken');
  expect(jest.getTimerCount()).toBe(0);
});

test('rejects with the expiry error once the delay has passed, not before', async () => {
  const raced = outcome(withDeadline(never(), 100, () => new Error('too slow')));
  await jest.advanceTimersByTimeAsync(99);
  expect(raced.state()).toBe('pending');
  await jest.advanceTimersByTimeAsync(1);
  expect(raced.state()).toBe('rejected: too slow');
});

test('a delay of 2^31 ms or more waits the longest a timer can, instead of expiring at once', async () => {
  const raced = outcome(withDeadline(never(), 2 ** 40, () => new Error('expired')));
  await jest.advanceTimersByTimeAsync(1000);
  expect(raced.state()).toBe('pending');
  await jest.advanceTimersByTimeAsync(MAX_TIMER_MS);
  expect(raced.state()).toBe('rejected: expired');
});

test('no delay means no deadline', async () => {
  const work = never();
  expect(withDeadline(work, undefined, () => new Error('x'))).toBe(work);
  expect(jest.getTimerCount()).toBe(0);
});

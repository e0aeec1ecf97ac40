import { pace, STRETCH_MS } from './pace.ts';

/** Runs synchronously for longer than a stretch may last (a condition on the clock, not a sleep). */
function holdTheLoop(): void {
  const started = performance.now();
  while (performance.now() - started <= STRETCH_MS * 2);
}

describe('pace', () => {
  test('a synchronous stretch longer than STRETCH_MS gives the event loop a turn before it goes on', async () => {
    await pace();
    let otherWorkRan = false;
    setImmediate(() => {
      otherWorkRan = true;
    });
    holdTheLoop();
    await pace();
    expect(otherWorkRan).toBe(true);
  });
});

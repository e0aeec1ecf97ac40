/**
 * Polls until a condition holds, for tests that observe effects which arrive asynchronously
 * (watch events, background syncs). Bounded: throws after `timeoutMs`.
 */
export async function waitFor(condition: () => boolean, timeoutMs = 5000, pollMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

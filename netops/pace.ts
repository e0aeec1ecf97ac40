/**
 * Cooperative pacing of synchronous netlink work. Most rtnetlink requests are synchronous (the
 * kernel answers inside sendmsg, 0.05-0.2 ms each), but an attach or detach chains a dozen of
 * them plus the JavaScript between them, and a chain run in one go held the event loop for
 * 3-5 ms on a quiet machine (every timer, NRI and kubelet request waited behind it). Callers
 * `await pace()` between steps: once the current stretch has run longer than STRETCH_MS, it
 * yields to the event loop (setImmediate: due timers and I/O run first, no thread hop, the
 * thread never sleeps); otherwise it costs one microtask.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** The longest the event loop is held between two steps of netlink work. */
export const STRETCH_MS = 1;

let stretchStarted = performance.now();

export async function pace(): Promise<void> {
  // The stretch is counted from the last yield; the first pace() after a pause cannot know when
  // the current stretch began and takes it as long (a yield costs microseconds).
  if (performance.now() - stretchStarted <= STRETCH_MS) return;
  await nextTurn();
  stretchStarted = performance.now();
}

/**
 * Runs tasks one at a time per key and concurrently across keys: prepare and unprepare of one
 * claim must not interleave (an unprepare overtaking a prepare would leave a plan behind), but
 * one slow API read must not hold up every other pod on the node.
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    // The map holds only keys with work queued, so it stays as small as the work in flight: the
    // tail (which the next task on this key waits for) takes its key out when it is the last.
    const forget = (): void => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    };
    const tail: Promise<void> = result.then(forget, forget);
    this.#tails.set(key, tail);
    return result;
  }

  /** Keys with a task running or queued. */
  get busyKeys(): number {
    return this.#tails.size;
  }
}

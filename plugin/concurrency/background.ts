/**
 * Work that runs after its caller has answered (checkpoints off the critical path, periodic
 * sweeps), owned here so that nothing is fire-and-forget: shutdown and tests wait for `settled()`
 * instead of guessing how long the work takes.
 */
export class BackgroundWork {
  readonly #running = new Set<Promise<void>>();

  /**
   * Starts `work` now and keeps it until it settles. A failure goes to `onFailure` (which logs it
   * with the fields an operator greps for) and never rejects anything else.
   */
  run(work: () => Promise<unknown>, onFailure: (error: unknown) => void): void {
    const running: Promise<void> = work()
      .then(() => undefined, onFailure)
      .finally(() => this.#running.delete(running));
    this.#running.add(running);
  }

  /** Tasks not yet settled. */
  get size(): number {
    return this.#running.size;
  }

  /** Resolves once every task started so far, and every task those started, has settled. */
  async settled(): Promise<void> {
    while (this.#running.size) await Promise.all([...this.#running]);
  }
}

/**
 * Where calls from the kubelet and the runtime meet the parts that hold the state directory. A new
 * agent instance serves its sockets before it holds the directory (the old instance is handing
 * over); a call that arrives meanwhile waits here, bounded by its own deadline, and is then served
 * from the records the old instance left. In the ordinary start the gate opens before any door
 * does, and nothing ever waits.
 */
export class HolderGate<T> {
  #value: T | undefined;
  readonly #waiters = new Set<(value: T) => void>();

  /** The holder's value once the gate is open. */
  get current(): T | undefined {
    return this.#value;
  }

  open(value: T): void {
    this.#value = value;
    for (const wake of this.#waiters) wake(value);
    this.#waiters.clear();
  }

  /** The holder's value now, or once it opens; rejects with the signal's reason if that comes first. */
  get(signal: AbortSignal): Promise<T> {
    if (this.#value !== undefined) return Promise.resolve(this.#value);
    return new Promise<T>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason as Error);
      const wake = (value: T): void => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      };
      const abort = (): void => {
        this.#waiters.delete(wake);
        reject(signal.reason as Error);
      };
      this.#waiters.add(wake);
      signal.addEventListener('abort', abort, { once: true });
    });
  }
}

/**
 * The parts of the agent that are running, in the order they started, so that one routine stops
 * them in reverse: at shutdown, and when start-up fails half way (a daemon that logged a fatal
 * error and then ran on with what it had started — publishing devices it could not prepare — is
 * what this exists to prevent). Each part is stopped once; a part that fails to stop is logged and
 * the rest still stop.
 */
import type { Logger } from '../log.ts';

interface Part {
  name: string;
  stop(): Promise<void> | void;
}

export class StartedParts {
  readonly #parts: Part[] = [];
  readonly #log: Logger;

  constructor(log: Logger) {
    this.#log = log;
  }

  /** Registers what stops a part that has just started. */
  add(name: string, stop: () => Promise<void> | void): void {
    this.#parts.push({ name, stop });
  }

  /** Stops every part, last started first. */
  async stopAll(): Promise<void> {
    for (let part = this.#parts.pop(); part; part = this.#parts.pop()) {
      try {
        await part.stop();
      } catch (error) {
        this.#log.error('stopping a part of the agent failed', { part: part.name, error });
      }
    }
  }
}

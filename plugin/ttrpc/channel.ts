/**
 * One ttrpc connection's byte plumbing, shared by client and server: framing in both directions
 * and a single, reasoned close. Protocol logic (streams, statuses) stays in client.ts/server.ts.
 */
import type { Duplex } from 'node:stream';
import { clampDelay } from '../concurrency/deadline.ts';
import { TtrpcProtocolError } from './errors.ts';
import { MessageReader, encodeMessage, type ReadEvent } from './framing.ts';

/**
 * How long a message may stay unfinished once its first byte arrived. A runtime writes a whole
 * message (≤ 4 MiB) at once over a local socket, which takes milliseconds; a peer still trickling
 * one after this long holds our buffer for nothing, and gets a reasoned close.
 */
export const MESSAGE_ASSEMBLY_TIMEOUT_MS = 5000;

export interface ChannelOptions {
  /** Overrides MESSAGE_ASSEMBLY_TIMEOUT_MS (tests). */
  assemblyTimeoutMs?: number;
}

export class MessageChannel {
  readonly #reader = new MessageReader();
  readonly #stream: Duplex;
  readonly #closeListeners: Array<(reason: Error | undefined) => void> = [];
  readonly #assemblyTimeoutMs: number;
  #assemblyTimer: NodeJS.Timeout | undefined;
  #closeReason: Error | undefined;
  #isClosed = false;

  constructor(stream: Duplex, onMessage: (event: ReadEvent) => void, options: ChannelOptions = {}) {
    this.#stream = stream;
    this.#assemblyTimeoutMs = options.assemblyTimeoutMs ?? MESSAGE_ASSEMBLY_TIMEOUT_MS;
    stream.on('data', (chunk: Buffer) => {
      if (this.#isClosed) return;
      const events = this.#reader.push(chunk);
      this.#watchAssembly(events.length > 0);
      for (const event of events) {
        if (this.#isClosed) return;
        onMessage(event);
      }
    });
    stream.on('end', () => {
      this.#finish(this.#reader.hasPartialMessage ? new TtrpcProtocolError('peer closed in the middle of a message') : undefined);
      stream.end();
    });
    stream.on('error', (error: Error) => this.#finish(error));
    stream.on('close', () => this.#finish(undefined));
  }

  get closed(): boolean {
    return this.#isClosed;
  }

  send(streamId: number, type: number, payload: Uint8Array): void {
    if (this.#isClosed) return;
    this.#stream.write(encodeMessage(streamId, type, payload));
  }

  /** Closes the connection; `reason` (a protocol error, say) reaches the close listeners. */
  close(reason?: Error): void {
    this.#finish(reason);
    this.#stream.destroy();
  }

  /** Called once, with the reason the connection ended (undefined for an orderly close). */
  onClose(listener: (reason: Error | undefined) => void): void {
    if (this.#isClosed) queueMicrotask(() => listener(this.#closeReason));
    else this.#closeListeners.push(listener);
  }

  // The clock runs from the first byte of a message to its last: restarted when a message
  // completed, stopped when nothing is pending.
  #watchAssembly(completed: boolean): void {
    if (completed || !this.#reader.hasPartialMessage) {
      clearTimeout(this.#assemblyTimer);
      this.#assemblyTimer = undefined;
    }
    if (!this.#reader.hasPartialMessage || this.#assemblyTimer) return;
    this.#assemblyTimer = setTimeout(() => {
      this.close(new TtrpcProtocolError(`a message stayed unfinished for ${this.#assemblyTimeoutMs} ms (${this.#reader.heldBytes} bytes held); the peer is trickling or stalled`));
    }, clampDelay(this.#assemblyTimeoutMs));
  }

  #finish(reason: Error | undefined): void {
    if (this.#isClosed) return;
    this.#isClosed = true;
    this.#closeReason = reason;
    clearTimeout(this.#assemblyTimer);
    for (const listener of this.#closeListeners.splice(0)) listener(reason);
  }
}

/**
 * One ttrpc connection's byte plumbing, shared by client and server: framing in both directions
 * and a single, reasoned close. Protocol logic (streams, statuses) stays in client.ts/server.ts.
 */
import type { Duplex } from 'node:stream';
import { TtrpcProtocolError } from './errors.ts';
import { MessageReader, encodeMessage, type ReadEvent } from './framing.ts';

export class MessageChannel {
  private readonly reader = new MessageReader();
  private readonly stream: Duplex;
  private readonly closeListeners: Array<(reason: Error | undefined) => void> = [];
  private closeReason: Error | undefined;
  private isClosed = false;

  constructor(stream: Duplex, onMessage: (event: ReadEvent) => void) {
    this.stream = stream;
    stream.on('data', (chunk: Buffer) => {
      if (this.isClosed) return;
      for (const event of this.reader.push(chunk)) {
        if (this.isClosed) return;
        onMessage(event);
      }
    });
    stream.on('end', () => {
      this.finish(this.reader.hasPartialMessage ? new TtrpcProtocolError('peer closed in the middle of a message') : undefined);
      stream.end();
    });
    stream.on('error', (error: Error) => this.finish(error));
    stream.on('close', () => this.finish(undefined));
  }

  get closed(): boolean {
    return this.isClosed;
  }

  send(streamId: number, type: number, payload: Uint8Array): void {
    if (this.isClosed) return;
    this.stream.write(encodeMessage(streamId, type, payload));
  }

  /** Closes the connection; `reason` (a protocol error, say) reaches the close listeners. */
  close(reason?: Error): void {
    this.finish(reason);
    this.stream.destroy();
  }

  /** Called once, with the reason the connection ended (undefined for an orderly close). */
  onClose(listener: (reason: Error | undefined) => void): void {
    if (this.isClosed) queueMicrotask(() => listener(this.closeReason));
    else this.closeListeners.push(listener);
  }

  private finish(reason: Error | undefined): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.closeReason = reason;
    for (const listener of this.closeListeners.splice(0)) listener(reason);
  }
}

/**
 * ttrpc message framing: a 10-byte big-endian header (u32 payload length, u32 stream ID,
 * u8 type, u8 flags) before each payload. The reader never holds more than one message of at
 * most MAX_MESSAGE_BYTES: a longer message is skipped byte by byte and reported, as Go's ttrpc
 * does, so the call fails with RESOURCE_EXHAUSTED while the connection survives.
 */
export const HEADER_BYTES = 10;
export const MAX_MESSAGE_BYTES = 4 << 20;

export const MessageType = { REQUEST: 1, RESPONSE: 2, DATA: 3 } as const;

export interface MessageHeader {
  length: number;
  streamId: number;
  type: number;
  flags: number;
}

export type ReadEvent =
  | { kind: 'message'; header: MessageHeader; payload: Buffer }
  | { kind: 'oversized'; header: MessageHeader };

export function encodeMessage(streamId: number, type: number, payload: Uint8Array, flags = 0): Buffer {
  const message = Buffer.allocUnsafe(HEADER_BYTES + payload.length);
  message.writeUInt32BE(payload.length, 0);
  message.writeUInt32BE(streamId, 4);
  message.writeUInt8(type, 8);
  message.writeUInt8(flags, 9);
  message.set(payload, HEADER_BYTES);
  return message;
}

export class MessageReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  // Header of the message being assembled, once its 10 bytes are in.
  private current: MessageHeader | undefined;
  private skipping: { header: MessageHeader; remaining: number } | undefined;

  /** Consumes bytes in any split; returns every message they complete. */
  push(chunk: Buffer): ReadEvent[] {
    const events: ReadEvent[] = [];
    let input = chunk;
    while (input.length > 0) {
      if (this.skipping) {
        const skipped = Math.min(this.skipping.remaining, input.length);
        this.skipping.remaining -= skipped;
        input = input.subarray(skipped);
        if (this.skipping.remaining === 0) {
          events.push({ kind: 'oversized', header: this.skipping.header });
          this.skipping = undefined;
        }
        continue;
      }
      this.chunks.push(input);
      this.buffered += input.length;
      input = this.drainBuffered(events);
    }
    return events;
  }

  /** Whether a partial message is pending: bytes that a closing peer left unfinished. */
  get hasPartialMessage(): boolean {
    return this.buffered > 0 || this.skipping !== undefined;
  }

  // Takes whole messages off the buffered bytes; returns the bytes after an oversized header,
  // which are to be skipped rather than buffered.
  private drainBuffered(events: ReadEvent[]): Buffer {
    for (;;) {
      if (this.current === undefined) {
        if (this.buffered < HEADER_BYTES) return Buffer.alloc(0);
        const head = this.coalesce();
        const header: MessageHeader = {
          length: head.readUInt32BE(0),
          streamId: head.readUInt32BE(4),
          type: head.readUInt8(8),
          flags: head.readUInt8(9),
        };
        if (header.length > MAX_MESSAGE_BYTES) {
          this.keep(Buffer.alloc(0));
          this.skipping = { header, remaining: header.length };
          return head.subarray(HEADER_BYTES);
        }
        this.current = header;
      }
      const total = HEADER_BYTES + this.current.length;
      if (this.buffered < total) return Buffer.alloc(0);
      const all = this.coalesce();
      events.push({ kind: 'message', header: this.current, payload: all.subarray(HEADER_BYTES, total) });
      this.current = undefined;
      this.keep(all.subarray(total));
    }
  }

  private coalesce(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0]!;
  }

  private keep(rest: Buffer): void {
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
  }
}

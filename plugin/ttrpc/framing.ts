/**
 * ttrpc message framing: a 10-byte big-endian header (u32 payload length, u32 stream ID,
 * u8 type, u8 flags) before each payload. The reader never holds more than one message of at
 * most MAX_MESSAGE_BYTES, in one buffer however it was split: a longer message is skipped byte by
 * byte and reported, as Go's ttrpc does, so the call fails with RESOURCE_EXHAUSTED while the
 * connection survives.
 */
export const HEADER_BYTES = 10;
export const MAX_MESSAGE_BYTES = 4 << 20;

const EMPTY = Buffer.alloc(0);
const MIN_PAYLOAD_BUFFER_BYTES = 4096;

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
  readonly #header = Buffer.alloc(HEADER_BYTES);
  #headerFilled = 0;
  // Header of the message being assembled, once its 10 bytes are in.
  #current: MessageHeader | undefined;
  // Its payload so far, copied out of the chunks it came in: a message delivered in a million
  // tiny pieces costs one buffer that grows with what arrived (up to the message), not a million
  // small buffers each keeping its whole socket read alive.
  #payload = EMPTY;
  #payloadFilled = 0;
  #skipping: { header: MessageHeader; remaining: number } | undefined;

  /** Consumes bytes in any split; returns every message they complete. */
  push(chunk: Buffer): ReadEvent[] {
    const events: ReadEvent[] = [];
    let input = chunk;
    while (input.length > 0) {
      if (this.#skipping) {
        const skipped = Math.min(this.#skipping.remaining, input.length);
        this.#skipping.remaining -= skipped;
        input = input.subarray(skipped);
        if (this.#skipping.remaining === 0) {
          events.push({ kind: 'oversized', header: this.#skipping.header });
          this.#skipping = undefined;
        }
        continue;
      }
      if (this.#current === undefined) {
        const taken = Math.min(HEADER_BYTES - this.#headerFilled, input.length);
        input.copy(this.#header, this.#headerFilled, 0, taken);
        this.#headerFilled += taken;
        input = input.subarray(taken);
        if (this.#headerFilled < HEADER_BYTES) break;
        this.#headerFilled = 0;
        const header: MessageHeader = {
          length: this.#header.readUInt32BE(0),
          streamId: this.#header.readUInt32BE(4),
          type: this.#header.readUInt8(8),
          flags: this.#header.readUInt8(9),
        };
        if (header.length > MAX_MESSAGE_BYTES) {
          this.#skipping = { header, remaining: header.length };
          continue;
        }
        this.#current = header;
      }
      const taken = Math.min(this.#current.length - this.#payloadFilled, input.length);
      this.#append(input.subarray(0, taken));
      input = input.subarray(taken);
      if (this.#payloadFilled === this.#current.length) {
        events.push({ kind: 'message', header: this.#current, payload: this.#payload.subarray(0, this.#payloadFilled) });
        this.#current = undefined;
        this.#payload = EMPTY;
        this.#payloadFilled = 0;
      }
    }
    return events;
  }

  /** Whether a partial message is pending: bytes that a closing peer left unfinished. */
  get hasPartialMessage(): boolean {
    return this.#headerFilled > 0 || this.#current !== undefined || this.#skipping !== undefined;
  }

  /** Bytes of memory the reader holds for the message being assembled (at most one message). */
  get heldBytes(): number {
    return this.#header.length + this.#payload.length;
  }

  // Grows the payload buffer geometrically, never past the announced length: memory follows the
  // bytes that arrived, so a header announcing 4 MiB followed by silence costs nothing.
  #append(bytes: Buffer): void {
    const needed = this.#payloadFilled + bytes.length;
    if (needed > this.#payload.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.#current!.length, Math.max(needed, this.#payload.length * 2, MIN_PAYLOAD_BUFFER_BYTES)));
      this.#payload.copy(grown, 0, 0, this.#payloadFilled);
      this.#payload = grown;
    }
    bytes.copy(this.#payload, this.#payloadFilled);
    this.#payloadFilled = needed;
  }
}

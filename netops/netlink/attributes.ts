/**
 * Netlink attribute (TLV) encoding and decoding: 4-byte header (u16 length, u16 type), payload,
 * padding to 4 bytes; nested attributes are attributes whose payload is more attributes.
 * Values are host byte order except where the kernel says otherwise (addresses are raw bytes).
 */

const ALIGN = 4;
const NLA_HEADER = 4;
/** The top two bits are flags (NLA_F_NESTED, NLA_F_NET_BYTEORDER); the type is the rest. */
const NLA_TYPE_MASK = 0x3fff;

export function align(length: number): number {
  return (length + ALIGN - 1) & ~(ALIGN - 1);
}

/** One field of a fixed family header: byte offset, width in bytes, value (little-endian, as the host). */
export type HeaderField = readonly [offset: number, width: 1 | 2 | 4, value: number];

/** A fixed family header (ifinfomsg, ifaddrmsg, ndmsg): zero bytes with the given fields written in. */
export function packHeader(size: number, ...fields: HeaderField[]): Buffer {
  const header = Buffer.alloc(size);
  // >>> 0 gives a signed 32-bit field (an s32 index) the same bytes as its unsigned reading.
  for (const [offset, width, value] of fields) header.writeUIntLE(width === 4 ? value >>> 0 : value, offset, width);
  return header;
}

/**
 * Builds one netlink message body: a fixed family header followed by attributes. Nesting is
 * by callback so lengths are always back-patched correctly.
 */
export class MessageWriter {
  #buffer: Buffer;
  #length = 0;

  constructor(initialSize = 256) {
    this.#buffer = Buffer.alloc(initialSize);
  }

  /** Appends raw bytes (a family header such as ifinfomsg), padded to 4 bytes. */
  raw(bytes: Buffer): this {
    this.#reserve(align(bytes.length));
    bytes.copy(this.#buffer, this.#length);
    this.#length += align(bytes.length);
    return this;
  }

  bytes(type: number, value: Buffer): this {
    const start = this.#attributeHeader(type, value.length);
    this.#reserve(align(value.length));
    value.copy(this.#buffer, start + NLA_HEADER);
    this.#length += align(value.length);
    return this;
  }

  u8(type: number, value: number): this {
    return this.bytes(type, Buffer.of(value));
  }

  u16(type: number, value: number): this {
    const b = Buffer.alloc(2);
    b.writeUInt16LE(value);
    return this.bytes(type, b);
  }

  u32(type: number, value: number): this {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(value >>> 0);
    return this.bytes(type, b);
  }

  s32(type: number, value: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32LE(value);
    return this.bytes(type, b);
  }

  /** NUL-terminated, as the kernel's NLA_NUL_STRING / NLA_STRING policies expect. */
  string(type: number, value: string): this {
    return this.bytes(type, Buffer.from(value + '\0', 'utf8'));
  }

  nested(type: number, fill: (writer: this) => void): this {
    const start = this.#attributeHeader(type, 0);
    fill(this);
    this.#buffer.writeUInt16LE(this.#length - start, start);
    return this;
  }

  finish(): Buffer {
    return this.#buffer.subarray(0, this.#length);
  }

  #attributeHeader(type: number, payloadLength: number): number {
    this.#reserve(NLA_HEADER);
    const start = this.#length;
    this.#buffer.writeUInt16LE(NLA_HEADER + payloadLength, start);
    this.#buffer.writeUInt16LE(type, start + 2);
    this.#length += NLA_HEADER;
    return start;
  }

  #reserve(extra: number): void {
    if (this.#length + extra <= this.#buffer.length) return;
    const grown = Buffer.alloc(Math.max(this.#buffer.length * 2, this.#length + extra));
    this.#buffer.copy(grown, 0, 0, this.#length);
    this.#buffer = grown;
  }
}

/**
 * Decoded attributes of one level: type → payload. Repeated types keep the last; use list() for all.
 * Data that does not fit (an attribute running past the end, a fixed-size value of the wrong
 * size) throws RangeError, which the caller's `decoding` boundary reports as a NetlinkDecodeError:
 * a silently shortened list would read as "attribute absent" and hide the damage.
 */
export class Attributes {
  readonly #entries: Array<[number, Buffer]>;

  constructor(buffer: Buffer, offset = 0, end = buffer.length) {
    if (offset > end) throw new RangeError(`a ${offset}-byte header does not fit in ${end} bytes`);
    this.#entries = [];
    let position = offset;
    // Fewer than NLA_HEADER bytes left is the padding of the last attribute.
    while (position + NLA_HEADER <= end) {
      const length = buffer.readUInt16LE(position);
      if (length < NLA_HEADER || position + length > end) {
        throw new RangeError(`attribute at byte ${position} claims ${length} bytes, ${end - position} remain`);
      }
      const type = buffer.readUInt16LE(position + 2) & NLA_TYPE_MASK;
      this.#entries.push([type, buffer.subarray(position + NLA_HEADER, position + length)]);
      position += align(length);
    }
  }

  get(type: number): Buffer | undefined {
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      const entry = this.#entries[i]!;
      if (entry[0] === type) return entry[1];
    }
    return undefined;
  }

  has(type: number): boolean {
    return this.get(type) !== undefined;
  }

  list(type: number): Buffer[] {
    return this.#entries.filter(([t]) => t === type).map(([, value]) => value);
  }

  types(): number[] {
    return this.#entries.map(([type]) => type);
  }

  u8(type: number): number | undefined {
    return this.#fixed(type, 1)?.readUInt8(0);
  }

  u16(type: number): number | undefined {
    return this.#fixed(type, 2)?.readUInt16LE(0);
  }

  u32(type: number): number | undefined {
    return this.#fixed(type, 4)?.readUInt32LE(0);
  }

  s32(type: number): number | undefined {
    return this.#fixed(type, 4)?.readInt32LE(0);
  }

  string(type: number): string | undefined {
    const value = this.get(type);
    if (!value) return undefined;
    const nul = value.indexOf(0);
    return value.toString('utf8', 0, nul < 0 ? value.length : nul);
  }

  nested(type: number): Attributes | undefined {
    const value = this.get(type);
    return value ? new Attributes(value) : undefined;
  }

  #fixed(type: number, size: number): Buffer | undefined {
    const value = this.get(type);
    if (value && value.length < size) throw new RangeError(`attribute ${type} has ${value.length} bytes, expected ${size}`);
    return value;
  }
}

import { HEADER_BYTES, MAX_MESSAGE_BYTES, MessageReader, encodeMessage } from './framing.ts';

function bytes(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

describe('encodeMessage', () => {
  it('writes the 10-byte big-endian header before the payload', () => {
    const message = encodeMessage(0x01020304, 2, bytes('hi'), 0);
    expect([...message]).toEqual([0, 0, 0, 2, 1, 2, 3, 4, 2, 0, 0x68, 0x69]);
  });
});

describe('MessageReader', () => {
  const first = encodeMessage(1, 1, bytes('first'));
  const second = encodeMessage(3, 1, bytes('second message'));

  it('reassembles messages fed one byte at a time', () => {
    const reader = new MessageReader();
    const events = [...Buffer.concat([first, second])].flatMap((byte) => reader.push(Buffer.from([byte])));
    expect(events.map((event) => event.kind === 'message' && event.payload.toString())).toEqual(['first', 'second message']);
    expect(events.map((event) => event.header.streamId)).toEqual([1, 3]);
    expect(reader.hasPartialMessage).toBe(false);
  });

  it('splits coalesced messages and keeps a trailing partial one', () => {
    const reader = new MessageReader();
    const events = reader.push(Buffer.concat([first, second, second.subarray(0, 4)]));
    expect(events).toHaveLength(2);
    expect(reader.hasPartialMessage).toBe(true);
    const rest = reader.push(second.subarray(4));
    expect(rest.map((event) => event.kind === 'message' && event.payload.toString())).toEqual(['second message']);
  });

  it('accepts an empty payload', () => {
    const [event] = new MessageReader().push(encodeMessage(5, 2, new Uint8Array()));
    expect(event?.kind).toBe('message');
    expect(event?.kind === 'message' && event.payload.length).toBe(0);
  });

  it('skips an oversized message without buffering it and carries on with the next', () => {
    const reader = new MessageReader();
    const length = MAX_MESSAGE_BYTES + 1;
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32BE(length, 0);
    header.writeUInt32BE(7, 4);
    header.writeUInt8(1, 8);
    const events = [...reader.push(header)];
    const chunk = Buffer.alloc(64 * 1024);
    for (let sent = 0; sent < length; sent += chunk.length) {
      events.push(...reader.push(chunk.subarray(0, Math.min(chunk.length, length - sent))));
    }
    events.push(...reader.push(first));
    expect(events.map((event) => [event.kind, event.header.streamId])).toEqual([['oversized', 7], ['message', 1]]);
    expect(reader.hasPartialMessage).toBe(false);
  });
});

describe('MessageReader memory', () => {
  it('holds one buffer that grows with the bytes that arrived, however finely the message is split', () => {
    const reader = new MessageReader();
    const message = encodeMessage(1, 1, Buffer.alloc(256 * 1024, 0x5a));
    // A header announcing 256 KiB costs nothing until the bytes come.
    reader.push(message.subarray(0, HEADER_BYTES));
    expect(reader.heldBytes).toBe(HEADER_BYTES);
    const events = [];
    const half = HEADER_BYTES + 128 * 1024;
    for (let offset = HEADER_BYTES; offset < half; offset++) events.push(...reader.push(message.subarray(offset, offset + 1)));
    expect(events).toEqual([]);
    // Geometric growth: at most twice what arrived (before, one Buffer per byte: ~100x).
    expect(reader.heldBytes).toBeLessThanOrEqual(HEADER_BYTES + 2 * 128 * 1024);
    for (let offset = half; offset < message.length; offset++) events.push(...reader.push(message.subarray(offset, offset + 1)));
    expect(events).toHaveLength(1);
    expect(events[0]?.kind === 'message' && events[0].payload.equals(message.subarray(HEADER_BYTES))).toBe(true);
    expect(reader.heldBytes).toBe(HEADER_BYTES);
  });

  it('keeps no view into the chunks it was given', () => {
    const reader = new MessageReader();
    const chunk = Buffer.concat([encodeMessage(1, 1, bytes('abc')), encodeMessage(3, 1, bytes('def')).subarray(0, 12)]);
    const [event] = reader.push(chunk);
    chunk.fill(0);
    expect(event?.kind === 'message' && event.payload.toString()).toBe('abc');
    const [next] = reader.push(encodeMessage(3, 1, bytes('def')).subarray(12));
    expect(next?.kind === 'message' && next.payload.toString()).toBe('def');
  });
});

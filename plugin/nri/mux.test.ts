import { duplexPair, type Duplex } from 'node:stream';
import { createLogger } from '../log.ts';
import { FRAME_HEADER_BYTES, MAX_INCOMING_PAYLOAD_BYTES, MAX_OUTGOING_PAYLOAD_BYTES, MAX_QUEUED_OUTGOING_BYTES, Mux } from './mux.ts';

function frame(connId: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  header.writeUInt32BE(connId, 0);
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

/** Splits a byte stream back into frames, checking each header as it goes. */
function parseFrames(bytes: Buffer): Array<{ connId: number; payload: Buffer }> {
  const frames = [];
  let offset = 0;
  while (offset < bytes.length) {
    const connId = bytes.readUInt32BE(offset);
    const length = bytes.readUInt32BE(offset + 4);
    frames.push({ connId, payload: bytes.subarray(offset + 8, offset + 8 + length) });
    offset += 8 + length;
  }
  expect(offset).toBe(bytes.length);
  return frames;
}

function collect(stream: Duplex): { bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { bytes: () => Buffer.concat(chunks) };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function setup(): { mux: Mux; peer: Duplex; logs: string[] } {
  const [trunk, peer] = duplexPair();
  const logs: string[] = [];
  const mux = new Mux(trunk, { logger: createLogger({}, { level: 'debug', write: (line) => logs.push(line) }) });
  return { mux, peer, logs };
}

describe('Mux', () => {
  it('delivers frames to their connections, reassembling split and coalesced input', async () => {
    const { mux, peer } = setup();
    const one = collect(mux.open(1));
    const two = collect(mux.open(2));
    const wire = Buffer.concat([frame(1, Buffer.from('hello ')), frame(2, Buffer.from('other')), frame(1, Buffer.from('world'))]);
    for (let offset = 0; offset < wire.length; offset += 3) peer.write(wire.subarray(offset, offset + 3));
    peer.write(Buffer.concat([frame(1, Buffer.from('!')), frame(2, Buffer.from('?'))]));
    await tick();
    expect(one.bytes().toString()).toBe('hello world!');
    expect(two.bytes().toString()).toBe('other?');
  });

  it('never sends a frame with more than 4096 payload bytes', async () => {
    const { mux, peer } = setup();
    const sent = collect(peer);
    const message = Buffer.alloc(100 * 1024 + 5, 0xab);
    mux.open(2).write(message);
    await tick();
    const frames = parseFrames(sent.bytes());
    expect(frames.every((entry) => entry.connId === 2 && entry.payload.length <= MAX_OUTGOING_PAYLOAD_BYTES)).toBe(true);
    expect(frames).toHaveLength(26);
    expect(Buffer.concat(frames.map((entry) => entry.payload)).equals(message)).toBe(true);
  });

  it('drops frames for connections nobody opened and keeps going', async () => {
    const { mux, peer, logs } = setup();
    const one = collect(mux.open(1));
    peer.write(Buffer.concat([frame(7, Buffer.from('lost')), frame(0, Buffer.from('reserved')), frame(1, Buffer.from('kept'))]));
    await tick();
    expect(one.bytes().toString()).toBe('kept');
    expect(mux.closed).toBe(false);
    expect(logs.filter((line) => line.includes('unknown connection'))).toHaveLength(2);
  });

  it('closes with a logged reason on an oversized frame, without buffering it', async () => {
    const { mux, peer, logs } = setup();
    mux.open(1);
    const reason = new Promise<Error | undefined>((resolve) => mux.onClose(resolve));
    peer.write(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    expect((await reason)?.message).toMatch(/oversized frame: \d+ bytes .*not an NRI peer/);
    expect(mux.closed).toBe(true);
    expect(logs.some((line) => line.includes('oversized frame'))).toBe(true);
  });

  it('accepts a frame of exactly the largest ttrpc message', async () => {
    const { mux, peer } = setup();
    const one = collect(mux.open(1));
    peer.write(frame(1, Buffer.alloc(MAX_INCOMING_PAYLOAD_BYTES)));
    await tick();
    expect(one.bytes().length).toBe(MAX_INCOMING_PAYLOAD_BYTES);
    expect(mux.closed).toBe(false);
  });

  it('reports a truncated frame when the peer ends mid-frame', async () => {
    const { mux, peer } = setup();
    mux.open(1);
    const reason = new Promise<Error | undefined>((resolve) => mux.onClose(resolve));
    peer.end(frame(1, Buffer.from('complete payload')).subarray(0, 12));
    expect((await reason)?.message).toMatch(/truncated frame/);
  });

  it('closes every connection, quietly, when the peer ends between frames', async () => {
    const { mux, peer } = setup();
    const connection = mux.open(1);
    const connectionClosed = new Promise<void>((resolve) => connection.on('close', () => resolve()));
    const reason = new Promise<Error | undefined>((resolve) => mux.onClose(resolve));
    peer.end(frame(1, Buffer.from('last words')));
    expect(await reason).toBeUndefined();
    await connectionClosed;
    expect(connection.destroyed).toBe(true);
  });

  it('keeps the trunk when one connection is destroyed', async () => {
    const { mux, peer } = setup();
    mux.open(1).destroy();
    const two = collect(mux.open(2));
    peer.write(Buffer.concat([frame(1, Buffer.from('gone')), frame(2, Buffer.from('alive'))]));
    await tick();
    expect(two.bytes().toString()).toBe('alive');
    expect(mux.closed).toBe(false);
  });

  it('hands 1-byte frames for one connection on as one chunk per read, copied', async () => {
    const { mux, peer } = setup();
    const chunks: Buffer[] = [];
    mux.open(1).on('data', (chunk: Buffer) => chunks.push(chunk));
    const two = collect(mux.open(2));
    const text = 'x'.repeat(1000);
    const read = Buffer.concat([...[...text].map((char) => frame(1, Buffer.from(char))), frame(2, Buffer.from('y')), frame(1, Buffer.from('z'))]);
    peer.write(read);
    await tick();
    read.fill(0);
    // Before, each 1-byte frame was its own chunk (and a view keeping the whole read alive).
    expect(chunks.map((chunk) => chunk.toString())).toEqual([text, 'z']);
    expect(two.bytes().toString()).toBe('y');
  });

  it('closes, naming the backlog, when the peer stops reading what we send', async () => {
    const { mux } = setup();
    const reason = new Promise<Error | undefined>((resolve) => mux.onClose(resolve));
    const connection = mux.open(2);
    connection.on('error', () => {});
    const message = Buffer.alloc(MAX_INCOMING_PAYLOAD_BYTES);
    // The peer never reads: one of the largest messages may wait, three cannot.
    for (let count = 0; count < 3 && !mux.closed; count++) connection.write(message);
    expect((await reason)?.message).toMatch(new RegExp(`stopped reading: \\d+ bytes waiting to be sent \\(at most ${MAX_QUEUED_OUTGOING_BYTES}\\)`));
  });

  it('lets the same traffic through to a peer that reads', async () => {
    const { mux, peer } = setup();
    const total = 3 * (MAX_INCOMING_PAYLOAD_BYTES + Math.ceil(MAX_INCOMING_PAYLOAD_BYTES / MAX_OUTGOING_PAYLOAD_BYTES) * FRAME_HEADER_BYTES);
    let received = 0;
    const all = new Promise<void>((resolve) => peer.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received === total) resolve();
    }));
    const connection = mux.open(2);
    const message = Buffer.alloc(MAX_INCOMING_PAYLOAD_BYTES);
    for (let count = 0; count < 3; count++) {
      connection.write(message);
      await tick();
    }
    await all;
    expect(mux.closed).toBe(false);
  });
});

import { duplexPair, type Duplex } from 'node:stream';
import { wire } from '../../nri-proto/index.ts';
import { TtrpcClient } from './client.ts';
import { Code, TtrpcError } from './errors.ts';
import { HEADER_BYTES, MAX_MESSAGE_BYTES, MessageReader, MessageType, encodeMessage, type ReadEvent } from './framing.ts';
import { MAX_CONCURRENT_REQUESTS, TtrpcServer, type CallContext } from './server.ts';

const text = (value: string): Uint8Array => Buffer.from(value);

/** The far end of a connection, driven with hand-built ttrpc messages. */
class RawPeer {
  readonly stream: Duplex;
  readonly #reader = new MessageReader();
  readonly #received: ReadEvent[] = [];
  #waiters: Array<() => void> = [];

  constructor(stream: Duplex) {
    this.stream = stream;
    stream.on('data', (chunk: Buffer) => {
      this.#received.push(...this.#reader.push(chunk));
      for (const wake of this.#waiters.splice(0)) wake();
    });
  }

  send(streamId: number, type: number, payload: Uint8Array): void {
    this.stream.write(encodeMessage(streamId, type, payload));
  }

  request(streamId: number, fields: Parameters<typeof wire.Request.encode>[0]): void {
    this.send(streamId, MessageType.REQUEST, wire.Request.encode(fields).finish());
  }

  async next(): Promise<ReadEvent> {
    for (let attempt = 0; attempt < 100 && this.#received.length === 0; attempt++) {
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    const event = this.#received.shift();
    if (!event) throw new Error('no message arrived');
    return event;
  }

  async nextResponse(): Promise<{ streamId: number; response: InstanceType<typeof wire.Response> }> {
    const event = await this.next();
    if (event.kind !== 'message' || event.header.type !== MessageType.RESPONSE) throw new Error(`expected a response, got ${event.kind}`);
    return { streamId: event.header.streamId, response: wire.Response.decode(event.payload) };
  }
}

function echoServer(handlers: Record<string, (request: Uint8Array, context: CallContext) => Promise<Uint8Array>> = {}): TtrpcServer {
  const server = new TtrpcServer();
  server.register('test.Echo', { Echo: async (request) => request, ...handlers });
  return server;
}

describe('ttrpc client and server', () => {
  it('round-trips a call and numbers streams 1, 3, 5', async () => {
    const [clientEnd, serverEnd] = duplexPair();
    echoServer().serve(serverEnd);
    const client = new TtrpcClient(clientEnd);
    const replies = await Promise.all(['a', 'b', 'c'].map((word) => client.call('test.Echo', 'Echo', text(word))));
    expect(replies.map((reply) => Buffer.from(reply).toString())).toEqual(['a', 'b', 'c']);
    client.close();
  });

  it('sends odd increasing stream IDs and the deadline as timeout_nano', async () => {
    const [clientEnd, peerEnd] = duplexPair();
    const peer = new RawPeer(peerEnd);
    const client = new TtrpcClient(clientEnd);
    const calls = [client.call('s', 'm', text('1'), { timeoutMs: 1500 }), client.call('s', 'm', text('2'))];
    const seen = [];
    for (const _ of calls) {
      const event = await peer.next();
      if (event.kind !== 'message') throw new Error('unexpected oversized');
      const request = wire.Request.decode(event.payload);
      seen.push([event.header.streamId, event.header.type, Number(request.timeout_nano)]);
      peer.send(event.header.streamId, MessageType.RESPONSE, new Uint8Array());
    }
    expect(seen).toEqual([[1, 1, 1_500_000_000], [3, 1, 0]]);
    expect((await Promise.all(calls)).map((reply) => reply.length)).toEqual([0, 0]);
  });

  it('answers UNIMPLEMENTED for unknown services and methods', async () => {
    const [clientEnd, serverEnd] = duplexPair();
    echoServer().serve(serverEnd);
    const client = new TtrpcClient(clientEnd);
    await expect(client.call('test.Nope', 'Echo', text(''))).rejects.toMatchObject({ code: Code.UNIMPLEMENTED });
    await expect(client.call('test.Echo', 'Nope', text(''))).rejects.toMatchObject({ code: Code.UNIMPLEMENTED });
    expect(Buffer.from(await client.call('test.Echo', 'Echo', text('still up'))).toString()).toBe('still up');
  });

  it('carries a thrown TtrpcError code and maps plain errors to UNKNOWN', async () => {
    const [clientEnd, serverEnd] = duplexPair();
    echoServer({
      Missing: async () => { throw new TtrpcError(Code.NOT_FOUND, 'no such pod'); },
      Broken: async () => { throw new Error('disk on fire'); },
    }).serve(serverEnd);
    const client = new TtrpcClient(clientEnd);
    const missing = await client.call('test.Echo', 'Missing', text('')).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(TtrpcError);
    expect(missing).toMatchObject({ code: Code.NOT_FOUND, detail: 'no such pod' });
    await expect(client.call('test.Echo', 'Broken', text(''))).rejects.toMatchObject({ code: Code.UNKNOWN, detail: 'disk on fire' });
  });

  it('times a call out locally with DEADLINE_EXCEEDED and ignores the late reply', async () => {
    const [clientEnd, peerEnd] = duplexPair();
    const peer = new RawPeer(peerEnd);
    const client = new TtrpcClient(clientEnd);
    // The peer has the request and has not answered: the failure can only be the local deadline.
    const failure = await client.call('s', 'm', text(''), { timeoutMs: 40 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: Code.DEADLINE_EXCEEDED, detail: 's/m: no reply within 40 ms' });
    const late = await peer.next();
    peer.send(late.header.streamId, MessageType.RESPONSE, new Uint8Array());
    const next = client.call('s', 'm', text(''));
    const event = await peer.next();
    expect(event.header.streamId).toBe(3);
    peer.send(3, MessageType.RESPONSE, wire.Response.encode({ payload: text('ok') }).finish());
    expect(Buffer.from(await next).toString()).toBe('ok');
  });

  it('enforces timeout_nano on the server and aborts the handler', async () => {
    const [serverEnd, peerEnd] = duplexPair();
    let handlerSignal: AbortSignal | undefined;
    echoServer({
      Hang: (_request, context) => {
        handlerSignal = context.signal;
        return new Promise<Uint8Array>(() => {});
      },
    }).serve(serverEnd);
    const peer = new RawPeer(peerEnd);
    peer.request(1, { service: 'test.Echo', method: 'Hang', timeout_nano: 30_000_000 });
    const { streamId, response } = await peer.nextResponse();
    expect(streamId).toBe(1);
    expect(response.status?.code).toBe(Code.DEADLINE_EXCEEDED);
    expect(handlerSignal?.aborted).toBe(true);
  });

  it('tolerates request metadata and hands it to the handler', async () => {
    const [serverEnd, peerEnd] = duplexPair();
    echoServer({ Meta: async (_request, context) => text(context.metadata.map((entry) => `${entry.key}=${entry.value}`).join(',')) }).serve(serverEnd);
    const peer = new RawPeer(peerEnd);
    peer.request(1, { service: 'test.Echo', method: 'Meta', metadata: [{ key: 'traceparent', value: '00-abc' }] });
    const { response } = await peer.nextResponse();
    expect(response.status).toBeNull();
    expect(Buffer.from(response.payload).toString()).toBe('traceparent=00-abc');
  });

  it('rejects even and reused stream IDs with INVALID_ARGUMENT', async () => {
    const [serverEnd, peerEnd] = duplexPair();
    echoServer().serve(serverEnd);
    const peer = new RawPeer(peerEnd);
    peer.request(2, { service: 'test.Echo', method: 'Echo' });
    expect((await peer.nextResponse()).response.status?.code).toBe(Code.INVALID_ARGUMENT);
    peer.request(5, { service: 'test.Echo', method: 'Echo' });
    expect((await peer.nextResponse()).response.status).toBeNull();
    peer.request(3, { service: 'test.Echo', method: 'Echo' });
    expect((await peer.nextResponse()).response.status?.code).toBe(Code.INVALID_ARGUMENT);
  });

  it('answers RESOURCE_EXHAUSTED to an oversized request and keeps serving', async () => {
    const [serverEnd, peerEnd] = duplexPair();
    echoServer().serve(serverEnd);
    const peer = new RawPeer(peerEnd);
    const length = MAX_MESSAGE_BYTES + 100;
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32BE(length, 0);
    header.writeUInt32BE(1, 4);
    header.writeUInt8(MessageType.REQUEST, 8);
    peer.stream.write(Buffer.concat([header, Buffer.alloc(length)]));
    const rejected = await peer.nextResponse();
    expect([rejected.streamId, rejected.response.status?.code]).toEqual([1, Code.RESOURCE_EXHAUSTED]);
    peer.request(3, { service: 'test.Echo', method: 'Echo', payload: text('after') });
    expect(Buffer.from((await peer.nextResponse()).response.payload).toString()).toBe('after');
  });

  it('refuses to send an oversized request or response', async () => {
    const [clientEnd, serverEnd] = duplexPair();
    echoServer({ Huge: async () => new Uint8Array(MAX_MESSAGE_BYTES) }).serve(serverEnd);
    const client = new TtrpcClient(clientEnd);
    await expect(client.call('test.Echo', 'Echo', new Uint8Array(MAX_MESSAGE_BYTES))).rejects.toMatchObject({ code: Code.RESOURCE_EXHAUSTED });
    await expect(client.call('test.Echo', 'Huge', text(''))).rejects.toMatchObject({ code: Code.RESOURCE_EXHAUSTED });
    const big = new Uint8Array(100 * 1024).fill(7);
    expect(Buffer.compare(Buffer.from(await client.call('test.Echo', 'Echo', big)), Buffer.from(big))).toBe(0);
  });

  it('fails pending calls with UNAVAILABLE when the connection drops', async () => {
    const [clientEnd, peerEnd] = duplexPair();
    const peer = new RawPeer(peerEnd);
    const client = new TtrpcClient(clientEnd);
    const pending = client.call('s', 'm', text(''));
    await peer.next();
    peerEnd.destroy();
    await expect(pending).rejects.toMatchObject({ code: Code.UNAVAILABLE });
    await expect(client.call('s', 'm', text(''))).rejects.toMatchObject({ code: Code.UNAVAILABLE });
  });

  it('closes the client connection on a message type it cannot expect', async () => {
    const [clientEnd, peerEnd] = duplexPair();
    const peer = new RawPeer(peerEnd);
    const client = new TtrpcClient(clientEnd);
    const closed = new Promise<Error | undefined>((resolve) => client.onClose(resolve));
    const pending = client.call('s', 'm', text(''));
    await peer.next();
    peer.send(1, 9, new Uint8Array());
    expect((await closed)?.message).toMatch(/unexpected message type 9/);
    await expect(pending).rejects.toMatchObject({ code: Code.UNAVAILABLE });
  });

  it('closes a connection whose message stays unfinished: a trickling peer holds nothing for long', async () => {
    const [serverEnd, peerEnd] = duplexPair();
    const served = echoServer().serve(serverEnd, { assemblyTimeoutMs: 50 });
    const closed = new Promise<Error | undefined>((resolve) => served.onClose(resolve));
    const message = encodeMessage(1, MessageType.REQUEST, wire.Request.encode({ service: 'test.Echo', method: 'Echo', payload: new Uint8Array(1000) }).finish());
    peerEnd.write(message.subarray(0, 500));
    expect((await closed)?.message).toMatch(/a message stayed unfinished for 50 ms \(\d+ bytes held\)/);
  });

  it('honours a timeout_nano of 2^53 ns instead of letting the timer overflow into an immediate deadline', async () => {
    const [serverEnd, peerEnd] = duplexPair();
    // A handler slower than the 1 ms an overflowed timer waits.
    echoServer({ Slow: async () => { await new Promise((resolve) => setTimeout(resolve, 5)); return text('slow'); } }).serve(serverEnd);
    const peer = new RawPeer(peerEnd);
    peer.request(1, { service: 'test.Echo', method: 'Slow', timeout_nano: Number.MAX_SAFE_INTEGER });
    const { response } = await peer.nextResponse();
    expect(response.status).toBeNull();
    expect(Buffer.from(response.payload).toString()).toBe('slow');
  });

  it(`refuses a request beyond ${MAX_CONCURRENT_REQUESTS} running on one connection, and serves again once they finish`, async () => {
    const [serverEnd, peerEnd] = duplexPair();
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    echoServer({ Wait: async () => { await gate; return text('done'); } }).serve(serverEnd);
    const peer = new RawPeer(peerEnd);
    for (let call = 0; call <= MAX_CONCURRENT_REQUESTS; call++) peer.request(2 * call + 1, { service: 'test.Echo', method: 'Wait' });
    const refused = await peer.nextResponse();
    expect(refused.streamId).toBe(2 * MAX_CONCURRENT_REQUESTS + 1);
    expect(refused.response.status).toMatchObject({ code: Code.RESOURCE_EXHAUSTED, message: `test.Echo/Wait refused: ${MAX_CONCURRENT_REQUESTS} requests already running on this connection` });
    release();
    for (let call = 0; call < MAX_CONCURRENT_REQUESTS; call++) expect((await peer.nextResponse()).response.status).toBeNull();
    peer.request(1001, { service: 'test.Echo', method: 'Echo', payload: text('again') });
    expect(Buffer.from((await peer.nextResponse()).response.payload).toString()).toBe('again');
  });

  it('quotes a peer-chosen method name cut short', async () => {
    const [serverEnd, peerEnd] = duplexPair();
    echoServer().serve(serverEnd);
    const peer = new RawPeer(peerEnd);
    peer.request(1, { service: 'test.Echo', method: 'M'.repeat(100_000) });
    const { response } = await peer.nextResponse();
    expect(response.status?.code).toBe(Code.UNIMPLEMENTED);
    expect(response.status?.message).toBe(`test.Echo/${'M'.repeat(120)}…(100000 chars) is not implemented`);
  });
});

/**
 * The netlink codec without a kernel: attribute encoding and decoding (nested, padded,
 * truncated), message framing, error replies with extended-ACK text, the dump retry on
 * NLM_F_DUMP_INTR, typed errors for data cut short at every level, and one request at a time
 * per socket, against scripted transports.
 */
import { decodeLink } from '../link.ts';
import { Attributes, MessageWriter, packHeader } from './attributes.ts';
import { HEADER_SIZE, IFLA, IFLA_INFO, NLM_F, NLMSG, NLMSGERR_ATTR, RTM } from './constants.ts';
import { decoding, NetlinkDecodeError, NetlinkError, NetlinkSocketBusyError } from './errors.ts';
import { decodeError, decodeMessages, encodeMessage, type NetlinkMessage } from './message.ts';
import { NetlinkSocket, type SocketTransport } from './socket.ts';

describe('attributes', () => {
  test('encode with 4-byte padding and nest with back-patched lengths', () => {
    const body = new MessageWriter(8).u8(1, 7).string(2, 'ab').nested(3, (w) => w.u32(1, 0xdeadbeef).u16(2, 513)).finish();
    expect(body.toString('hex')).toBe([
      '0500', '0100', '07000000', // u8: length 5, padded to 8
      '0700', '0200', '61620000', // "ab\0": length 7, padded to 8
      '1400', '0300', // nested: 4 + 8 + 8 = 20
      '0800', '0100', 'efbeadde',
      '0600', '0200', '01020000',
    ].join(''));
    const attributes = new Attributes(body);
    expect(attributes.u8(1)).toBe(7);
    expect(attributes.string(2)).toBe('ab');
    expect(attributes.nested(3)?.u32(1)).toBe(0xdeadbeef);
    expect(attributes.nested(3)?.u16(2)).toBe(513);
    expect(attributes.types()).toEqual([1, 2, 3]);
  });

  test('decoding masks the nested/byte-order flags; data that does not fit throws RangeError', () => {
    const nestedFlag = Buffer.from('0c00' + '0380' + '0800010005000000', 'hex');
    expect(new Attributes(nestedFlag).nested(3)?.u32(1)).toBe(5);
    expect(new Attributes(Buffer.from('0800010005000000' + 'aaaa', 'hex')).u32(1)).toBe(5); // < 4 bytes left: padding
    expect(() => new Attributes(Buffer.from('08000100050000000c000200aaaa', 'hex'))).toThrow(new RangeError('attribute at byte 8 claims 12 bytes, 6 remain'));
    expect(() => new Attributes(Buffer.from('0200010000000000', 'hex'))).toThrow('attribute at byte 0 claims 2 bytes, 8 remain');
    expect(() => new Attributes(Buffer.alloc(8), 16)).toThrow('a 16-byte header does not fit in 8 bytes');
    expect(() => new Attributes(new MessageWriter().u16(4, 1).finish()).u32(4)).toThrow('attribute 4 has 2 bytes, expected 4');
  });

  test('a family header packs its fields little-endian over zeroes; an s32 of -1 is all ones', () => {
    expect(packHeader(12, [0, 1, 10], [4, 4, -1], [8, 2, 0x0180]).toString('hex')).toBe('0a000000' + 'ffffffff' + '80010000');
  });

  test('repeated types: get returns the last, list returns all', () => {
    const attributes = new Attributes(new MessageWriter().u32(9, 1).u32(9, 2).finish());
    expect(attributes.u32(9)).toBe(2);
    expect(attributes.list(9).map((b) => b.readUInt32LE(0))).toEqual([1, 2]);
  });
});

/** An NLMSG_ERROR reply as the kernel builds it with NETLINK_CAP_ACK and NETLINK_EXT_ACK. */
function errorReply(seq: number, errno: number, text?: string): Buffer {
  const echoed = encodeMessage(RTM.NEWADDR, NLM_F.REQUEST | NLM_F.ACK, seq, Buffer.alloc(0)).subarray(0, HEADER_SIZE.nlmsghdr);
  const tlvs = text === undefined ? Buffer.alloc(0) : new MessageWriter().string(NLMSGERR_ATTR.MSG, text).u32(NLMSGERR_ATTR.OFFS, 24).finish();
  const code = Buffer.alloc(4);
  code.writeInt32LE(-errno);
  const flags = NLM_F.CAPPED | (text === undefined ? 0 : NLM_F.ACK_TLVS);
  return encodeMessage(NLMSG.ERROR, flags, seq, Buffer.concat([code, echoed, tlvs]));
}

describe('messages', () => {
  test('frame and split messages; a message cut short throws RangeError, a tail too short for a header is padding', () => {
    const two = Buffer.concat([encodeMessage(RTM.NEWLINK, NLM_F.MULTI, 5, Buffer.from([1, 2, 3])), encodeMessage(NLMSG.DONE, NLM_F.MULTI, 5, Buffer.alloc(4))]);
    const messages = decodeMessages(Buffer.concat([two, Buffer.from([0x40, 0, 0, 0, 1])]));
    expect(messages.map((m) => [m.type, m.flags, m.seq, m.payload.length])).toEqual([[RTM.NEWLINK, NLM_F.MULTI, 5, 3], [NLMSG.DONE, NLM_F.MULTI, 5, 4]]);
    expect(() => decodeMessages(two.subarray(0, 38))).toThrow(new RangeError('message at byte 20 claims 20 bytes, 18 remain'));
    const tooShort = Buffer.from(two);
    tooShort.writeUInt32LE(8, 20);
    expect(() => decodeMessages(tooShort)).toThrow('message at byte 20 claims 8 bytes, 20 remain');
  });

  test('decoding turns a RangeError into a NetlinkDecodeError naming the operation, and nothing else', () => {
    let error: unknown;
    try {
      decoding('list links', () => Buffer.alloc(2).readUInt32LE(0));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(NetlinkDecodeError);
    expect(error).toBeInstanceOf(NetlinkError);
    expect(error).toMatchObject({ code: 'EBADMSG', errno: 74, operation: 'list links' });
    expect(() => decoding('x', () => { throw new TypeError('not ours'); })).toThrow(TypeError);
  });

  test('an error reply becomes a NetlinkError with errno name and the kernel text', () => {
    const [message] = decodeMessages(errorReply(9, 17, 'ipv4: Address already assigned'));
    const error = decodeError(message!, 'add address 10.0.0.2/24 to net1');
    expect(error).toBeInstanceOf(NetlinkError);
    expect(error).toMatchObject({ errno: 17, code: 'EEXIST', kernelMessage: 'ipv4: Address already assigned' });
    expect(error?.message).toBe('add address 10.0.0.2/24 to net1: ipv4: Address already assigned (EEXIST)');
    expect(decodeError(decodeMessages(errorReply(9, 19))[0]!, 'x')?.message).toBe('x: ENODEV');
    expect(decodeError(decodeMessages(errorReply(9, 0))[0]!, 'x')).toBeUndefined();
  });
});

/** A kernel that answers each request from a script, echoing the request's sequence number. */
function scriptedTransport(replies: Array<(seq: number) => Buffer>): SocketTransport & { requests: Buffer[] } {
  const requests: Buffer[] = [];
  return {
    requests,
    openSocket: () => 42,
    closeSocket: () => undefined,
    transact: (_fd, request, seq) => {
      requests.push(request);
      const reply = replies.shift();
      if (!reply) throw new Error('unexpected request');
      return reply(seq);
    },
    transactAsync: async () => { throw new Error('not used'); },
  };
}

const payloadOf = (message: NetlinkMessage): Buffer => message.payload;

function dumpReply(seq: number, values: number[], interrupted: boolean): Buffer {
  const flags = NLM_F.MULTI | (interrupted ? NLM_F.DUMP_INTR : 0);
  return Buffer.concat([
    ...values.map((value) => encodeMessage(RTM.NEWLINK, flags, seq, Buffer.from([value]))),
    encodeMessage(NLMSG.DONE, flags, seq, Buffer.alloc(4)),
  ]);
}

describe('socket', () => {
  test('a dump flagged NLM_F_DUMP_INTR is retried until consistent', () => {
    const transport = scriptedTransport([(seq) => dumpReply(seq, [1, 2], true), (seq) => dumpReply(seq, [1, 2, 3], false)]);
    const socket = NetlinkSocket.open(0, null, transport);
    expect(socket.dump(RTM.GETLINK, Buffer.alloc(16), 'list links', (m) => m.payload[0])).toEqual([1, 2, 3]);
    expect(transport.requests).toHaveLength(2);
    expect(transport.requests[0]!.readUInt16LE(6)).toBe(NLM_F.REQUEST | NLM_F.DUMP);
  });

  test('a dump that never settles fails with EAGAIN after bounded attempts', () => {
    const transport = scriptedTransport(Array.from({ length: 5 }, () => (seq: number) => dumpReply(seq, [1], true)));
    const socket = NetlinkSocket.open(0, null, transport);
    expect(() => socket.dump(RTM.GETLINK, Buffer.alloc(16), 'list links', payloadOf)).toThrow('list links: dump interrupted by concurrent changes 5 times (EAGAIN)');
  });

  test('execute asks for an ACK and throws the kernel error; a dump ending in an error throws it', () => {
    const transport = scriptedTransport([(seq) => errorReply(seq, 101, 'Nexthop has invalid gateway'), (seq) => {
      const status = Buffer.alloc(4);
      status.writeInt32LE(-16);
      return encodeMessage(NLMSG.DONE, NLM_F.MULTI, seq, status);
    }]);
    const socket = NetlinkSocket.open(0, null, transport);
    expect(() => socket.execute(RTM.NEWROUTE, NLM_F.CREATE, Buffer.alloc(12), 'add route')).toThrow('add route: Nexthop has invalid gateway (ENETUNREACH)');
    expect(transport.requests[0]!.readUInt16LE(6)).toBe(NLM_F.REQUEST | NLM_F.ACK | NLM_F.CREATE);
    expect(() => socket.dump(RTM.GETROUTE, Buffer.alloc(12), 'list routes', payloadOf)).toThrow('list routes: EBUSY');
    socket.close();
    expect(() => socket.query(RTM.GETLINK, Buffer.alloc(16), 'look up', payloadOf)).toThrow('look up: netlink socket is closed');
  });
});

/** ifinfomsg (16 bytes, index 7) followed by the given attributes. */
function linkPayload(attributes: (writer: MessageWriter) => void): Buffer {
  const header = Buffer.alloc(HEADER_SIZE.ifinfomsg);
  header.writeInt32LE(7, 4);
  const writer = new MessageWriter().raw(header);
  attributes(writer);
  return writer.finish();
}

describe('replies cut short are NetlinkErrors naming the operation', () => {
  const listLinksReplying = (reply: (seq: number) => Buffer): unknown => {
    const socket = NetlinkSocket.open(0, null, scriptedTransport([reply]));
    try {
      return socket.dump(RTM.GETLINK, Buffer.alloc(16), 'list links', decodeLink);
    } catch (error) {
      return error;
    }
  };
  const whole = linkPayload((w) => w.string(IFLA.IFNAME, 'eth7').nested(IFLA.LINKINFO, (n) => n.string(IFLA_INFO.KIND, 'veth')));
  const dumpOf = (seq: number, payload: Buffer): Buffer => Buffer.concat([encodeMessage(RTM.NEWLINK, NLM_F.MULTI, seq, payload), encodeMessage(NLMSG.DONE, NLM_F.MULTI, seq, Buffer.alloc(4))]);

  test('an intact reply decodes', () => {
    expect(listLinksReplying((seq) => dumpOf(seq, whole))).toEqual([expect.objectContaining({ index: 7, name: 'eth7', kind: 'veth' })]);
  });

  test.each([
    ['message header', (seq: number) => dumpOf(seq, whole).subarray(0, 20), /^list links: unreadable netlink data: message at byte 0 claims \d+ bytes, 20 remain \(EBADMSG\)$/],
    ['family header', (seq: number) => dumpOf(seq, whole.subarray(0, 8)), /^list links: unreadable netlink data: .*\(EBADMSG\)$/],
    ['attributes', (seq: number) => {
      const cut = Buffer.from(whole);
      cut.writeUInt16LE(200, HEADER_SIZE.ifinfomsg); // IFNAME claims more than the message holds
      return dumpOf(seq, cut);
    }, /^list links: unreadable netlink data: attribute at byte 16 claims 200 bytes, \d+ remain \(EBADMSG\)$/],
    ['nested attributes', (seq: number) => {
      const cut = Buffer.from(whole);
      const kindAt = whole.length - 12; // LINKINFO's only child, IFLA_INFO_KIND "veth\0" (4 + 5, padded to 12)
      cut.writeUInt16LE(64, kindAt);
      return dumpOf(seq, cut);
    }, /^list links: unreadable netlink data: attribute at byte 0 claims 64 bytes, 12 remain \(EBADMSG\)$/],
    ['error reply', (seq: number) => encodeMessage(NLMSG.ERROR, 0, seq, Buffer.alloc(2)), /^list links: unreadable netlink data: error reply has 2 bytes, expected at least 4 \(EBADMSG\)$/],
  ])('%s', (_level, reply, message) => {
    const error = listLinksReplying(reply);
    expect(error).toBeInstanceOf(NetlinkDecodeError);
    expect(error).toBeInstanceOf(NetlinkError);
    expect(error).toMatchObject({ code: 'EBADMSG', operation: 'list links' });
    expect((error as Error).message).toMatch(message);
  });
});

/**
 * A transport that behaves like the native one on one socket: every reply lands in the socket's
 * single receive queue, and whoever reads takes what is queued and keeps only its own sequence
 * number (transact in netlink_native.c). An asynchronous request reads when `poolRuns()` says the
 * thread pool got to it.
 */
function sharedQueueTransport(): SocketTransport & { poolRuns(): void; closed: number[]; asyncStarted: number } {
  let queue: Buffer[] = [];
  const waiting: Array<() => void> = [];
  const read = (seq: number): Buffer => {
    const mine = queue.filter((reply) => reply.readUInt32LE(8) === seq);
    queue = [];
    if (mine.length === 0) throw Object.assign(new Error('netlink request: Connection timed out'), { errno: 110 });
    return Buffer.concat(mine);
  };
  const transport = {
    closed: [] as number[],
    asyncStarted: 0,
    openSocket: () => 42,
    closeSocket: (fd: number) => {
      transport.closed.push(fd);
    },
    transact: (_fd: number, _request: Buffer, seq: number) => {
      queue.push(errorReply(seq, 0));
      return read(seq);
    },
    transactAsync: (_fd: number, _request: Buffer, seq: number) => {
      transport.asyncStarted++;
      queue.push(errorReply(seq, 0)); // rtnetlink answers inside sendmsg
      return new Promise<Buffer>((resolve, reject) => waiting.push(() => {
        try {
          resolve(read(seq));
        } catch (error) {
          reject(error);
        }
      }));
    },
    poolRuns: () => waiting.shift()!(),
  };
  return transport;
}

/** Lets queued promise reactions run (the async queue hands over in microtasks). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('one request at a time per socket', () => {
  test('a synchronous request while an asynchronous one is in flight is refused, and the other keeps its reply', async () => {
    const transport = sharedQueueTransport();
    const socket = NetlinkSocket.open(0, null, transport);
    const move = socket.executeAsync(RTM.NEWLINK, 0, Buffer.alloc(16), 'move eth1 into pod');
    await settle();
    let refusal: unknown;
    try {
      socket.execute(RTM.NEWLINK, 0, Buffer.alloc(16), 'set eth1 up');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(NetlinkSocketBusyError);
    expect(refusal).toMatchObject({ operation: 'set eth1 up', inFlight: 'move eth1 into pod' });
    expect((refusal as Error).message).toBe('set eth1 up: refused, the netlink socket is busy with "move eth1 into pod" (one request at a time per socket)');
    transport.poolRuns();
    await expect(move).resolves.toBeUndefined();
    expect(() => socket.execute(RTM.NEWLINK, 0, Buffer.alloc(16), 'set eth1 up')).not.toThrow();
  });

  test('asynchronous requests queue: the second reaches the transport only after the first is answered', async () => {
    const transport = sharedQueueTransport();
    const socket = NetlinkSocket.open(0, null, transport);
    const first = socket.executeAsync(RTM.NEWLINK, 0, Buffer.alloc(16), 'move eth1');
    const second = socket.executeAsync(RTM.NEWLINK, 0, Buffer.alloc(16), 'move eth2');
    await settle();
    expect(transport.asyncStarted).toBe(1);
    transport.poolRuns();
    await first;
    await settle();
    expect(transport.asyncStarted).toBe(2);
    transport.poolRuns();
    await expect(second).resolves.toBeUndefined();
  });

  test('a failed asynchronous request does not stall the queue', async () => {
    const transport = sharedQueueTransport();
    const socket = NetlinkSocket.open(0, null, transport);
    transport.transactAsync = async () => { throw Object.assign(new Error('netlink request: File exists'), { errno: 17 }); };
    const failed = socket.executeAsync(RTM.NEWLINK, 0, Buffer.alloc(16), 'move eth1');
    await expect(failed).rejects.toThrow('move eth1: EEXIST');
    expect(() => socket.execute(RTM.NEWLINK, 0, Buffer.alloc(16), 'set eth1 up')).not.toThrow();
  });

  test('close during an asynchronous request closes the fd only once it is answered', async () => {
    const transport = sharedQueueTransport();
    const socket = NetlinkSocket.open(0, null, transport);
    const move = socket.executeAsync(RTM.NEWLINK, 0, Buffer.alloc(16), 'move eth1');
    await settle();
    socket.close();
    expect(transport.closed).toEqual([]);
    await expect(socket.executeAsync(RTM.NEWLINK, 0, Buffer.alloc(16), 'move eth2')).rejects.toThrow('move eth2: netlink socket is closed');
    transport.poolRuns();
    await move;
    expect(transport.closed).toEqual([42]);
  });
});

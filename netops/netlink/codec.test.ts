/**
 * The netlink codec without a kernel: attribute encoding and decoding (nested, padded,
 * truncated), message framing, error replies with extended-ACK text, and the dump retry on
 * NLM_F_DUMP_INTR against a scripted transport.
 */
import { Attributes, MessageWriter } from './attributes.ts';
import { HEADER_SIZE, NLM_F, NLMSG, NLMSGERR_ATTR, RTM } from './constants.ts';
import { NetlinkError } from './errors.ts';
import { decodeError, decodeMessages, encodeMessage } from './message.ts';
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

  test('decoding masks the nested/byte-order flags and stops at a truncated attribute', () => {
    const nestedFlag = Buffer.from('0c00' + '0380' + '0800010005000000', 'hex');
    expect(new Attributes(nestedFlag).nested(3)?.u32(1)).toBe(5);
    const truncated = Buffer.from('08000100050000000c000200aaaa', 'hex');
    const attributes = new Attributes(truncated);
    expect(attributes.u32(1)).toBe(5);
    expect(attributes.has(2)).toBe(false);
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
  test('frame and split messages, ignoring a truncated tail', () => {
    const two = Buffer.concat([encodeMessage(RTM.NEWLINK, NLM_F.MULTI, 5, Buffer.from([1, 2, 3])), encodeMessage(NLMSG.DONE, NLM_F.MULTI, 5, Buffer.alloc(4))]);
    const messages = decodeMessages(Buffer.concat([two, Buffer.from([0x40, 0, 0, 0, 1])]));
    expect(messages.map((m) => [m.type, m.flags, m.seq, m.payload.length])).toEqual([[RTM.NEWLINK, NLM_F.MULTI, 5, 3], [NLMSG.DONE, NLM_F.MULTI, 5, 4]]);
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
    expect(socket.dump(RTM.GETLINK, Buffer.alloc(16), 'list links').map((m) => m.payload[0])).toEqual([1, 2, 3]);
    expect(transport.requests).toHaveLength(2);
    expect(transport.requests[0]!.readUInt16LE(6)).toBe(NLM_F.REQUEST | NLM_F.DUMP);
  });

  test('a dump that never settles fails with EAGAIN after bounded attempts', () => {
    const transport = scriptedTransport(Array.from({ length: 5 }, () => (seq: number) => dumpReply(seq, [1], true)));
    const socket = NetlinkSocket.open(0, null, transport);
    expect(() => socket.dump(RTM.GETLINK, Buffer.alloc(16), 'list links')).toThrow('list links: dump interrupted by concurrent changes 5 times (EAGAIN)');
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
    expect(() => socket.dump(RTM.GETROUTE, Buffer.alloc(12), 'list routes')).toThrow('list routes: EBUSY');
    socket.close();
    expect(() => socket.query(RTM.GETLINK, Buffer.alloc(16), 'look up')).toThrow('look up: netlink socket is closed');
  });
});

/**
 * Netlink message framing: the 16-byte nlmsghdr, splitting a datagram stream into messages, and
 * turning NLMSG_ERROR replies (with their extended-ACK TLVs) into NetlinkErrors.
 */
import { Attributes, align } from './attributes.ts';
import { HEADER_SIZE, NLM_F, NLMSGERR_ATTR } from './constants.ts';
import { NetlinkError } from './errors.ts';

export interface NetlinkMessage {
  type: number;
  flags: number;
  seq: number;
  /** Everything after nlmsghdr. */
  payload: Buffer;
}

export function encodeMessage(type: number, flags: number, seq: number, body: Buffer): Buffer {
  const message = Buffer.alloc(HEADER_SIZE.nlmsghdr + align(body.length));
  message.writeUInt32LE(HEADER_SIZE.nlmsghdr + body.length, 0);
  message.writeUInt16LE(type, 4);
  message.writeUInt16LE(flags, 6);
  message.writeUInt32LE(seq, 8);
  message.writeUInt32LE(0, 12); // port id: 0 lets the kernel fill in ours
  body.copy(message, HEADER_SIZE.nlmsghdr);
  return message;
}

/**
 * Splits concatenated messages. Fewer bytes than a header at the end are padding (the kernel's
 * NLMSG_OK rule, which the native reader follows too); a header claiming less than itself or more
 * than remains throws RangeError: run it inside `decoding`, which names the operation.
 */
export function decodeMessages(buffer: Buffer): NetlinkMessage[] {
  const messages: NetlinkMessage[] = [];
  let offset = 0;
  while (offset + HEADER_SIZE.nlmsghdr <= buffer.length) {
    const length = buffer.readUInt32LE(offset);
    if (length < HEADER_SIZE.nlmsghdr || offset + length > buffer.length) {
      throw new RangeError(`message at byte ${offset} claims ${length} bytes, ${buffer.length - offset} remain`);
    }
    messages.push({
      type: buffer.readUInt16LE(offset + 4),
      flags: buffer.readUInt16LE(offset + 6),
      seq: buffer.readUInt32LE(offset + 8),
      payload: buffer.subarray(offset + HEADER_SIZE.nlmsghdr, offset + length),
    });
    offset += align(length);
  }
  return messages;
}

/**
 * Reads an NLMSG_ERROR payload: struct nlmsgerr { int error; struct nlmsghdr msg; } followed,
 * with NETLINK_CAP_ACK (set by our sockets), directly by the extended-ACK attributes.
 * Returns undefined for a plain ACK (error 0). Short data throws RangeError (see `decoding`).
 */
export function decodeError(message: NetlinkMessage, operation: string): NetlinkError | undefined {
  if (message.payload.length < 4) throw new RangeError(`error reply has ${message.payload.length} bytes, expected at least 4`);
  const error = message.payload.readInt32LE(0);
  if (error === 0) return undefined;
  let kernelMessage: string | undefined;
  if (message.flags & NLM_F.ACK_TLVS) {
    // Without CAP_ACK the kernel echoes the whole request after the header; skip it if so.
    const echoedLength = message.flags & NLM_F.CAPPED ? HEADER_SIZE.nlmsghdr : message.payload.readUInt32LE(4);
    const tlvs = new Attributes(message.payload, 4 + align(echoedLength));
    kernelMessage = tlvs.string(NLMSGERR_ATTR.MSG) || undefined;
  }
  return new NetlinkError(-error, operation, kernelMessage);
}


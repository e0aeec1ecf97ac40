/**
 * Generic netlink: families such as devlink get their message type (the family id) at run time
 * from the controller (CTRL_CMD_GETFAMILY by name); each message body starts with genlmsghdr
 * (u8 cmd, u8 version, u16 reserved), then attributes.
 */
import { Attributes, MessageWriter } from './netlink/attributes.ts';
import { CTRL_ATTR, CTRL_CMD, GENL_ID, HEADER_SIZE, NETLINK } from './netlink/constants.ts';
import { isNetlinkError } from './netlink/errors.ts';
import type { NetlinkMessage } from './netlink/message.ts';
import { NetlinkSocket, type SocketTransport } from './netlink/socket.ts';

/** The controller speaks version 2 (genetlink.c's ctrl family). */
const CTRL_VERSION = 2;

export function openGenericSocket(netnsPath: string | null = null, transport?: SocketTransport): NetlinkSocket {
  return NetlinkSocket.open(NETLINK.GENERIC, netnsPath, transport);
}

/** A generic netlink body: genlmsghdr followed by the attributes `fill` writes. */
export function encodeGenl(cmd: number, version: number, fill: (writer: MessageWriter) => void = () => undefined): Buffer {
  const writer = new MessageWriter().raw(Buffer.from([cmd, version, 0, 0]));
  fill(writer);
  return writer.finish();
}

/** The attributes of a generic netlink reply, after its genlmsghdr. */
export function genlAttributes(message: NetlinkMessage): Attributes {
  return new Attributes(message.payload, HEADER_SIZE.genlmsghdr);
}

export function encodeFamilyQuery(name: string): Buffer {
  return encodeGenl(CTRL_CMD.GETFAMILY, CTRL_VERSION, (writer) => writer.string(CTRL_ATTR.FAMILY_NAME, name));
}

/** The id of family `name`; undefined when the kernel has no such family (its module not loaded). */
export function resolveFamily(socket: NetlinkSocket, name: string): number | undefined {
  try {
    const [id] = socket.query(GENL_ID.CTRL, encodeFamilyQuery(name), `resolve generic netlink family ${name}`, (message) => genlAttributes(message).u16(CTRL_ATTR.FAMILY_ID));
    return id;
  } catch (error) {
    if (isNetlinkError(error, 'ENOENT')) return undefined;
    throw error;
  }
}

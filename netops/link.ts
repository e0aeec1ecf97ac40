/**
 * rtnetlink links: list, look up, change, and move between namespaces. A change is one
 * RTM_NEWLINK on an existing index (like `ip link set`), so several attributes land together.
 */
import { Attributes, MessageWriter, packHeader } from './netlink/attributes.ts';
import { HEADER_SIZE, IFF, IFLA, IFLA_INFO, RTEXT_FILTER, RTM } from './netlink/constants.ts';
import { isNetlinkError } from './netlink/errors.ts';
import type { NetlinkMessage } from './netlink/message.ts';
import type { NetlinkSocket } from './netlink/socket.ts';
import { formatMac, parseMac } from './mac.ts';

const AF_UNSPEC = 0;
const OPER_STATES = ['unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up'];

export interface Link {
  index: number;
  name: string;
  /** ifi_flags (IFF_*). */
  flags: number;
  /** Administratively up (IFF_UP). */
  up: boolean;
  /** ARPHRD_* hardware type. */
  hardwareType: number;
  mtu: number;
  mac: string;
  operState: string;
  /** IFLA_INFO_KIND: "veth", "macvlan", "bridge"...; undefined for plain hardware. */
  kind?: string;
  masterIndex?: number;
  /** IFLA_LINK when it names another link (a macvlan's parent, a veth's peer). */
  lowerIndex?: number;
  /** Set when lowerIndex lives in another namespace (then it is not an index of ours). */
  lowerNetnsId?: number;
  gsoMaxSize?: number;
  groMaxSize?: number;
  minMtu?: number;
  maxMtu?: number;
}

/** What a change may set. Undefined fields are left alone. */
export interface LinkChanges {
  name?: string;
  mtu?: number;
  mac?: string;
  up?: boolean;
  gsoMaxSize?: number;
  groMaxSize?: number;
}

export function listLinks(socket: NetlinkSocket): Link[] {
  const body = new MessageWriter().raw(ifinfomsg(0)).u32(IFLA.EXT_MASK, RTEXT_FILTER.VF).finish();
  return socket.dump(RTM.GETLINK, body, 'list links', decodeLink);
}

export function findLinkByName(socket: NetlinkSocket, name: string): Link | undefined {
  return findLink(socket, new MessageWriter().raw(ifinfomsg(0)).string(IFLA.IFNAME, name).finish(), `look up link ${name}`);
}

export function findLinkByIndex(socket: NetlinkSocket, index: number): Link | undefined {
  return findLink(socket, new MessageWriter().raw(ifinfomsg(index)).finish(), `look up link #${index}`);
}

export function changeLink(socket: NetlinkSocket, index: number, changes: LinkChanges, operation: string): void {
  socket.execute(RTM.NEWLINK, 0, encodeChanges(index, changes).finish(), operation);
}

/**
 * Moves a link into the namespace open at netnsFd, renaming it and setting MTU/MAC in the same
 * message: the new name never clashes with a pod interface of the old name, and there is no
 * moment where the link exists in the pod under its host name. The kernel sets it down.
 */
export async function moveLink(socket: NetlinkSocket, index: number, netnsFd: number, changes: LinkChanges, operation: string): Promise<void> {
  const body = encodeChanges(index, changes).u32(IFLA.NET_NS_FD, netnsFd).finish();
  await socket.executeAsync(RTM.NEWLINK, 0, body, operation);
}

function findLink(socket: NetlinkSocket, body: Buffer, operation: string): Link | undefined {
  try {
    const [link] = socket.query(RTM.GETLINK, body, operation, decodeLink);
    return link;
  } catch (error) {
    if (isNetlinkError(error, 'ENODEV')) return undefined;
    throw error;
  }
}

function encodeChanges(index: number, changes: LinkChanges): MessageWriter {
  const upChange = changes.up === undefined ? 0 : IFF.UP;
  const writer = new MessageWriter().raw(ifinfomsg(index, changes.up ? IFF.UP : 0, upChange));
  if (changes.name !== undefined) writer.string(IFLA.IFNAME, changes.name);
  if (changes.mtu !== undefined) writer.u32(IFLA.MTU, changes.mtu);
  if (changes.mac !== undefined) writer.bytes(IFLA.ADDRESS, parseMac(changes.mac));
  if (changes.gsoMaxSize !== undefined) writer.u32(IFLA.GSO_MAX_SIZE, changes.gsoMaxSize);
  if (changes.groMaxSize !== undefined) writer.u32(IFLA.GRO_MAX_SIZE, changes.groMaxSize);
  return writer;
}

/** struct ifinfomsg { u8 family; u8 pad; u16 type; s32 index; u32 flags; u32 change; } */
function ifinfomsg(index: number, flags = 0, change = 0): Buffer {
  return packHeader(HEADER_SIZE.ifinfomsg, [0, 1, AF_UNSPEC], [4, 4, index], [8, 4, flags], [12, 4, change]);
}

export function decodeLink(message: NetlinkMessage): Link {
  const p = message.payload;
  const flags = p.readUInt32LE(8);
  const index = p.readInt32LE(4);
  const attributes = new Attributes(p, HEADER_SIZE.ifinfomsg);
  const info = attributes.nested(IFLA.LINKINFO);
  const lower = attributes.u32(IFLA.LINK);
  const link: Link = {
    index,
    name: attributes.string(IFLA.IFNAME) ?? '',
    flags,
    up: (flags & IFF.UP) !== 0,
    hardwareType: p.readUInt16LE(2),
    mtu: attributes.u32(IFLA.MTU) ?? 0,
    mac: formatMac(attributes.get(IFLA.ADDRESS) ?? Buffer.alloc(0)),
    operState: OPER_STATES[attributes.u8(IFLA.OPERSTATE) ?? 0] ?? 'unknown',
  };
  const kind = info?.string(IFLA_INFO.KIND);
  if (kind) link.kind = kind;
  const master = attributes.u32(IFLA.MASTER);
  if (master) link.masterIndex = master;
  if (lower && lower !== index) link.lowerIndex = lower;
  const lowerNetnsId = attributes.s32(IFLA.LINK_NETNSID);
  if (lowerNetnsId !== undefined && lowerNetnsId >= 0) link.lowerNetnsId = lowerNetnsId;
  const optional = { gsoMaxSize: IFLA.GSO_MAX_SIZE, groMaxSize: IFLA.GRO_MAX_SIZE, minMtu: IFLA.MIN_MTU, maxMtu: IFLA.MAX_MTU } as const;
  for (const [field, type] of Object.entries(optional) as Array<[keyof typeof optional, number]>) {
    const value = attributes.u32(type);
    if (value !== undefined) link[field] = value;
  }
  return link;
}

/** rtnetlink addresses (RTM_*ADDR). */
import { AF_INET6, formatCidr, type IpPrefix } from './ip.ts';
import { Attributes, MessageWriter, packHeader } from './netlink/attributes.ts';
import { HEADER_SIZE, IFA, IFA_F, NLM_F, RT_SCOPE, RTM } from './netlink/constants.ts';
import type { NetlinkSocket } from './netlink/socket.ts';

export interface Address {
  index: number;
  family: number;
  /** "10.0.0.2/24" */
  cidr: string;
  scope: number;
  flags: number;
  prefix: IpPrefix;
}

/** Addresses of one link, or of every link when index is omitted. */
export function listAddresses(socket: NetlinkSocket, index = 0): Address[] {
  // Strict checking (set on our sockets) makes the kernel filter by the header's index.
  const body = new MessageWriter().raw(ifaddrmsg(0, 0, 0, index)).finish();
  return socket.dump(RTM.GETADDR, body, 'list addresses', (message) => {
    const p = message.payload;
    const attributes = new Attributes(p, HEADER_SIZE.ifaddrmsg);
    const family = p.readUInt8(0);
    // IFA_LOCAL is the address itself on point-to-point links; IFA_ADDRESS is then the peer.
    const bytes = attributes.get(IFA.LOCAL) ?? attributes.get(IFA.ADDRESS) ?? Buffer.alloc(0);
    const prefix: IpPrefix = { family: family as IpPrefix['family'], bytes: Buffer.from(bytes), prefixLength: p.readUInt8(1) };
    return {
      index: p.readUInt32LE(4),
      family,
      cidr: formatCidr(prefix),
      scope: p.readUInt8(3),
      flags: attributes.u32(IFA.FLAGS) ?? p.readUInt8(2),
      prefix,
    };
  }).filter((address) => index === 0 || address.index === index);
}

/** Global-scope addresses: what a user means by "the NIC's IPs". */
export function globalAddresses(socket: NetlinkSocket, index: number): Address[] {
  return listAddresses(socket, index).filter((address) => address.scope === RT_SCOPE.UNIVERSE);
}

/** Global addresses of every link, by index, from one dump. */
export function globalAddressesByLink(socket: NetlinkSocket): Map<number, Address[]> {
  const byLink = new Map<number, Address[]>();
  for (const address of listAddresses(socket)) {
    if (address.scope !== RT_SCOPE.UNIVERSE) continue;
    const list = byLink.get(address.index) ?? [];
    list.push(address);
    byLink.set(address.index, list);
  }
  return byLink;
}

/**
 * Adds an address. IPv6 addresses skip duplicate address detection: a statically assigned pod
 * address must be usable the moment the pod starts, not after ~1 s of "tentative" state in
 * which binds fail. Returns nothing; throws the kernel's reason (e.g. address already assigned).
 */
export function addAddress(socket: NetlinkSocket, index: number, prefix: IpPrefix, linkName: string): void {
  const flags = prefix.family === AF_INET6 ? IFA_F.NODAD : 0;
  const body = new MessageWriter()
    .raw(ifaddrmsg(prefix.family, prefix.prefixLength, flags & 0xff, index))
    .bytes(IFA.LOCAL, prefix.bytes)
    .bytes(IFA.ADDRESS, prefix.bytes)
    .u32(IFA.FLAGS, flags)
    .finish();
  socket.execute(RTM.NEWADDR, NLM_F.CREATE | NLM_F.EXCL, body, `add address ${formatCidr(prefix)} to ${linkName}`);
}

/** struct ifaddrmsg { u8 family; u8 prefixlen; u8 flags; u8 scope; u32 index; } */
function ifaddrmsg(family: number, prefixLength: number, flags: number, index: number): Buffer {
  return packHeader(HEADER_SIZE.ifaddrmsg, [0, 1, family], [1, 1, prefixLength], [2, 1, flags], [4, 4, index]);
}

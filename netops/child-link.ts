/**
 * Sub-interfaces of a host link (macvlan, ipvlan, VLAN), created directly inside a pod's
 * namespace: one RTM_NEWLINK sent on a socket of the parent's namespace, naming the parent by
 * its index there (IFLA_LINK) and the pod's namespace by fd (IFLA_NET_NS_FD). The kernel resolves
 * IFLA_LINK in the sender's namespace and registers the new link in the target one, so the child
 * never exists on the host and there is no namespace move (the slow part of giving a pod a NIC).
 * The parent is only referenced, never changed.
 */
import { MessageWriter } from './netlink/attributes.ts';
import { ETH_P, IFLA, IFLA_INFO, IFLA_IPVLAN, IFLA_MACVLAN, IFLA_VLAN, IPVLAN_F, IPVLAN_MODE, MACVLAN_MODE, NLM_F, RTM } from './netlink/constants.ts';
import type { NetlinkSocket } from './netlink/socket.ts';
import { ifinfomsg } from './link.ts';
import { parseMac } from './mac.ts';

export const MACVLAN_MODES = ['bridge', 'private', 'vepa', 'passthru'] as const;
export const IPVLAN_MODES = ['l2', 'l3', 'l3s'] as const;
export const IPVLAN_FLAGS = ['bridge', 'private', 'vepa'] as const;
export const VLAN_PROTOCOLS = ['802.1Q', '802.1ad'] as const;
export const VLAN_ID_MAX = 4094;

/** What kind of child to create, with its kind's settings. */
export type ChildLinkSpec =
  | { kind: 'macvlan'; mode: (typeof MACVLAN_MODES)[number] }
  | { kind: 'ipvlan'; mode: (typeof IPVLAN_MODES)[number]; flags: (typeof IPVLAN_FLAGS)[number] }
  | { kind: 'vlan'; vlanId: number; protocol: (typeof VLAN_PROTOCOLS)[number] };

export interface NewChildLink {
  /** The parent's index in the namespace of the socket the request is sent on. */
  parentIndex: number;
  /** An fd open on the namespace the child is created in. */
  netnsFd: number;
  name: string;
  spec: ChildLinkSpec;
  /** Absent: the parent's MTU (the kernel's default for every child kind). */
  mtu?: number;
  /** Absent: random (macvlan), the parent's (ipvlan, VLAN). */
  mac?: string;
  gsoMaxSize?: number;
  groMaxSize?: number;
}

/**
 * A child kind that takes its parent's MAC cannot have one of its own: ipvlan shares the parent's
 * address by design, and a passthru macvlan inherits it (setting one would change the parent's).
 */
export function childTakesOwnMac(spec: ChildLinkSpec): boolean {
  return spec.kind === 'vlan' || (spec.kind === 'macvlan' && spec.mode !== 'passthru');
}

/**
 * Why `spec` cannot be created beside `siblings` (the parent's other children, in whatever pod),
 * or undefined. Most of these the kernel refuses too, with a bare errno; one it accepts
 * silently: it keeps one ipvlan mode and flags per parent, and the newest child's settings become
 * every sibling's, changing the pods already using the parent.
 */
export function siblingConflict(spec: ChildLinkSpec, siblings: readonly ChildLinkSpec[]): string | undefined {
  for (const sibling of siblings) {
    const conflict = pairConflict(spec, sibling);
    if (conflict) return conflict;
  }
  return undefined;
}

function pairConflict(spec: ChildLinkSpec, sibling: ChildLinkSpec): string | undefined {
  const macvlanAndIpvlan = [spec.kind, sibling.kind].sort().join();
  if (macvlanAndIpvlan === 'ipvlan,macvlan') {
    return `the parent has ${sibling.kind} children, and a link takes either macvlan or ipvlan children, not both: a ${spec.kind} child cannot join them`;
  }
  if (spec.kind === 'macvlan' && sibling.kind === 'macvlan' && (spec.mode === 'passthru' || sibling.mode === 'passthru')) {
    return `a passthru macvlan takes its parent whole: it cannot share the parent with another macvlan child (the parent has one in ${sibling.mode} mode)`;
  }
  if (spec.kind === 'ipvlan' && sibling.kind === 'ipvlan' && (sibling.mode !== spec.mode || sibling.flags !== spec.flags)) {
    return `the parent's ipvlan children run in mode ${sibling.mode} with flags ${sibling.flags}, and the kernel keeps one mode and flags per parent: `
      + `an ipvlan child in mode ${spec.mode} with flags ${spec.flags} would switch theirs too`;
  }
  if (spec.kind === 'vlan' && sibling.kind === 'vlan' && spec.vlanId === sibling.vlanId && spec.protocol === sibling.protocol) {
    return `VLAN ${spec.vlanId} (${spec.protocol}) of the parent is a child in a pod already: a link has one child per VLAN`;
  }
  return undefined;
}

/**
 * Creates the child, on the thread pool: registering a link usually takes the kernel half a
 * millisecond, but the first child of a parent (its macvlan/ipvlan port) or a busy rtnl lock
 * has taken 50 ms here, which the event loop must not wait through. EEXIST when the name is
 * taken in the target namespace.
 */
export async function createChildLink(socket: NetlinkSocket, child: NewChildLink, operation: string): Promise<void> {
  await socket.executeAsync(RTM.NEWLINK, NLM_F.CREATE | NLM_F.EXCL, encodeChildLink(child), operation);
}

function encodeChildLink(child: NewChildLink): Buffer {
  const writer = new MessageWriter().raw(ifinfomsg(0))
    .string(IFLA.IFNAME, child.name)
    .u32(IFLA.LINK, child.parentIndex)
    .u32(IFLA.NET_NS_FD, child.netnsFd);
  if (child.mtu !== undefined) writer.u32(IFLA.MTU, child.mtu);
  if (child.mac !== undefined) writer.bytes(IFLA.ADDRESS, parseMac(child.mac));
  if (child.gsoMaxSize !== undefined) writer.u32(IFLA.GSO_MAX_SIZE, child.gsoMaxSize);
  if (child.groMaxSize !== undefined) writer.u32(IFLA.GRO_MAX_SIZE, child.groMaxSize);
  return writer.nested(IFLA.LINKINFO, (info) => {
    info.string(IFLA_INFO.KIND, child.spec.kind);
    info.nested(IFLA_INFO.DATA, (data) => writeKindData(data, child.spec));
  }).finish();
}

function writeKindData(data: MessageWriter, spec: ChildLinkSpec): void {
  switch (spec.kind) {
    case 'macvlan':
      data.u32(IFLA_MACVLAN.MODE, MACVLAN_MODE[upper(spec.mode)]);
      return;
    case 'ipvlan':
      data.u16(IFLA_IPVLAN.MODE, IPVLAN_MODE[upper(spec.mode)]);
      data.u16(IFLA_IPVLAN.FLAGS, spec.flags === 'bridge' ? 0 : IPVLAN_F[upper(spec.flags)]);
      return;
    case 'vlan': {
      data.u16(IFLA_VLAN.ID, spec.vlanId);
      // __be16 in the UAPI: the one attribute here in network byte order.
      const protocol = Buffer.alloc(2);
      protocol.writeUInt16BE(spec.protocol === '802.1Q' ? ETH_P['8021Q'] : ETH_P['8021AD']);
      data.bytes(IFLA_VLAN.PROTOCOL, protocol);
    }
  }
}

function upper<T extends string>(value: T): Uppercase<T> {
  return value.toUpperCase() as Uppercase<T>;
}

/**
 * rtnetlink links: list, look up, change, and move between namespaces. A change is one
 * RTM_NEWLINK on an existing index (like `ip link set`), so several attributes land together.
 */
import { Attributes, MessageWriter, packHeader } from './netlink/attributes.ts';
import { ETH_P, HEADER_SIZE, IFF, IFLA, IFLA_INFO, IFLA_VF, RTEXT_FILTER, RTM } from './netlink/constants.ts';
import { isNetlinkError } from './netlink/errors.ts';
import type { NetlinkMessage } from './netlink/message.ts';
import type { NetlinkSocket } from './netlink/socket.ts';
import { formatMac, parseMac } from './mac.ts';

const AF_UNSPEC = 0;
const OPER_STATES = ['unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up'];
const ETH_ALEN = 6;
export const VF_LINK_STATES = ['auto', 'enable', 'disable'] as const;
export const VF_VLAN_PROTOS = ['802.1Q', '802.1ad'] as const;
export type VfLinkState = (typeof VF_LINK_STATES)[number];
export type VfVlanProto = (typeof VF_VLAN_PROTOS)[number];
/** What the kernel reports for a VF setting the driver does not implement (ivi fields preset to -1). */
const VF_SETTING_UNKNOWN = 0xffffffff;
/** A switchdev port standing in for a VF or SF of some PF (devlink names them so: pf0vf3, c1pf0sf2). */
const REPRESENTOR_PORT = /^(c\d+)?pf\d+(vf|sf)\d+$/;

/**
 * One VF as its PF reports it (IFLA_VF_INFO): what `ip link set PF vf N ...` sets, and what
 * netops/vf.ts snapshots before changing a VF and puts back after. Field names are sriov-cni's.
 */
export interface VfInfo {
  vf: number;
  mac: string;
  /** 0 when the VF is untagged. */
  vlan: number;
  qos: number;
  /**
   * The tag's protocol, only for a tagged VF: an untagged VF has none worth restoring (netdevsim
   * reports 0 until one is set, other drivers 802.1Q).
   */
  vlanProto?: VfVlanProto;
  /** Mb/s; 0 is no limit. */
  minTxRate: number;
  maxTxRate: number;
  /** Absent when the driver does not say. */
  spoofChk?: boolean;
  trust?: boolean;
  linkState: VfLinkState;
}

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
  /** SR-IOV: the VF count of the PF's device as its bus reports it (IFLA_NUM_VF, in listLinks). */
  numVfs?: number;
  /** The PF's VF table (IFLA_VFINFO_LIST, in listLinks), when the driver has one. */
  vfs?: VfInfo[];
  /** switchdev: the port's name ("p0", "pf0vf1") and the id of the switch it belongs to, in hex. */
  physPortName?: string;
  physSwitchId?: string;
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

/** `vfs`: with a PF's VF table (Link.vfs), leaving out the per-VF counters the kernel would otherwise gather. */
export interface LookupOptions {
  vfs?: boolean;
}

export function findLinkByName(socket: NetlinkSocket, name: string, options: LookupOptions = {}): Link | undefined {
  return findLink(socket, lookupMask(new MessageWriter().raw(ifinfomsg(0)).string(IFLA.IFNAME, name), options), `look up link ${name}`);
}

export function findLinkByIndex(socket: NetlinkSocket, index: number, options: LookupOptions = {}): Link | undefined {
  return findLink(socket, lookupMask(new MessageWriter().raw(ifinfomsg(index)), options), `look up link #${index}`);
}

function lookupMask(writer: MessageWriter, { vfs }: LookupOptions): Buffer {
  return (vfs ? writer.u32(IFLA.EXT_MASK, RTEXT_FILTER.VF | RTEXT_FILTER.SKIP_STATS) : writer).finish();
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

/** Deletes a link, on the thread pool: the kernel waits for RCU readers of the link before it answers. */
export async function deleteLink(socket: NetlinkSocket, index: number, operation: string): Promise<void> {
  await socket.executeAsync(RTM.DELLINK, 0, new MessageWriter().raw(ifinfomsg(index)).finish(), operation);
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
export function ifinfomsg(index: number, flags = 0, change = 0): Buffer {
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
  const numVfs = attributes.u32(IFLA.NUM_VF);
  if (numVfs !== undefined) link.numVfs = numVfs;
  const vfList = attributes.nested(IFLA.VFINFO_LIST);
  if (vfList) link.vfs = vfList.list(IFLA_VF.INFO).map((nest) => decodeVf(new Attributes(nest), attributes.get(IFLA.ADDRESS)?.length || ETH_ALEN));
  const portName = attributes.string(IFLA.PHYS_PORT_NAME);
  if (portName) link.physPortName = portName;
  const switchId = attributes.get(IFLA.PHYS_SWITCH_ID);
  if (switchId?.length) link.physSwitchId = switchId.toString('hex');
  return link;
}

/** A switchdev representor of a VF or SF: a port of the eswitch, not a function a pod can use. */
export function isRepresentor(link: Pick<Link, 'physPortName' | 'physSwitchId'>): boolean {
  return link.physSwitchId !== undefined && REPRESENTOR_PORT.test(link.physPortName ?? '');
}

/**
 * Each IFLA_VF_* payload is a struct that starts with the VF number (struct ifla_vf_mac, _vlan,
 * _rate...); a payload shorter than its struct is ignored rather than read past.
 */
function decodeVf(vf: Attributes, macLength: number): VfInfo {
  const field = (type: number, offset: number): number | undefined => {
    const value = vf.get(type);
    return value && value.length >= offset + 4 ? value.readUInt32LE(offset) : undefined;
  };
  const flag = (type: number): boolean | undefined => {
    const value = field(type, 4);
    return value === undefined || value === VF_SETTING_UNKNOWN ? undefined : value !== 0;
  };
  const mac = vf.get(IFLA_VF.MAC);
  const vlan = field(IFLA_VF.VLAN, 4) ?? 0;
  const info: VfInfo = {
    vf: field(IFLA_VF.MAC, 0) ?? field(IFLA_VF.VLAN, 0) ?? -1,
    // struct ifla_vf_mac holds 32 bytes; the PF's address length says how many are the VF's.
    mac: mac && mac.length >= 4 + macLength ? formatMac(mac.subarray(4, 4 + macLength)) : '',
    vlan,
    qos: field(IFLA_VF.VLAN, 8) ?? 0,
    minTxRate: field(IFLA_VF.RATE, 4) ?? 0,
    // IFLA_VF_TX_RATE is the older, max-only form of IFLA_VF_RATE.
    maxTxRate: field(IFLA_VF.RATE, 8) ?? field(IFLA_VF.TX_RATE, 4) ?? 0,
    linkState: VF_LINK_STATES[field(IFLA_VF.LINK_STATE, 4) ?? 0] ?? 'auto',
  };
  if (vlan) info.vlanProto = vlanProto(vf.nested(IFLA_VF.VLAN_LIST)?.get(IFLA_VF.VLAN_INFO));
  const spoofChk = flag(IFLA_VF.SPOOFCHK);
  if (spoofChk !== undefined) info.spoofChk = spoofChk;
  const trust = flag(IFLA_VF.TRUST);
  if (trust !== undefined) info.trust = trust;
  return info;
}

/**
 * struct ifla_vf_vlan_info { u32 vf, vlan, qos; __be16 vlan_proto; }: the one VF field in network
 * byte order. Without it (a kernel before 4.9) or with a protocol of neither kind, the tag is
 * what IFLA_VF_VLAN sets: 802.1Q.
 */
function vlanProto(info: Buffer | undefined): VfVlanProto {
  return info && info.length >= 14 && info.readUInt16BE(12) === ETH_P['8021AD'] ? '802.1ad' : '802.1Q';
}

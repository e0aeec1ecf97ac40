/**
 * The host's network devices as inventory sees them: netlink links and addresses enriched from
 * sysfs, the links that carry the default routes, and a stream of link changes.
 */
import type { DeviceInfo } from './device-info.ts';
import { globalAddressesByLink } from './addr.ts';
import { AF_INET } from './ip.ts';
import { decodeLink, isRepresentor, type Link, listLinks } from './link.ts';
import { native } from './native/addon.ts';
import { decoding } from './netlink/errors.ts';
import { decodeMessages } from './netlink/message.ts';
import { IFF, NETLINK, RTM, RTN, RTNLGRP } from './netlink/constants.ts';
import { NetlinkSocket } from './netlink/socket.ts';
import { type RdmaBinding, rdmaBindingsByIfIndex } from './rdma.ts';
import { listRoutes, nexthopOutputs } from './route.ts';
import { type Devlink, eswitchMode, openDevlink } from './devlink.ts';
import { devlinkHandle, readSysfsFacts } from './sysfs.ts';

export interface ListDevicesOptions {
  sysfsRoot?: string;
  /** Hears a devlink failure the scan carried on past (a PF's e-switch mode kept as guessed). */
  onDevlinkError?: (message: string, error: unknown, ifName?: string) => void;
}

/** Every link in the host namespace, loopback included (callers decide what to offer). */
export function listDevices(options: ListDevicesOptions = {}): DeviceInfo[] {
  const socket = NetlinkSocket.open(NETLINK.ROUTE, null);
  try {
    const addresses = globalAddressesByLink(socket);
    const rdma = rdmaBindingsByIfIndex();
    const links = listLinks(socket);
    const switchdev = switchdevSwitchIds(links);
    const devices = links.map((link) => toDeviceInfo(link, addresses.get(link.index) ?? [], rdma.get(link.index), switchdev, options.sysfsRoot));
    withDevlinkModes(devices, options);
    return withPfFacts(devices);
  } finally {
    socket.close();
  }
}

/**
 * Indexes of the links carrying a default route: the node's uplinks. IPv4 or IPv6, in any table
 * (policy routing sends some of the node's traffic out through a table of its own), every next
 * hop of a multipath route (ECMP over two uplinks names no single output link), and the links of
 * a nexthop object or group the route goes through (FRR sets nexthop_compat_mode=0, and then a
 * route names only the object's id).
 */
export function defaultRouteIfIndexes(): number[] {
  const socket = NetlinkSocket.open(NETLINK.ROUTE, null);
  try {
    const defaults = listRoutes(socket).filter((route) => route.destination.prefixLength === 0 && route.type === RTN.UNICAST);
    // Nexthop objects are listed only when a route needs them: kernels before 5.3 have none to list.
    const objects = defaults.some((route) => route.nexthopId !== undefined) ? nexthopOutputs(socket) : new Map<number, number[]>();
    const indexes = defaults.flatMap((route) => [
      ...(route.outputIndex === undefined ? [] : [route.outputIndex]),
      ...(route.nexthopIndexes ?? []),
      ...(route.nexthopId === undefined ? [] : objects.get(route.nexthopId) ?? []),
    ]);
    return [...new Set(indexes)];
  } finally {
    socket.close();
  }
}

export type LinkEvent =
  | { type: 'new' | 'deleted'; link: Link }
  /** Events were lost (a full queue or kernel buffer, an unreadable datagram): anything may have changed. */
  | { type: 'overflow' };

/** How watchLinks reports what it cannot hand to its listener: a one-line message and the error. */
export type LinkWatchReport = (message: string, error: unknown) => void;

/** The kernel's IFF_LOWER_UP: the link has carrier (a veth: its peer is up). */
export function hasCarrier(link: Pick<Link, 'flags'>): boolean {
  return (link.flags & IFF.LOWER_UP) !== 0;
}

/**
 * Link additions, changes and removals in the host namespace (or the one at `netnsPath`),
 * delivered without blocking. Nothing goes unnoticed: an exception from the listener is reported
 * and the next event still comes; an unreadable datagram is reported and becomes an overflow; a
 * monitor that stops is reported.
 */
export function watchLinks(listener: (event: LinkEvent) => void, report: LinkWatchReport, netnsPath: string | null = null): { close(): void } {
  const emit = (event: LinkEvent): void => {
    try {
      listener(event);
    } catch (error) {
      report(`link event listener failed on a ${event.type} event`, error);
    }
  };
  return native.monitor(NETLINK.ROUTE, netnsPath, [RTNLGRP.LINK], (delivery) => {
    if (delivery === null) return emit({ type: 'overflow' });
    if (delivery instanceof Error) return report('link monitor stopped', delivery);
    let events: LinkEvent[];
    try {
      events = decodeLinkEvents(delivery);
    } catch (error) {
      report('unreadable link event, rescanning', error);
      events = [{ type: 'overflow' }];
    }
    for (const event of events) emit(event);
  });
}

function decodeLinkEvents(datagram: Buffer): LinkEvent[] {
  return decoding('decode link event', () => decodeMessages(datagram).flatMap((message): LinkEvent[] => {
    if (message.type === RTM.NEWLINK) return [{ type: 'new', link: decodeLink(message) }];
    if (message.type === RTM.DELLINK) return [{ type: 'deleted', link: decodeLink(message) }];
    return [];
  }));
}

/**
 * Gives each VF its PF's MTU and link speed, which bound the VF's (prepare checks a claim's MTU
 * and rates against them). Taken from the same scan, since the PF itself may be one the node
 * keeps (its uplink) and so never reaches the catalog.
 */
export function withPfFacts(devices: DeviceInfo[]): DeviceInfo[] {
  const byName = new Map(devices.map((device) => [device.ifName, device]));
  for (const device of devices) {
    const pf = device.pfName === undefined ? undefined : byName.get(device.pfName);
    if (!pf) continue;
    device.pfMtu = pf.mtu;
    if (pf.speedMbps !== undefined) device.pfSpeedMbps = pf.speedMbps;
  }
  return devices;
}

/**
 * Each PF's e-switch mode as devlink reports it (DEVLINK_CMD_ESWITCH_GET), replacing the guess
 * from representors where devlink answers. A kernel without devlink, a device without an
 * instance or e-switch, or a devlink that fails keeps the guess: the mode is a published fact,
 * not worth losing the scan over. A PF whose query fails keeps its guess alone; the others are
 * still asked (`onDevlinkError` hears why).
 */
function withDevlinkModes(devices: DeviceInfo[], options: ListDevicesOptions): void {
  const pfs = devices.filter((device) => device.eswitchMode !== undefined);
  if (pfs.length === 0) return;
  let devlink: Devlink | undefined;
  try {
    devlink = openDevlink();
  } catch (error) {
    options.onDevlinkError?.(`devlink unavailable: ${(error as Error).message}`, error);
    return;
  }
  if (!devlink) return;
  try {
    for (const pf of pfs) {
      try {
        const handle = devlinkHandle(pf.ifName, options.sysfsRoot);
        const mode = handle && eswitchMode(devlink, handle);
        if (mode) pf.eswitchMode = mode;
      } catch (error) {
        options.onDevlinkError?.(`e-switch mode of ${pf.ifName} unreadable, kept "${pf.eswitchMode}" from its representors: ${(error as Error).message}`, error, pf.ifName);
      }
    }
  } finally {
    devlink.socket.close();
  }
}

/**
 * The e-switches in switchdev mode as the links show them: those with VF or SF representors,
 * which exist only in that mode. The fallback where devlink does not answer; it reads a PF in
 * switchdev mode without any VF yet as "legacy" (nothing a pod could be given hangs off it then).
 */
function switchdevSwitchIds(links: readonly Link[]): ReadonlySet<string> {
  return new Set(links.filter(isRepresentor).map((link) => link.physSwitchId!));
}

function toDeviceInfo(link: Link, addresses: Array<{ family: number; cidr: string }>, rdma: RdmaBinding | undefined, switchdev: ReadonlySet<string>, sysfsRoot?: string): DeviceInfo {
  const facts = readSysfsFacts(link.name, sysfsRoot);
  const device: DeviceInfo = {
    ifName: link.name,
    ifIndex: link.index,
    type: link.kind ?? 'device',
    mac: link.mac,
    mtu: link.mtu,
    state: link.operState,
    adminUp: link.up,
    carrier: hasCarrier(link),
    virtual: facts.virtual,
    ipv4: addresses.filter((a) => a.family === AF_INET).map((a) => a.cidr),
    ipv6: addresses.filter((a) => a.family !== AF_INET).map((a) => a.cidr),
    isSriovVf: facts.isSriovVf,
  };
  if (link.masterIndex !== undefined) device.masterIndex = link.masterIndex;
  if (link.lowerIndex !== undefined && link.lowerNetnsId === undefined) device.lowerIndex = link.lowerIndex;
  const { virtual: _virtual, isSriovVf: _vf, ...optional } = facts;
  const info = { ...device, ...optional, ...kernelReported(link, rdma) };
  if (!isRepresentor(link) && ((info.sriovTotalVfs ?? 0) > 0 || (info.sriovNumVfs ?? 0) > 0)) {
    info.eswitchMode = link.physSwitchId !== undefined && switchdev.has(link.physSwitchId) ? 'switchdev' : 'legacy';
  }
  return info;
}

/**
 * What the kernel reports through netlink about SR-IOV, switchdev and RDMA; it wins over sysfs,
 * which knows these only for PCI functions (netdevsim's VFs and an rxe device have none there).
 */
function kernelReported(link: Link, rdma: RdmaBinding | undefined): Partial<DeviceInfo> {
  const reported: Partial<DeviceInfo> = {};
  if (link.numVfs) reported.sriovNumVfs = link.numVfs;
  if (link.vfs?.length) reported.vfs = link.vfs;
  if (isRepresentor(link)) reported.representorPort = link.physPortName!;
  if (rdma) {
    reported.rdmaDevice = rdma.device;
    if (rdma.charDevices.length) reported.rdmaCharDevices = rdma.charDevices;
    if (rdma.portState) reported.rdmaPortState = rdma.portState;
  }
  return reported;
}

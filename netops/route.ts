/** rtnetlink routes (RTM_*ROUTE), in any table. */
import { formatCidr, formatIp, type IpAddress, type IpPrefix } from './ip.ts';
import { Attributes, MessageWriter } from './netlink/attributes.ts';
import { HEADER_SIZE, NHA, NLM_F, RT_SCOPE, RT_TABLE, RTA, RTM, RTN, RTPROT } from './netlink/constants.ts';
import type { NetlinkSocket } from './netlink/socket.ts';

/**
 * One route, whether listed from the kernel, recorded in a host snapshot, planned for a pod or
 * added (as vishvananda/netlink has one Route for all). The family is the destination's. A listed
 * route has every header field; when adding, absent ones take the defaults `routeDefaults` names.
 */
export interface Route {
  destination: IpPrefix;
  gateway?: IpAddress;
  source?: IpAddress;
  outputIndex?: number;
  /** RT_TABLE_MAIN when absent. */
  table?: number;
  /** Link scope without a gateway, universe with one, when absent (what `ip route add` does). */
  scope?: number;
  /** RTN_UNICAST when absent. */
  type?: number;
  /** RTPROT_*; static when absent (set when restoring a route that had another origin). */
  protocol?: number;
  priority?: number;
  /** The output links of a multipath route's next hops (RTA_MULTIPATH): such a route has no outputIndex. */
  nexthopIndexes?: number[];
  /** A route through a nexthop object (RTA_NH_ID); unless the kernel expands it, nothing else names its links. */
  nexthopId?: number;
}

/** Routes of every table; with outputIndex, only those through that link (filtered by the kernel). */
export function listRoutes(socket: NetlinkSocket, filter: { family?: number; outputIndex?: number } = {}): Route[] {
  const writer = new MessageWriter().raw(rtmsg({ family: filter.family ?? 0, dstLen: 0, table: 0, protocol: 0, scope: 0, type: 0 }));
  if (filter.outputIndex !== undefined) writer.u32(RTA.OIF, filter.outputIndex);
  const body = writer.finish();
  return socket.dump(RTM.GETROUTE, body, 'list routes', ({ payload: p }) => {
    const attributes = new Attributes(p, HEADER_SIZE.rtmsg);
    const routeFamily = p.readUInt8(0) as IpPrefix['family'];
    const width = routeFamily === 2 ? 4 : 16;
    const route: Route = {
      destination: { family: routeFamily, bytes: Buffer.from(attributes.get(RTA.DST) ?? Buffer.alloc(width)), prefixLength: p.readUInt8(1) },
      table: attributes.u32(RTA.TABLE) ?? p.readUInt8(4),
      protocol: p.readUInt8(5),
      scope: p.readUInt8(6),
      type: p.readUInt8(7),
    };
    const gateway = attributes.get(RTA.GATEWAY);
    if (gateway) route.gateway = { family: routeFamily, bytes: Buffer.from(gateway) };
    const source = attributes.get(RTA.PREFSRC);
    if (source) route.source = { family: routeFamily, bytes: Buffer.from(source) };
    const output = attributes.u32(RTA.OIF);
    if (output !== undefined) route.outputIndex = output;
    const priority = attributes.u32(RTA.PRIORITY);
    if (priority !== undefined) route.priority = priority;
    const multipath = attributes.get(RTA.MULTIPATH);
    if (multipath) route.nexthopIndexes = nexthopIndexes(multipath);
    const nexthopId = attributes.u32(RTA.NH_ID);
    if (nexthopId !== undefined) route.nexthopId = nexthopId;
    return route;
  });
}

/** The output links of every nexthop object by id, a group's being those of its members. */
export function nexthopOutputs(socket: NetlinkSocket): Map<number, number[]> {
  const objects = socket.dump(RTM.GETNEXTHOP, Buffer.alloc(HEADER_SIZE.nhmsg), 'list nexthops', ({ payload }) => {
    const attributes = new Attributes(payload, HEADER_SIZE.nhmsg);
    const group = attributes.get(NHA.GROUP);
    const members: number[] = [];
    // struct nexthop_grp: id u32, weight u8, two reserved fields (u8, u16).
    for (let position = 0; group && position + 8 <= group.length; position += 8) members.push(group.readUInt32LE(position));
    return { id: attributes.u32(NHA.ID), output: attributes.u32(NHA.OIF), members };
  });
  const outputOf = new Map(objects.map((object) => [object.id, object.output]));
  return new Map(objects.flatMap(({ id, output, members }) => {
    if (id === undefined) return [];
    const outputs = members.length > 0 ? members.map((member) => outputOf.get(member)) : [output];
    return [[id, outputs.filter((index): index is number => index !== undefined)]];
  }));
}

/** The ifindex of each struct rtnexthop (len u16, flags u8, hops u8, ifindex s32, its attributes), 4-aligned. */
function nexthopIndexes(multipath: Buffer): number[] {
  const indexes: number[] = [];
  for (let position = 0; position + RTNH_SIZE <= multipath.length;) {
    const length = multipath.readUInt16LE(position);
    if (length < RTNH_SIZE || position + length > multipath.length) break; // truncated: stop, don't throw
    indexes.push(multipath.readInt32LE(position + 4));
    position += (length + 3) & ~3;
  }
  return indexes;
}

const RTNH_SIZE = 8;

/** The route with its table and scope as the kernel will have them. */
export function routeDefaults<T extends Route>(route: T): T & { table: number; scope: number } {
  return { ...route, table: route.table ?? RT_TABLE.MAIN, scope: route.scope ?? (route.gateway ? RT_SCOPE.UNIVERSE : RT_SCOPE.LINK) };
}

/** Adds a route through the given output link. */
export function addRoute(socket: NetlinkSocket, route: Route & { outputIndex: number }): void {
  const spec = routeDefaults(route);
  socket.execute(RTM.NEWROUTE, NLM_F.CREATE | NLM_F.EXCL, encodeRoute(spec), `add route ${describeRoute(spec)}`);
}

function describeRoute(spec: Route & { table: number }): string {
  const via = spec.gateway ? ` via ${formatIp(spec.gateway.family, spec.gateway.bytes)}` : '';
  const table = spec.table === RT_TABLE.MAIN ? '' : ` table ${spec.table}`;
  return `${formatCidr(spec.destination)}${via}${table}`;
}

function encodeRoute(spec: Route & { outputIndex: number; table: number; scope: number }): Buffer {
  const writer = new MessageWriter().raw(rtmsg({
    family: spec.destination.family,
    dstLen: spec.destination.prefixLength,
    // Tables above 255 only fit in RTA_TABLE; the header then says "see the attribute".
    table: spec.table < 256 ? spec.table : RT_TABLE.UNSPEC,
    protocol: spec.protocol ?? RTPROT.STATIC,
    scope: spec.scope,
    type: spec.type ?? RTN.UNICAST,
  }));
  if (spec.destination.prefixLength > 0) writer.bytes(RTA.DST, spec.destination.bytes);
  if (spec.gateway) writer.bytes(RTA.GATEWAY, spec.gateway.bytes);
  if (spec.source) writer.bytes(RTA.PREFSRC, spec.source.bytes);
  if (spec.priority !== undefined) writer.u32(RTA.PRIORITY, spec.priority);
  return writer.u32(RTA.OIF, spec.outputIndex).u32(RTA.TABLE, spec.table).finish();
}

interface RtmsgFields { family: number; dstLen: number; table: number; protocol: number; scope: number; type: number }

/** struct rtmsg { u8 family, dst_len, src_len, tos, table, protocol, scope, type; u32 flags; } */
function rtmsg(fields: RtmsgFields): Buffer {
  return Buffer.from([fields.family, fields.dstLen, 0, 0, fields.table, fields.protocol, fields.scope, fields.type, 0, 0, 0, 0]);
}

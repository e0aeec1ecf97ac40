/**
 * What attaching one host link to a pod means, decided without touching the kernel: from the
 * link's host snapshot and the claim's config, the ordered list of things to set. Pure, so every
 * rule below is tested without root; attach.ts executes the plan.
 */
import { AF_INET, type IpAddress, type IpPrefix, parseCidr, parseIp } from './ip.ts';
import type { InterfaceConfig } from './config.ts';
import { RT_SCOPE, RT_TABLE } from './netlink/constants.ts';
import { interfaceSysctl } from './sysctl.ts';

/** A route as recorded or planned, with the output link left implicit (it is the attached link). */
export interface PlannedRoute {
  destination: IpPrefix;
  gateway?: IpAddress;
  source?: IpAddress;
  table: number;
  scope: number;
  priority?: number;
  protocol?: number;
}

/**
 * The host-side state of a link before it was attached: everything detach needs to put it back
 * exactly. JSON-serialisable (it is checkpointed), hence strings for addresses and routes.
 */
export interface HostSnapshot {
  ifName: string;
  ifIndex: number;
  mtu: number;
  mac: string;
  up: boolean;
  /** Link kind ("veth", "macvlan", ...); such links die with the pod namespace, hardware returns. */
  kind?: string;
  gsoMaxSize?: number;
  groMaxSize?: number;
  minMtu?: number;
  maxMtu?: number;
  /** Addresses as CIDRs (global scope; link-local ones the kernel recreates by itself). */
  addresses: string[];
  routes: SnapshotRoute[];
}

export interface SnapshotRoute {
  destination: string;
  gateway?: string;
  source?: string;
  table: number;
  scope: number;
  priority?: number;
  protocol: number;
}

export interface AttachPlan {
  /** The link's name inside the pod. */
  podIfName: string;
  /** Applied with the namespace move, in the same message. */
  move: { name: string; mtu?: number; mac?: string; gsoMaxSize?: number; groMaxSize?: number };
  sysctls: Array<{ name: string; value: number }>;
  addresses: IpPrefix[];
  /** Link-scope routes first: a gateway is only reachable once its subnet is. */
  routes: PlannedRoute[];
  rules: Array<{ family: number; priority?: number; source?: IpPrefix; destination?: IpPrefix; table: number }>;
  neighbors: Array<{ destination: IpAddress; mac: string }>;
}

class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

/**
 * Plans the attach. The user's config wins; what it leaves out comes from the host: the link's
 * name, and — as users of physical NICs expect — its global addresses, and when the config sets
 * neither addresses nor routes, the routes that went through it too.
 */
export function planAttach(snapshot: HostSnapshot, config: InterfaceConfig): AttachPlan {
  const wanted = config.interface ?? {};
  const podIfName = wanted.name ?? snapshot.ifName;
  const mtu = wanted.mtu;
  if (mtu !== undefined && snapshot.maxMtu && (mtu < (snapshot.minMtu ?? 0) || mtu > snapshot.maxMtu)) {
    throw new PlanError(`interface.mtu: ${mtu} is outside what ${snapshot.ifName} supports (${snapshot.minMtu ?? 0}-${snapshot.maxMtu})`);
  }
  const move: AttachPlan['move'] = { name: podIfName };
  if (mtu !== undefined && mtu !== snapshot.mtu) move.mtu = mtu;
  if (wanted.hardwareAddr !== undefined && wanted.hardwareAddr.toLowerCase() !== snapshot.mac) move.mac = wanted.hardwareAddr.toLowerCase();
  if (wanted.gsoMaxSize !== undefined) move.gsoMaxSize = wanted.gsoMaxSize;
  if (wanted.groMaxSize !== undefined) move.groMaxSize = wanted.groMaxSize;

  const sysctls: AttachPlan['sysctls'] = [];
  if (wanted.arpIgnore !== undefined) sysctls.push({ name: interfaceSysctl('ipv4', podIfName, 'arp_ignore'), value: wanted.arpIgnore });
  if (wanted.arpAnnounce !== undefined) sysctls.push({ name: interfaceSysctl('ipv4', podIfName, 'arp_announce'), value: wanted.arpAnnounce });

  const carryHostState = wanted.addresses === undefined;
  const addresses = (wanted.addresses ?? snapshot.addresses).map((cidr) => parseCidr(cidr)!);
  const routes = config.routes !== undefined || !carryHostState
    ? (config.routes ?? []).map((route): PlannedRoute => {
      const planned: PlannedRoute = {
        destination: parseCidr(route.destination)!,
        table: route.table ?? RT_TABLE.MAIN,
        scope: route.scope ?? (route.gateway ? RT_SCOPE.UNIVERSE : RT_SCOPE.LINK),
      };
      if (route.gateway) planned.gateway = parseIp(route.gateway)!;
      if (route.source) planned.source = parseIp(route.source)!;
      return planned;
    })
    : snapshot.routes.map(routeFromSnapshot);

  return {
    podIfName,
    move,
    sysctls,
    addresses,
    routes: orderRoutes(routes),
    rules: (config.rules ?? []).map((rule) => {
      const source = rule.source === undefined ? undefined : parseCidr(rule.source)!;
      const destination = rule.destination === undefined ? undefined : parseCidr(rule.destination)!;
      return {
        family: (source ?? destination)?.family ?? AF_INET,
        table: rule.table,
        ...(rule.priority === undefined ? {} : { priority: rule.priority }),
        ...(source ? { source } : {}),
        ...(destination ? { destination } : {}),
      };
    }),
    neighbors: (config.neighbors ?? []).map((neighbor) => ({ destination: parseIp(neighbor.destination)!, mac: neighbor.hardwareAddr.toLowerCase() })),
  };
}

/** Link-scope (directly connected) routes before routes via gateways; otherwise as given. */
export function orderRoutes<T extends { gateway?: unknown }>(routes: T[]): T[] {
  return [...routes.filter((route) => !route.gateway), ...routes.filter((route) => route.gateway)];
}

export function routeFromSnapshot(route: SnapshotRoute): PlannedRoute {
  const planned: PlannedRoute = { destination: parseCidr(route.destination)!, table: route.table, scope: route.scope };
  if (route.gateway) planned.gateway = parseIp(route.gateway)!;
  if (route.source) planned.source = parseIp(route.source)!;
  if (route.priority !== undefined) planned.priority = route.priority;
  planned.protocol = route.protocol;
  return planned;
}

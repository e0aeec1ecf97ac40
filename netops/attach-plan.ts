/**
 * What attaching one host link to a pod means, decided without touching the kernel: from the
 * link's host snapshot and the claim's config, the ordered list of things to set. Pure, so every
 * rule below is tested without root; attach.ts executes the plan.
 */
import type { IpAddress, IpPrefix } from './ip.ts';
import type { Neighbor } from './neigh.ts';
import { type Route, routeDefaults } from './route.ts';
import type { Rule } from './rule.ts';
import { interfaceSysctl } from './sysctl.ts';

/**
 * What the pod side of an attach should have, as parsed values: plugin/apis decodes a claim's
 * config into this once, at prepare, so nothing here reads text.
 */
export interface AttachConfig {
  interface?: {
    name?: string;
    addresses?: IpPrefix[];
    mtu?: number;
    hardwareAddr?: string;
    arpIgnore?: number;
    arpAnnounce?: number;
    gsoMaxSize?: number;
    groMaxSize?: number;
  };
  routes?: Route[];
  rules?: Rule[];
  neighbors?: Neighbor[];
}

/** The host-side state of a link before it was attached: everything detach needs to put it back exactly. */
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
  /** Global-scope addresses (link-local ones the kernel recreates by itself). */
  addresses: IpPrefix[];
  /** Routes through the link, output link left out (it is the link, under whatever index it has then). */
  routes: Route[];
}

export interface AttachPlan {
  /** The link's name inside the pod. */
  podIfName: string;
  /** Applied with the namespace move, in the same message. */
  move: { name: string; mtu?: number; mac?: string; gsoMaxSize?: number; groMaxSize?: number };
  sysctls: Array<{ name: string; value: number }>;
  addresses: IpPrefix[];
  /** Link-scope routes first: a gateway is only reachable once its subnet is. */
  routes: Route[];
  rules: Rule[];
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
export function planAttach(snapshot: HostSnapshot, config: AttachConfig): AttachPlan {
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
  const routes = config.routes !== undefined || !carryHostState
    ? (config.routes ?? []).map(routeDefaults)
    : snapshot.routes;

  return {
    podIfName,
    move,
    sysctls,
    addresses: wanted.addresses ?? snapshot.addresses,
    routes: orderRoutes(routes),
    rules: config.rules ?? [],
    neighbors: (config.neighbors ?? []).map((neighbor) => ({ destination: neighbor.destination, mac: neighbor.hardwareAddr.toLowerCase() })),
  };
}

/** Link-scope (directly connected) routes before routes via gateways; otherwise as given. */
export function orderRoutes(routes: Route[]): Route[] {
  return [...routes.filter((route) => !route.gateway), ...routes.filter((route) => route.gateway)];
}

/**
 * Where device health hears about links, without polling:
 * - devices on the host: the inventory's own link monitor (every event handed over as it comes)
 *   and every catalog the inventory builds (its scans follow those events, a lost event included);
 * - devices in pods: a link monitor inside each pod's network namespace that holds one of our
 *   devices, opened when the pod's attachment record is written (before the link moves, so the
 *   move itself is seen) and closed when the record goes. The host cannot see a link in a pod.
 * A host event about a device in a pod is ignored (its ifindex on the host is history), and so
 * is a catalog entry's state for it.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import { hasCarrier, watchLinks, type LinkEvent } from '../../netops/devices.ts';
import { listLinks, type Link } from '../../netops/link.ts';
import { NETLINK } from '../../netops/netlink/constants.ts';
import { NetlinkSocket } from '../../netops/netlink/socket.ts';
import type { Catalog } from '../inventory/catalog.ts';
import type { Logger } from '../log.ts';
import type { DeviceHealthTracker } from './device-health.ts';
import { classifyLink, type HealthObservation, type LinkStateView } from './link-health.ts';

/** A pod's devices as its attachment record names them. */
export interface PodDevices {
  podUid: string;
  netnsPath: string;
  devices: ReadonlyArray<{ device: string; podIfName: string }>;
}

/** How a pod's links are watched and listed; tests of the logic alone can hand in their own. */
export interface PodLinkAccess {
  watch(netnsPath: string, onEvent: (event: LinkEvent) => void, report: (message: string, error: unknown) => void): { close(): void };
  list(netnsPath: string): Link[];
}

export const kernelPodLinks: PodLinkAccess = {
  watch: (netnsPath, onEvent, report) => watchLinks(onEvent, report, netnsPath),
  list(netnsPath) {
    const socket = NetlinkSocket.open(NETLINK.ROUTE, netnsPath);
    try {
      return listLinks(socket);
    } finally {
      socket.close();
    }
  },
};

function linkView(link: Link): LinkStateView {
  return { adminUp: link.up, carrier: hasCarrier(link), operState: link.operState };
}

function infoView(info: DeviceInfo): LinkStateView {
  // Sources that do not report the flags (test doubles) are read from the operstate alone.
  return { adminUp: info.adminUp ?? info.state !== 'down', carrier: info.carrier ?? info.state === 'up', operState: info.state, ...rdmaOf(info) };
}

/**
 * Link events carry no RDMA port state: it comes from the last scan (each event triggers one, so
 * it follows within the inventory's rescan interval).
 */
function rdmaOf(info: DeviceInfo): Pick<LinkStateView, 'rdmaPortState'> {
  return info.rdmaPortState === undefined ? {} : { rdmaPortState: info.rdmaPortState };
}

interface PodWatch {
  netnsPath: string;
  /** Pod interface name → device name. */
  devices: Map<string, string>;
  monitor: { close(): void };
}

export class LinkHealthFeeds {
  readonly #tracker: DeviceHealthTracker;
  readonly #log: Logger;
  readonly #pods: PodLinkAccess;
  #catalog: Catalog = { entries: [], dropped: [] };
  /** Host link state from events, by ifindex: newer than any scan that ran before it. */
  readonly #hostEvents = new Map<number, LinkStateView | undefined>();
  readonly #podWatches = new Map<string, PodWatch>();
  /** What the pod monitors last said about each device in a pod. */
  readonly #inPods = new Map<string, HealthObservation>();

  constructor(options: { tracker: DeviceHealthTracker; logger: Logger; pods?: PodLinkAccess }) {
    this.#tracker = options.tracker;
    this.#log = options.logger;
    this.#pods = options.pods ?? kernelPodLinks;
  }

  /** Inventory.onScan: the published devices and what the scan saw of the host ones. */
  catalogBuilt(catalog: Catalog): void {
    this.#catalog = catalog;
    const devices = new Map<string, HealthObservation | undefined>();
    for (const entry of catalog.entries) {
      const name = entry.device.name;
      if (entry.attachedTo) {
        devices.set(name, this.#inPods.get(name));
        continue;
      }
      const fromEvent = this.#hostEvents.get(entry.info.ifIndex);
      const view = this.#hostEvents.has(entry.info.ifIndex) ? fromEvent && { ...fromEvent, ...rdmaOf(entry.info) } : infoView(entry.info);
      devices.set(name, classifyLink(entry.info.ifName, view));
    }
    this.#tracker.setDevices(devices);
    // Bounded by the catalog: the host's links come and go (every pod's CNI veth), their events must not pile up.
    const published = new Set(catalog.entries.filter((entry) => !entry.attachedTo).map((entry) => entry.info.ifIndex));
    for (const ifIndex of this.#hostEvents.keys()) if (!published.has(ifIndex)) this.#hostEvents.delete(ifIndex);
  }

  /** Inventory.onLinkEvent: a host link changed. */
  hostLinkEvent(event: LinkEvent): void {
    if (event.type === 'overflow') {
      // Anything may have changed: the rescan the inventory now runs says what is true.
      this.#hostEvents.clear();
      return;
    }
    const view = event.type === 'deleted' ? undefined : linkView(event.link);
    this.#hostEvents.set(event.link.index, view);
    const entry = this.#catalog.entries.find((candidate) => !candidate.attachedTo && candidate.info.ifIndex === event.link.index);
    if (entry) this.#tracker.observe(entry.device.name, classifyLink(entry.info.ifName, view && { ...view, ...rdmaOf(entry.info) }));
  }

  /** The pod's attachment record was written (or rewritten): watch its devices' links in its namespace. */
  podDevices(pod: PodDevices): void {
    const existing = this.#podWatches.get(pod.podUid);
    if (existing && existing.netnsPath === pod.netnsPath) {
      for (const { device, podIfName } of pod.devices) existing.devices.set(podIfName, device);
      return;
    }
    if (existing) this.podGone(pod.podUid);
    const devices = new Map(pod.devices.map(({ device, podIfName }) => [podIfName, device]));
    const log = this.#log.with({ podUid: pod.podUid, netns: pod.netnsPath });
    let monitor: { close(): void };
    try {
      // The monitor first, then the list: a change between the two is still heard.
      monitor = this.#pods.watch(pod.netnsPath, (event) => this.#podEvent(pod.podUid, event), (message, error) => log.warn(message, { error }));
    } catch (error) {
      log.warn('cannot watch the links of the pod\'s devices; their health stays as last seen', { devices: [...devices.values()], error });
      return;
    }
    const watch = { netnsPath: pod.netnsPath, devices, monitor };
    this.#podWatches.set(pod.podUid, watch);
    this.#relistPod(watch);
  }

  /** The pod's record is gone: its devices are home (the host feed takes over) or gone with it. */
  podGone(podUid: string): void {
    const watch = this.#podWatches.get(podUid);
    if (!watch) return;
    this.#podWatches.delete(podUid);
    watch.monitor.close();
    for (const device of watch.devices.values()) this.#inPods.delete(device);
  }

  close(): void {
    for (const podUid of [...this.#podWatches.keys()]) this.podGone(podUid);
  }

  #podEvent(podUid: string, event: LinkEvent): void {
    const watch = this.#podWatches.get(podUid);
    if (!watch) return;
    if (event.type === 'overflow') {
      this.#relistPod(watch);
      return;
    }
    const device = watch.devices.get(event.link.name);
    if (device !== undefined) this.#podObserved(device, event.link.name, event.type === 'deleted' ? undefined : linkView(event.link));
  }

  #relistPod(watch: PodWatch): void {
    let links: Link[];
    try {
      links = this.#pods.list(watch.netnsPath);
    } catch (error) {
      this.#log.warn('cannot list the links in a pod\'s namespace', { netns: watch.netnsPath, error });
      return;
    }
    for (const [podIfName, device] of watch.devices) {
      const link = links.find((candidate) => candidate.name === podIfName);
      this.#podObserved(device, podIfName, link && linkView(link));
    }
  }

  #podObserved(device: string, podIfName: string, view: LinkStateView | undefined): void {
    const observation = classifyLink(podIfName, view);
    this.#inPods.set(device, observation);
    this.#tracker.observe(device, observation);
  }
}

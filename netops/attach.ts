/**
 * Attach and detach: the kernel side of giving a pod a host link and taking it back.
 *
 * attach: snapshot the host-side state (and a VF's settings on its PF), set the VF's settings
 * through the PF, move the link into the pod in ONE message (new name, MTU, MAC), then configure
 * it in the pod. Any failure returns the link to the host as it was, and the VF's settings too.
 * detach: the reverse, driven only by the recorded Attachment, so it works after a restart, when
 * the pod namespace is already gone, and when run twice.
 */
import type { ChildLinkSpec } from './child-link.ts';
import { addAddress, globalAddresses, listAddresses } from './addr.ts';
import { type AttachConfig, type AttachPlan, type HostSnapshot, orderRoutes, planAttach } from './attach-plan.ts';
import { formatCidr } from './ip.ts';
import { changeLink, findLinkByIndex, findLinkByName, type Link, type LinkChanges, listLinks, moveLink } from './link.ts';
import { addPermanentNeighbor } from './neigh.ts';
import { NETLINK, RT_TABLE, RTN, RTPROT } from './netlink/constants.ts';
import { isNetlinkError } from './netlink/errors.ts';
import { NetlinkSocket } from './netlink/socket.ts';
import { HOST_NETNS, netnsExists, withNetnsFd } from './netns.ts';
import { pace } from './pace.ts';
import { attachRdmaDevice, returnRdmaDevice } from './rdma.ts';
import { setEgressRate } from './qdisc.ts';
import { addRoute, listRoutes } from './route.ts';
import { addRule, deleteRule, type Rule } from './rule.ts';
import { writeSysctl } from './sysctl.ts';
import { applyVfSettings, readVf, restoreVfSettings, type VfInfo, type VfReading, type VfSettings, type VfTarget } from './vf.ts';


export interface AttachRequest {
  /** The link's name on the host. */
  hostIfName: string;
  /** The pod's network namespace, e.g. /var/run/netns/cni-1234. */
  netnsPath: string;
  config: AttachConfig;
  /** The NIC's RDMA device, which follows it into the pod (exclusive RDMA netns mode). */
  rdmaDevice?: string;
  /** Caps what the pod may send on the interface (a tbf root qdisc), set before it is up. */
  egressRateMbps?: number;
  /** The link is this VF of a PF: these settings go on through the PF before it moves. */
  vf?: VfTarget & { settings: VfSettings };
}

/** What the pod got; this is what goes into the claim's status.devices[].networkData. */
export interface AttachResult {
  device: string;
  interfaceName: string;
  hardwareAddress: string;
  mtu: number;
  ips: string[];
}

/** Everything detach needs, checkpointed by the caller (plugin/apis encodes it for records). */
export interface Attachment {
  netnsPath: string;
  podIfName: string;
  snapshot: HostSnapshot;
  /** The MAC the link has in the pod, to recognise it if the kernel hands it back renamed. */
  podMac?: string;
  /** Rules belong to the namespace, not the link: detach removes the ones attach added. */
  rules: Rule[];
  /** Set when the NIC's RDMA device was moved into the pod with it. */
  rdmaDevice?: string;
  /**
   * Set when the pod got a sub-interface created in its namespace (the snapshot is then its
   * parent's, which never left the host): detach deletes the child instead of moving a link home.
   */
  child?: ChildRecord;
  /** Set when the link is a VF with settings to apply: the VF's settings before, restored through its PF at detach. */
  vf?: VfRecord;
}

/** A VF whose settings attach changes through its PF, with what they were before. */
export interface VfRecord extends VfTarget {
  before: VfInfo;
  /**
   * The MAC attach gave the VF through its PF. Some drivers hand it to the VF's netdev only at
   * the VF's next reset, later, inside the pod: detach recognises the link by it too.
   */
  mac?: string;
}

/** A sub-interface as checkpointed: enough to recognise it in the pod and delete it, even after a crash. */
export interface ChildRecord {
  spec: ChildLinkSpec;
  /** Its index in the pod, once created. */
  podIndex?: number;
}

export interface DetachOutcome {
  /** False when the link could not come home (a virtual link destroyed with its namespace). */
  returned: boolean;
  /** Things that did not go back exactly as they were, for the operator. */
  warnings: string[];
}

export class AttachError extends Error {
  readonly device: string;
  constructor(device: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AttachError';
    this.device = device;
  }
}

export async function attach(request: AttachRequest): Promise<{ result: AttachResult; attachment: Attachment }> {
  await pace();
  const pending = beginAttach(request);
  return { result: await pending.complete(), attachment: pending.attachment };
}

/**
 * An attach that has looked but not yet touched anything: the link exists, the snapshot is
 * taken, the plan is made, the name is free in the pod. The caller can checkpoint `attachment`
 * (one durable write for all of a pod's devices) before `complete()` moves anything, so that a
 * crash at any later instant leaves a record to bring the link home from. Exactly one of
 * complete() or abandon() must be called.
 */
export interface PendingAttach {
  attachment: Attachment;
  /** Moves and configures the link; on failure returns it to the host and throws AttachError. */
  complete(): Promise<AttachResult>;
  /** Releases the sockets without attaching. */
  abandon(): void;
}

export function beginAttach(request: AttachRequest): PendingAttach {
  const { hostIfName, netnsPath } = request;
  const sockets = attachSockets();
  const { host, close } = sockets;
  try {
    const link = findLinkByName(host, hostIfName);
    if (!link) throw new AttachError(hostIfName, `device ${hostIfName} not found on the host`);
    const snapshot = takeSnapshot(host, link);
    let plan: AttachPlan;
    try {
      plan = planAttach(snapshot, request.config);
    } catch (error) {
      throw new AttachError(hostIfName, (error as Error).message);
    }
    const podSocket = sockets.openPod(hostIfName, netnsPath, plan.podIfName);
    const attachment: Attachment = { netnsPath, podIfName: plan.podIfName, snapshot, rules: [] };
    let vfBefore: VfReading | undefined;
    if (request.vf) {
      // In the record before anything changes: a crash after the settings went on still has them to restore.
      vfBefore = readVfFor(host, hostIfName, request.vf);
      const { pfIfName, vfIndex, settings } = request.vf;
      attachment.vf = { pfIfName, vfIndex, before: vfBefore.settings, ...(settings.mac ? { mac: settings.mac } : {}) };
    }
    return {
      attachment,
      abandon: close,
      async complete() {
        try {
          return await applyPlan(host, podSocket, link, plan, attachment, request, vfBefore);
        } catch (error) {
          throw new AttachError(hostIfName, `attach ${hostIfName} to ${netnsPath} failed: ${(error as Error).message}; ${await rollBack(attachment)}`, { cause: error });
        } finally {
          close();
        }
      },
    };
  } catch (error) {
    close();
    throw error;
  }
}

/**
 * The sockets of one attach: the host's at once; the pod's when openPod finds the namespace there
 * and the interface name free in it. close() closes whichever are open.
 */
export function attachSockets(): { host: NetlinkSocket; openPod(hostIfName: string, netnsPath: string, podIfName: string): NetlinkSocket; close(): void } {
  const host = NetlinkSocket.open(NETLINK.ROUTE, null);
  let pod: NetlinkSocket | undefined;
  return {
    host,
    openPod(hostIfName, netnsPath, podIfName) {
      if (!netnsExists(netnsPath)) throw new AttachError(hostIfName, `pod network namespace ${netnsPath} does not exist`);
      pod = NetlinkSocket.open(NETLINK.ROUTE, netnsPath);
      if (findLinkByName(pod, podIfName)) throw new AttachError(hostIfName, `interface name ${podIfName} is already taken in ${netnsPath}`);
      return pod;
    },
    close() {
      pod?.close();
      host.close();
    },
  };
}

function readVfFor(host: NetlinkSocket, hostIfName: string, target: VfTarget): VfReading {
  try {
    return readVf(host, target);
  } catch (error) {
    throw new AttachError(hostIfName, `vf: ${(error as Error).message}`, { cause: error });
  }
}

async function rollBack(attachment: Attachment): Promise<string> {
  try {
    const outcome = await detach(attachment);
    const rollback = outcome.returned ? 'the link was returned to the host' : 'the link could not be returned to the host';
    return outcome.warnings.length ? `${rollback} (${outcome.warnings.join('; ')})` : rollback;
  } catch (rollbackError) {
    return `returning the link to the host failed too: ${(rollbackError as Error).message}`;
  }
}

async function applyPlan(host: NetlinkSocket, pod: NetlinkSocket, link: Link, plan: AttachPlan, attachment: Attachment,
  { rdmaDevice, egressRateMbps, vf }: Pick<AttachRequest, 'rdmaDevice' | 'egressRateMbps' | 'vf'>, vfBefore?: VfReading): Promise<AttachResult> {
  const name = plan.podIfName;
  // Through the PF, which stays on the host: before the move, so the VF is never in the pod unconfigured.
  if (vf && vfBefore) applyVfSettings(host, vf, vf.settings, vfBefore);
  await withNetnsFd(attachment.netnsPath, (fd) =>
    moveLink(host, link.index, fd, plan.move, `move ${link.name} into ${attachment.netnsPath} as ${name}`));
  const moved = findLinkByName(pod, name);
  if (!moved) throw new Error(`${name} did not appear in ${attachment.netnsPath} after the move`);
  attachment.podMac = moved.mac;
  await configureInPod(pod, moved, plan, attachment, egressRateMbps);
  if (rdmaDevice && await attachRdmaDevice(rdmaDevice, attachment.netnsPath)) attachment.rdmaDevice = rdmaDevice;
  return {
    device: link.name,
    interfaceName: name,
    hardwareAddress: plan.move.mac ?? moved.mac,
    mtu: plan.move.mtu ?? moved.mtu,
    ips: plan.addresses.map(formatCidr),
  };
}

/**
 * Configures a link that is in the pod under its pod name (moved there, or created there as a
 * sub-interface): egress rate, addresses, sysctls, up, routes, rules (recorded in the attachment
 * as they are added, for detach), neighbours.
 */
export async function configureInPod(pod: NetlinkSocket, link: Link, plan: AttachPlan, attachment: Attachment, egressRateMbps?: number): Promise<void> {
  const name = plan.podIfName;
  // Before the link is up: no packet leaves unshaped.
  if (egressRateMbps !== undefined) setEgressRate(pod, link.index, egressRateMbps, name);
  for (const address of plan.addresses) {
    await pace();
    addAddress(pod, link.index, address, name);
  }
  for (const sysctl of plan.sysctls) {
    await pace();
    writeSysctl(attachment.netnsPath, sysctl.name, sysctl.value);
  }
  await pace();
  changeLink(pod, link.index, { up: true }, `set ${name} up`);
  for (const route of plan.routes) {
    await pace();
    addRoute(pod, { ...route, outputIndex: link.index });
  }
  for (const rule of plan.rules) {
    await pace();
    addRule(pod, rule);
    attachment.rules.push(rule);
  }
  for (const neighbor of plan.neighbors) {
    await pace();
    addPermanentNeighbor(pod, link.index, neighbor.destination, neighbor.mac, name);
  }
}

/**
 * Returns an attached link to the host and restores its recorded state. Safe to repeat, safe
 * after a restart, and it still finds the link when the pod namespace is already gone (the
 * kernel returns hardware to the root namespace by itself, under whatever name it can).
 */
export async function detach(attachment: Attachment): Promise<DetachOutcome> {
  const { snapshot } = attachment;
  const warnings: string[] = [];
  const host = NetlinkSocket.open(NETLINK.ROUTE, null);
  try {
    if (attachment.rdmaDevice) await returnRdmaDevice(attachment.rdmaDevice, attachment.netnsPath);
    if (netnsExists(attachment.netnsPath)) await returnFromPod(attachment, warnings);
    await pace();
    const link = findHome(host, attachment);
    // The VF's settings before the link's own state (a driver refuses a VF's own MAC while its PF
    // imposes one), and also when the link is lost: its PF, with the VF's settings, is the host's.
    // A failure here still lets the rest come back before it is reported.
    let vfFailure: unknown;
    if (attachment.vf) {
      try {
        restoreVf(host, attachment.vf, warnings);
      } catch (error) {
        vfFailure = error;
      }
    }
    if (link) await restoreOnHost(host, link, snapshot, warnings);
    if (vfFailure) throw vfFailure;
    if (!link) {
      if (snapshot.kind) {
        return { returned: false, warnings: [...warnings, `${snapshot.ifName} is a virtual ${snapshot.kind} link and was destroyed with its pod namespace`] };
      }
      throw new AttachError(snapshot.ifName, `${snapshot.ifName} is neither in ${attachment.netnsPath} nor on the host`);
    }
    return { returned: true, warnings };
  } finally {
    host.close();
  }
}

async function returnFromPod(attachment: Attachment, warnings: string[]): Promise<void> {
  const { snapshot } = attachment;
  let pod: NetlinkSocket;
  try {
    pod = NetlinkSocket.open(NETLINK.ROUTE, attachment.netnsPath);
  } catch (error) {
    // The namespace vanished between the check and the open: the kernel has the link now.
    if (isNetlinkError(error, 'ENOENT')) return;
    throw error;
  }
  try {
    deleteRecordedRules(pod, attachment.rules);
    await pace();
    // A move can fail half-way (the kernel moves first, then renames and sets MTU/MAC), so the
    // link may sit in the pod under either name.
    const link = findLinkByName(pod, attachment.podIfName) ?? findLinkByName(pod, snapshot.ifName) ?? findByMac(pod, attachment);
    if (!link || !isOurs(link, attachment)) return;
    // No explicit "down": the move closes the link itself, on the thread pool, where the
    // RCU wait of a close does not stall the event loop.
    const home: LinkChanges = { name: snapshot.ifName, mtu: snapshot.mtu, mac: snapshot.mac };
    const operation = `return ${link.name} to the host as ${snapshot.ifName}`;
    try {
      await withNetnsFd(HOST_NETNS, (fd) => moveLink(pod, link.index, fd, home, operation));
    } catch (error) {
      // The kernel moves first and renames after: if only the rename failed (the host name is
      // taken) the link is home already, and restoreOnHost reports the name it kept.
      if (!findLinkByIndex(pod, link.index)) return;
      if (!isNetlinkError(error, 'EEXIST')) throw error;
      // Both its names are taken on the host. Coming home under a third beats being stranded
      // in a namespace that is about to die.
      await withNetnsFd(HOST_NETNS, (fd) => moveLink(pod, link.index, fd, { ...home, name: fallbackName(snapshot) }, operation));
    }
  } finally {
    pod.close();
  }
}

function restoreVf(host: NetlinkSocket, { before, ...target }: VfRecord, warnings: string[]): void {
  if (!restoreVfSettings(host, target, before)) warnings.push(`VF ${target.vfIndex} of ${target.pfIfName} no longer exists; its settings went with it`);
}

/** Rules belong to the namespace, not the link: those attach added go; one already gone is fine. */
export function deleteRecordedRules(pod: NetlinkSocket, rules: readonly Rule[]): void {
  for (const rule of rules) {
    try {
      deleteRule(pod, rule);
    } catch (error) {
      if (!isNetlinkError(error, 'ENOENT')) throw error;
    }
  }
}

async function restoreOnHost(host: NetlinkSocket, link: Link, snapshot: HostSnapshot, warnings: string[]): Promise<void> {
  const changes: LinkChanges = {};
  if (link.name !== snapshot.ifName) {
    if (findLinkByName(host, snapshot.ifName)) warnings.push(`host name ${snapshot.ifName} was taken; the link came back as ${link.name}`);
    else changes.name = snapshot.ifName;
  }
  if (link.mtu !== snapshot.mtu) changes.mtu = snapshot.mtu;
  if (link.mac !== snapshot.mac) changes.mac = snapshot.mac;
  if (snapshot.gsoMaxSize !== undefined && link.gsoMaxSize !== snapshot.gsoMaxSize) changes.gsoMaxSize = snapshot.gsoMaxSize;
  if (snapshot.groMaxSize !== undefined && link.groMaxSize !== snapshot.groMaxSize) changes.groMaxSize = snapshot.groMaxSize;
  const name = changes.name ?? link.name;
  if (Object.keys(changes).length) {
    // A link must be down to be renamed.
    if (link.up && changes.name) changeLink(host, link.index, { up: false }, `set ${link.name} down`);
    changeLink(host, link.index, changes, `restore ${name} (name, MTU, MAC)`);
    await pace();
  }
  const present = new Set(listAddresses(host, link.index).map((address) => address.cidr));
  for (const prefix of snapshot.addresses) {
    await pace();
    if (!present.has(formatCidr(prefix))) addAddress(host, link.index, prefix, name);
  }
  await pace();
  if (snapshot.up) changeLink(host, link.index, { up: true }, `set ${name} up`);
  for (const route of orderRoutes(snapshot.routes)) {
    await pace();
    try {
      addRoute(host, { ...route, outputIndex: link.index });
    } catch (error) {
      if (isNetlinkError(error, 'EEXIST')) continue;
      warnings.push((error as Error).message);
    }
  }
}

/** The host-side state detach will restore. */
function takeSnapshot(host: NetlinkSocket, link: Link): HostSnapshot {
  const snapshot: HostSnapshot = {
    ifName: link.name,
    ifIndex: link.index,
    mtu: link.mtu,
    mac: link.mac,
    up: link.up,
    addresses: globalAddresses(host, link.index).map((address) => address.prefix),
    routes: listRoutes(host, { outputIndex: link.index })
      .filter((route) => route.outputIndex === link.index && route.type === RTN.UNICAST && route.table !== RT_TABLE.LOCAL
        // Prefix and RA routes are the kernel's own: it recreates them with the addresses.
        && route.protocol !== RTPROT.KERNEL && route.protocol !== RTPROT.RA)
      // What restoring needs: the output link is the link itself, whatever its index is then.
      .map(({ destination, gateway, source, table, scope, protocol, priority }) => ({
        destination, table, scope, protocol,
        ...(gateway ? { gateway } : {}),
        ...(source ? { source } : {}),
        ...(priority !== undefined ? { priority } : {}),
      })),
  };
  if (link.kind) snapshot.kind = link.kind;
  if (link.gsoMaxSize !== undefined) snapshot.gsoMaxSize = link.gsoMaxSize;
  if (link.groMaxSize !== undefined) snapshot.groMaxSize = link.groMaxSize;
  if (link.minMtu !== undefined) snapshot.minMtu = link.minMtu;
  if (link.maxMtu !== undefined) snapshot.maxMtu = link.maxMtu;
  return snapshot;
}

/** Our link carries the MAC it had on the host or one it was given for the pod (by the move, or through its PF). */
function isOurs(link: Link, attachment: Attachment): boolean {
  return link.mac === attachment.snapshot.mac || link.mac === attachment.podMac || (attachment.vf?.mac !== undefined && link.mac === attachment.vf.mac);
}

/**
 * Finds our link on the host. A name alone could be an impostor (someone may have created a link
 * with the host name while ours was away), so the MAC must match too. A link may also carry
 * neither recorded name: the kernel renames hardware it takes back from a dead namespace when the
 * name clashes.
 */
function findHome(host: NetlinkSocket, attachment: Attachment): Link | undefined {
  for (const name of [attachment.snapshot.ifName, attachment.podIfName]) {
    const link = findLinkByName(host, name);
    if (link && isOurs(link, attachment)) return link;
  }
  return findByMac(host, attachment);
}

/** By MAC alone; a virtual link only at its old index, since veth peers or macvlan siblings are alike. */
function findByMac(socket: NetlinkSocket, attachment: Attachment): Link | undefined {
  return listLinks(socket).find((link) => isOurs(link, attachment) && (!link.kind || link.index === attachment.snapshot.ifIndex || socket.netnsPath !== null));
}

function fallbackName(snapshot: HostSnapshot): string {
  return `nc${snapshot.ifIndex}`.slice(0, 15);
}

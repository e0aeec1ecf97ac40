/**
 * Giving a pod a sub-interface (macvlan, ipvlan, VLAN) of a host link instead of the link itself:
 * the child is created directly in the pod's namespace under its pod name, configured there like
 * a moved device (configureInPod), and deleted at teardown. The parent stays on the host and is
 * never changed, so detach has nothing to restore: it deletes the child, or finds it gone with
 * its namespace. The attachment is checkpointed before the child exists and names it by pod
 * name, kind and parent, so a crash at any instant leaves a way to find and delete it.
 */
import { type AttachPlan, type HostSnapshot, planAttach } from './attach-plan.ts';
import {
  type AttachRequest, type AttachResult, type Attachment, AttachError, attachSockets, beginAttach, configureInPod, deleteRecordedRules,
  detach, type DetachOutcome, type PendingAttach,
} from './attach.ts';
import { type ChildLinkSpec, childTakesOwnMac, createChildLink, siblingConflict } from './child-link.ts';
import { formatCidr } from './ip.ts';
import { deleteLink, findLinkByName, type Link } from './link.ts';
import { NETLINK } from './netlink/constants.ts';
import { isNetlinkError } from './netlink/errors.ts';
import { NetlinkSocket } from './netlink/socket.ts';
import { netnsExists, withNetnsFd } from './netns.ts';

export type ChildAttachRequest = AttachRequest & {
  child: ChildLinkSpec;
  /** The parent's children already in pods, which some settings must agree with (siblingConflict). */
  siblings?: readonly ChildLinkSpec[];
};

/** The device itself (beginAttach) or, when the request names a child, a child of it. */
export function beginInterfaceAttach(request: AttachRequest | ChildAttachRequest): PendingAttach {
  return 'child' in request ? beginChildAttach(request) : beginAttach(request);
}

/** Undoes either shape of attach, from its checkpointed attachment. */
export async function detachInterface(attachment: Attachment): Promise<DetachOutcome> {
  return attachment.child ? detachChild(attachment) : detach(attachment);
}

/** Creates and configures the child in the pod; on failure deletes it again and throws AttachError. */
export async function attachChild(request: ChildAttachRequest): Promise<{ result: AttachResult; attachment: Attachment }> {
  const pending = beginChildAttach(request);
  return { result: await pending.complete(), attachment: pending.attachment };
}

/**
 * As beginAttach: everything is checked (parent on the host, plan, namespace, name free there)
 * before anything is created, so the caller can checkpoint `attachment` first.
 */
export function beginChildAttach(request: ChildAttachRequest): PendingAttach {
  const { hostIfName: parentName, netnsPath, child: spec } = request;
  const sockets = attachSockets();
  const { host, close } = sockets;
  try {
    const parent = findLinkByName(host, parentName);
    if (!parent) throw new AttachError(parentName, `parent device ${parentName} not found on the host`);
    const snapshot = parentSnapshot(parent);
    let plan: AttachPlan;
    try {
      plan = planChild(snapshot, request);
    } catch (error) {
      throw new AttachError(parentName, (error as Error).message);
    }
    const podSocket = sockets.openPod(parentName, netnsPath, plan.podIfName);
    const attachment: Attachment = { netnsPath, podIfName: plan.podIfName, snapshot, rules: [], child: { spec } };
    return {
      attachment,
      abandon: close,
      async complete() {
        try {
          return await createAndConfigure(host, podSocket, parent, plan, attachment, request.egressRateMbps);
        } catch (error) {
          throw new AttachError(parentName, `${spec.kind} child of ${parentName} in ${netnsPath} failed: ${(error as Error).message}; ${await rollBack(attachment)}`, { cause: error });
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
 * The device plan, from a snapshot of the parent without its addresses and routes: a child
 * starts blank, it carries nothing of its parent's. What a child kind forbids is refused here,
 * naming the config field, before anything is created.
 */
export function planChild(parent: HostSnapshot, request: Pick<ChildAttachRequest, 'config' | 'child' | 'siblings'>): AttachPlan {
  const wanted = request.config.interface ?? {};
  const { kind } = request.child;
  const conflict = siblingConflict(request.child, request.siblings ?? []);
  if (conflict) throw new Error(`${parent.ifName}: ${conflict}`);
  if (wanted.mtu !== undefined && wanted.mtu > parent.mtu) {
    throw new Error(`interface.mtu: ${wanted.mtu} is above the MTU of the parent ${parent.ifName} (${parent.mtu}); a ${kind} child cannot exceed it`);
  }
  if (wanted.hardwareAddr !== undefined && !childTakesOwnMac(request.child)) {
    throw new Error(`interface.hardwareAddr: ${kind === 'ipvlan' ? 'an ipvlan child shares' : 'a passthru macvlan takes'} the MAC address of its parent ${parent.ifName}; leave it out`);
  }
  return planAttach({ ...parent, addresses: [], routes: [] }, request.config);
}

/** What the checkpoint keeps of the parent: who it is (detach never changes it, so nothing more). */
function parentSnapshot(parent: Link): HostSnapshot {
  return { ifName: parent.name, ifIndex: parent.index, mtu: parent.mtu, mac: parent.mac, up: parent.up, addresses: [], routes: [], ...(parent.kind ? { kind: parent.kind } : {}) };
}

async function createAndConfigure(host: NetlinkSocket, pod: NetlinkSocket, parent: Link, plan: AttachPlan, attachment: Attachment, egressRateMbps?: number): Promise<AttachResult> {
  const name = plan.podIfName;
  const { spec } = attachment.child!;
  await withNetnsFd(attachment.netnsPath, (fd) => createChildLink(host, { ...plan.move, parentIndex: parent.index, netnsFd: fd, spec },
    `create ${spec.kind} child ${name} of ${parent.name} in ${attachment.netnsPath}`));
  const child = findLinkByName(pod, name);
  if (!child) throw new Error(`${name} did not appear in ${attachment.netnsPath} after it was created`);
  attachment.child = { spec, podIndex: child.index };
  attachment.podMac = child.mac;
  await configureInPod(pod, child, plan, attachment, egressRateMbps);
  return { device: parent.name, interfaceName: name, hardwareAddress: child.mac, mtu: child.mtu, ips: plan.addresses.map(formatCidr) };
}

async function rollBack(attachment: Attachment): Promise<string> {
  try {
    await detachChild(attachment);
    return 'the child was deleted';
  } catch (rollbackError) {
    return `deleting the child failed too: ${(rollbackError as Error).message}`;
  }
}

/**
 * Deletes the child and the rules attach added. Safe to repeat, after a restart, and after a crash
 * before the child was created or recorded; a namespace that is gone took the child with it.
 */
export async function detachChild(attachment: Attachment): Promise<DetachOutcome> {
  if (!attachment.child) throw new Error(`detachChild: the attachment of ${attachment.podIfName} records no child`);
  if (!netnsExists(attachment.netnsPath)) return { returned: true, warnings: [] };
  let pod: NetlinkSocket;
  try {
    pod = NetlinkSocket.open(NETLINK.ROUTE, attachment.netnsPath);
  } catch (error) {
    // The namespace vanished between the check and the open, and the child with it.
    if (isNetlinkError(error, 'ENOENT')) return { returned: true, warnings: [] };
    throw error;
  }
  try {
    deleteRecordedRules(pod, attachment.rules);
    const child = findLinkByName(pod, attachment.podIfName);
    if (child && isOurChild(child, attachment)) await deleteLink(pod, child.index, `delete ${child.kind} child ${child.name} in ${attachment.netnsPath}`);
    return { returned: true, warnings: [] };
  } finally {
    pod.close();
  }
}

/**
 * The link under our pod name is ours when it is a child of our kind of our parent (its lower
 * link lives in another namespace, the host's), and, once recorded, at our index: a link the pod
 * created itself under that name is left alone.
 */
function isOurChild(link: Link, attachment: Attachment): boolean {
  const { child, snapshot } = attachment;
  return link.kind === child!.spec.kind && link.lowerIndex === snapshot.ifIndex && link.lowerNetnsId !== undefined
    && (child!.podIndex === undefined || child!.podIndex === link.index);
}

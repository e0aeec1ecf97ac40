/**
 * The pod side of netclaim, as NRI handlers: at RunPodSandbox every prepared device goes into the
 * pod's namespace — all of them or none, failing the sandbox rather than starting the pod without
 * its devices; at Stop/RemovePodSandbox every device comes home; on (re)connection the runtime's
 * list of live pods is reconciled with what the records say is attached.
 *
 * The plan is made in prepare; here it is only loaded from memory and executed. The only disk
 * write on the critical path is one checkpoint of the pod's attachments before anything moves.
 *
 * A pod without a plan is not simply "not ours": its claims (from the pod cache) may give it this
 * driver's devices though the kubelet never prepared them here for it. A device another pod has
 * fails the sandbox naming the claim, the device and that pod; a claim never prepared here is
 * prepared on the spot from the claim as read. A pod found running without the devices it should
 * have (Synchronize after we were away, or its claims learnt after its sandbox started) gets them
 * attached into its running namespace ("late attach"), or only reported with `lateAttach: false`.
 */
import type { AttachRequest, PendingAttach } from '../../netops/attach.ts';
import { pace } from '../../netops/pace.ts';
import { beginInterfaceAttach, type ChildAttachRequest, detachInterface } from '../../netops/child-attach.ts';
import { netnsExists } from '../../netops/netns.ts';
import { childLinkSpec } from '../apis/sub-interface.ts';
import type { ResourceClaimView } from '../claims/claim.ts';
import { isVfioDevice, type ClaimRef, type NetdevPlannedDevice, type PodAttachPlan, type PodPlanDevice, type VfioPlannedDevice } from '../claims/plan.ts';
import type { PrepareOutcome } from '../claims/preparer.ts';
import { BackgroundWork } from '../concurrency/background.ts';
import { KeyedLock } from '../concurrency/keyed-lock.ts';
import { apiErrorMessage } from '../kube/errors.ts';
import type { Logger } from '../log.ts';
import type { ContainerAdjustment, Pod } from '../nri/types.ts';
import type { Reporter } from './api-reporter.ts';
import { claimStatusDevices, claimStatusNotReady, claimStatusVfioDevices } from './claim-status.ts';
import { sortClaims, type ClaimOnNode, type PodClaimsAnswer, type UnavailableDevice } from './pod-claims.ts';
import type { PodAttachments, PodAttachmentStore } from './pod-attachments.ts';
import { rdmaLinuxDevices } from './rdma-char-devices.ts';
import { vfioEnvironment, vfioLinuxDevices } from './vfio-devices.ts';
import type { CatalogEntry, PodRef } from '../inventory/catalog.ts';

export interface PodNetworkOptions {
  driverName: string;
  plans: {
    planForPod(podUid: string): PodAttachPlan | undefined;
    /** The prepared claim with this UID, to tell which pod it was prepared for. */
    get(claimUid: string): { pod: { name: string; uid: string } } | undefined;
  };
  attachments: PodAttachmentStore;
  reporter: Reporter;
  logger: Logger;
  /**
   * Keeps devices published while they are in a pod (the kernel hides them from the host):
   * told before a device moves and after it is home.
   */
  inventory?: {
    lookup(device: string): CatalogEntry | undefined;
    markAttached(device: string, pod: PodRef): void;
    markReturned(device: string): void;
  };
  /** Observes attach/detach durations (metrics). */
  observe?: (operation: 'attach' | 'detach', outcome: 'ok' | 'error', seconds: number) => void;
  /** Where RDMA character device numbers are read from (tests point at a tree of their own). */
  sysfsRoot?: string;
  /**
   * The node's pods' claims and the on-the-spot preparer; without them (tests of the attach
   * path alone) a pod without a plan is not ours.
   */
  claims?: PodClaimsSide;
  /** Attach devices into pods found running without them (default); false only reports them. */
  lateAttach?: boolean;
  /** Counts what happened to a pod for metrics. */
  count?: (event: PodEvent) => void;
}

export interface PodClaimsSide {
  cached(podUid: string): PodClaimsAnswer | undefined;
  lookup(pod: PodRef): Promise<PodClaimsAnswer>;
  /** ClaimPreparer.prepareFromObject: the same checks as NodePrepareResources. */
  prepare(claim: ClaimRef, view: ResourceClaimView): Promise<PrepareOutcome>;
}

/**
 * - `started-without-devices`: a pod found running without the devices its claims give it;
 * - `claims-unknown`: a pod with no plan let through because its claims could not be read.
 */
export type PodEvent = 'started-without-devices' | 'claims-unknown';

/** A device of a pod's plan or of one of its claims, for events and claim status. */
interface DeviceOfClaim {
  claim: ClaimRef;
  pool: string;
  device: string;
}

/**
 * What netops needs to move one planned device (or make its child) in the pod at `netnsPath`. A
 * VF's PF and index come from the plan, fixed at prepare where the inventory was consulted (and
 * checked against the PF's speed and MTU), so attach needs no inventory and a checkpointed plan
 * after a restart is complete.
 */
export function deviceAttachRequest(device: NetdevPlannedDevice, netnsPath: string): AttachRequest {
  // A share's rate is the bandwidth its claim consumed from the parent; a moved device's, its config's.
  const rate = device.rateMbps ?? device.config.interface?.egressRateMbps;
  return {
    hostIfName: device.hostIfName, netnsPath, config: device.config,
    ...(device.rdmaDevice ? { rdmaDevice: device.rdmaDevice } : {}),
    ...(rate === undefined ? {} : { egressRateMbps: rate }),
    // Prepare refused VF settings on a device without a PF netdev on the host, so its name is here.
    ...(device.config.vf && device.vf?.pfIfName !== undefined ? { vf: { pfIfName: device.vf.pfIfName, vfIndex: device.vf.vfIndex, settings: device.config.vf } } : {}),
  };
}

export class PodNetwork {
  readonly #options: PodNetworkOptions;
  readonly #perPod = new KeyedLock();
  readonly #background = new BackgroundWork();
  /** Sandboxes the runtime runs (uid → pod with its netns), for attaching into them later. */
  #sandboxes = new Map<string, Pod>();
  /** Pods already found running without their devices: handled (or reported) once per sandbox. */
  readonly #lateHandled = new Set<string>();

  constructor(options: PodNetworkOptions) {
    this.#options = options;
  }

  /** Resolves once the work started after handlers answered (result checkpoints, late attaches) is done. */
  settled(): Promise<void> {
    return this.#background.settled();
  }

  /** Pods currently holding devices. */
  get attachedPods(): number {
    return this.#options.attachments.all().length;
  }

  async runPodSandbox(pod: Pod): Promise<void> {
    if (!this.#knownNotOurs(pod)) {
      await this.#perPod.run(pod.uid, async () => {
        this.#lateHandled.delete(pod.uid);
        const plan = await this.#planFor(pod, 'read');
        if (plan) await this.#attachAll(pod, plan, false);
      });
    }
    // Only a sandbox that started is one to attach into later (a failed one is stopped next).
    if (pod.netnsPath) this.#sandboxes.set(pod.uid, pod);
  }

  /** The common case, answered from memory without a lock: no plan, and the cache says no claims of ours. */
  #knownNotOurs(pod: Pod): boolean {
    if (this.#options.plans.planForPod(pod.uid)?.devices.length) return false;
    if (!this.#options.claims) return true;
    const answer = this.#options.claims.cached(pod.uid);
    return answer?.known === true && answer.claims.length === 0;
  }

  async stopPodSandbox(pod: Pod): Promise<void> {
    this.#sandboxes.delete(pod.uid);
    this.#lateHandled.delete(pod.uid);
    await this.#perPod.run(pod.uid, () => this.#detachAll(pod.uid, 'pod sandbox stopped'));
  }

  /**
   * The pod's claims became known after its sandbox started (the pod cache learnt them): a
   * running pod that should have devices and has none gets them now.
   */
  claimsLearnt(podUid: string): void {
    const sandbox = this.#sandboxes.get(podUid);
    if (sandbox && !this.#options.attachments.get(podUid)) this.#attachLateInBackground(sandbox);
  }

  /** Every container of the pod gets its RDMA character devices, and its vfio group nodes with the PCI addresses. */
  async createContainer(pod: Pod): Promise<ContainerAdjustment | undefined> {
    const devices = this.#options.plans.planForPod(pod.uid)?.devices ?? [];
    const paths = devices.filter(isNetdevDevice).flatMap((device) => device.rdmaCharDevices);
    const vfio = devices.filter(isVfioDevice).map((device) => device.vfio);
    if (paths.length === 0 && vfio.length === 0) return undefined;
    return {
      devices: [...rdmaLinuxDevices(paths, this.#options.sysfsRoot), ...vfioLinuxDevices(vfio, this.#options.sysfsRoot)],
      ...(vfio.length ? { env: [vfioEnvironment(this.#options.driverName, vfio)] } : {}),
    };
  }

  /**
   * The runtime's full list of pods, at every (re)connection. Records of pods it no longer has
   * are torn down (their Stop/Remove events were missed: we were away, or the runtime restarted).
   */
  async synchronize(pods: Pod[]): Promise<void> {
    const live = new Set(pods.map((pod) => pod.uid));
    await this.#tearDownWhere((record) => !live.has(record.pod.uid), 'pod no longer known to the runtime');
    this.#sandboxes = new Map(pods.flatMap((pod) => (pod.netnsPath ? [[pod.uid, pod] as const] : [])));
    // In the background: Synchronize has the runtime's request budget, and attaching into many
    // pods could take longer. Pods whose claims are not known yet are handled when they are.
    for (const pod of this.#sandboxes.values()) {
      if (!this.#options.attachments.get(pod.uid)) this.#attachLateInBackground(pod);
    }
  }

  /**
   * Tears down pods whose network namespace is gone though no Stop/Remove told us: a runtime
   * that restarted sends none for pods that existed before it, and Synchronize lists a pod only
   * while it lives. Hardware the kernel moved home when the namespace died is restored; a virtual
   * link died with it; the record goes either way (or stays for a retry if detach fails).
   */
  async reapPodsWithoutNamespace(): Promise<void> {
    await this.#tearDownWhere((record) => !netnsExists(record.netnsPath), 'pod network namespace is gone');
  }

  async #tearDownWhere(gone: (record: PodAttachments) => boolean, why: string): Promise<void> {
    for (const record of this.#options.attachments.all().filter(gone)) {
      await this.#perPod.run(record.pod.uid, () => this.#detachAll(record.pod.uid, why));
    }
  }

  /**
   * What to attach for the pod: its prepared plan, plus claims of its own the node never
   * prepared (prepared now). Throws, with the events raised, when a device of the pod's claims is
   * another pod's or a claim cannot be prepared. `read` lets a pod not in the cache cost one
   * bounded GET (sandbox start); `cached` answers from memory only (late attach: a pod not known
   * yet is handled when it is).
   */
  async #planFor(pod: Pod, claimsFrom: 'read' | 'cached'): Promise<PodAttachPlan | undefined> {
    const { plans, claims: side } = this.#options;
    const planned = nonEmpty(plans.planForPod(pod.uid));
    if (!side) return planned;
    const ref: PodRef = { namespace: pod.namespace, name: pod.name, uid: pod.uid };
    // A pod with a plan was prepared by the kubelet: no API call for it, only what memory says.
    const answer = planned || claimsFrom === 'cached' ? side.cached(pod.uid) : await side.lookup(ref);
    if (!answer?.known) {
      if (answer && !planned) {
        this.#options.logger.warn('cannot tell whether the pod has netclaim devices; it starts as it would have without netclaim', { pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, reason: answer.reason });
        this.#options.count?.('claims-unknown');
      }
      return planned;
    }
    const { toPrepare, unavailable } = sortClaims({
      pod: ref, claims: answer.claims, preparedFor: (uid) => plans.get(uid)?.pod, attachedTo: (device) => this.#attachedTo(device),
    });
    if (unavailable.length) throw this.#unavailable(pod, unavailable);
    for (const entry of toPrepare) await this.#prepareOnTheSpot(pod, entry, side);
    return nonEmpty(plans.planForPod(pod.uid));
  }

  async #prepareOnTheSpot(pod: Pod, entry: ClaimOnNode, side: PodClaimsSide): Promise<void> {
    const { claim } = entry;
    const devices = entry.devices.map(({ pool, device }) => ({ claim, pool, device }));
    const outcome = await side.prepare(claim, entry.view);
    if ('error' in outcome) throw this.#fail(pod, devices, `claim ${claim.namespace}/${claim.name} cannot be prepared: ${outcome.error}`);
    const preparedFor = outcome.prepared.pod;
    if (preparedFor.uid !== pod.uid) {
      throw this.#unavailable(pod, devices.map(({ device }) => ({ claim, device, holder: { namespace: claim.namespace, ...preparedFor }, held: 'prepared' as const })));
    }
    this.#options.logger.info('claim prepared at sandbox start: the kubelet had not prepared it on this node for this pod',
      { pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, claim: `${claim.namespace}/${claim.name}`, claimUid: claim.uid });
  }

  #attachedTo(device: string): PodRef | undefined {
    return this.#options.attachments.all().find((record) => record.devices.some((attached) => attached.device === device))?.pod;
  }

  #attachLateInBackground(pod: Pod): void {
    const fields = { pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid };
    this.#background.run(() => this.#perPod.run(pod.uid, () => this.#attachLate(pod)),
      (error) => this.#options.logger.error('late attach failed', { ...fields, error }));
  }

  /** A running pod without its devices: attach them into its namespace now, or report it. */
  async #attachLate(pod: Pod): Promise<void> {
    if (this.#options.attachments.get(pod.uid) || this.#lateHandled.has(pod.uid) || !this.#sandboxes.has(pod.uid)) return;
    let plan: PodAttachPlan | undefined;
    try {
      plan = await this.#planFor(pod, 'cached');
    } catch (error) {
      // Reported (events, log) where it was thrown; the pod runs on without the devices.
      this.#lateHandled.add(pod.uid);
      this.#options.count?.('started-without-devices');
      throw error;
    }
    if (!plan) return;
    this.#lateHandled.add(pod.uid);
    if (!plan.devices.some(isNetdevDevice)) {
      // Bound at prepare and nothing to move: the pod has them; only their status may be unwritten.
      this.#reportStatus([], plan.devices.filter(isVfioDevice));
      return;
    }
    this.#options.count?.('started-without-devices');
    const podRef = { namespace: pod.namespace, name: pod.name, uid: pod.uid };
    const claims = claimsOf(plan.devices);
    const list = plan.devices.map((device) => `${device.device} (claim ${device.claim.namespace}/${device.claim.name})`).join(', ');
    if (this.#options.lateAttach === false) {
      const message = `the pod started without its network devices ${list}: its sandbox started while netclaim could not attach them; late attach is off (--late-attach=false): restart the pod to get them`;
      this.#options.logger.warn('pod running without its devices; late attach is off', { pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, devices: plan.devices.map((d) => d.device) });
      this.#options.reporter.warning(podRef, claims, 'NetworkDeviceMissing', message);
      this.#reportNotReady(plan.devices, 'PodStartedWithoutDevice', message);
      return;
    }
    await this.#attachAll(pod, plan, true);
    this.#options.reporter.warning(podRef, [], 'NetworkDeviceAttachedLate',
      `network devices ${list} were attached into the running pod: its sandbox started while netclaim could not attach them, so the pod ran for a while without them`);
  }

  /**
   * Moves the plan's netdevs into the pod. Its vfio devices were bound at prepare and have no
   * netdev: nothing moves for them and no attachment record holds them (so device health does
   * not watch for a link that never comes); they only get their claim status here.
   */
  async #attachAll(pod: Pod, plan: PodAttachPlan, late: boolean): Promise<void> {
    const vfio = plan.devices.filter(isVfioDevice);
    const netdevs = plan.devices.filter(isNetdevDevice);
    if (netdevs.length === 0) {
      this.#reportStatus([], vfio, late ? 'NetworkDeviceAttachedLate' : undefined);
      return;
    }
    await this.#attachNetdevs(pod, { pod: plan.pod, devices: netdevs }, vfio, late);
  }

  async #attachNetdevs(pod: Pod, plan: { pod: PodAttachPlan['pod']; devices: NetdevPodPlanDevice[] }, vfio: readonly VfioPodPlanDevice[], late: boolean): Promise<void> {
    const { attachments, logger } = this.#options;
    const log = logger.with({ pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid });
    const existing = attachments.get(pod.uid);
    if (existing) {
      // The runtime retried, or we were restarted after a successful attach: already done.
      if (existing.netnsPath === pod.netnsPath && existing.devices.every((device) => device.result)) return;
      // A new sandbox for the same pod (or one we crashed while attaching into): the devices
      // recorded there come home first, then go into this one.
      log.warn('pod has devices recorded in another sandbox; bringing them home before attaching', { previousNetns: existing.netnsPath, netns: pod.netnsPath });
      await this.#detachAll(pod.uid, 'pod sandbox re-created');
      if (attachments.get(pod.uid)) throw this.#fail(pod, plan.devices, `devices recorded in the pod's previous sandbox (${existing.netnsPath}) could not be brought home`);
    }
    if (!pod.netnsPath) throw this.#fail(pod, plan.devices, 'the pod has no network namespace of its own (hostNetwork pods cannot take netclaim devices)');
    const started = performance.now();

    const pending: PendingAttach[] = [];
    try {
      for (const device of plan.devices) {
        // Each begin is a synchronous stretch of netlink lookups (~0.5 ms): a pod of four devices
        // must not hold the event loop for all four at once.
        await pace();
        pending.push(beginInterfaceAttach(this.#attachRequest(device, pod.netnsPath, pending)));
      }
    } catch (error) {
      for (const p of pending) p.abandon();
      const device = plan.devices[pending.length]!;
      throw this.#fail(pod, plan.devices, `device ${device.device} of claim ${device.claim.namespace}/${device.claim.name}: ${apiErrorMessage(error)}`);
    }
    const record: PodAttachments = {
      pod: { uid: pod.uid, namespace: pod.namespace, name: pod.name },
      netnsPath: pod.netnsPath,
      devices: plan.devices.map((device, i) => {
        // A parent stays on the host, published as it is: only a device that moves is kept published from here.
        const published = childLinkSpec(device.config.interface) ? undefined : this.#options.inventory?.lookup(device.device);
        return {
          claim: device.claim, request: device.request, pool: device.pool, device: device.device, attachment: pending[i]!.attachment,
          ...(device.shareId === undefined ? {} : { shareId: device.shareId }),
          ...(published ? { published: { device: published.device, info: published.info } } : {}),
        };
      }),
    };
    try {
      await attachments.put(record);
    } catch (error) {
      for (const p of pending) p.abandon();
      throw this.#fail(pod, plan.devices, `cannot checkpoint the attachment: ${apiErrorMessage(error)}`);
    }

    for (const device of record.devices) if (!device.attachment.child) this.#markAttached(device.device, record.pod, log);
    const outcomes = await Promise.allSettled(pending.map((p) => p.complete()));
    const failures = outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [{ device: plan.devices[i]!, error: outcome.reason as Error }] : []));
    if (failures.length) {
      // All or nothing: bring home the devices that did make it, then fail the sandbox.
      for (const [i, outcome] of outcomes.entries()) {
        if (outcome.status === 'fulfilled') await detachInterface(record.devices[i]!.attachment).catch((error: unknown) => log.error('rollback detach failed', { device: record.devices[i]!.device, error }));
      }
      await attachments.delete(pod.uid);
      for (const device of record.devices) this.#markReturned(device);
      this.#options.observe?.('attach', 'error', (performance.now() - started) / 1000);
      throw this.#fail(pod, plan.devices, failures.map(({ device, error }) => `device ${device.device} (claim ${device.claim.namespace}/${device.claim.name}): ${error.message}`).join('; '));
    }
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') record.devices[i]!.result = outcome.value;
    });
    // Results (and the MACs the links got) are checkpointed off the critical path: the record
    // written before the move already brings every link home. Queued under the pod's lock, so a
    // Stop for this pod runs after it.
    this.#background.run(() => this.#perPod.run(pod.uid, () => attachments.put(record)),
      (error) => log.warn('cannot checkpoint attach results; the pre-move record still allows teardown', { error }));
    this.#options.observe?.('attach', 'ok', (performance.now() - started) / 1000);
    for (const device of record.devices) {
      log.info('device attached', { claim: `${device.claim.namespace}/${device.claim.name}`, claimUid: device.claim.uid, device: device.device, ...device.result });
    }
    this.#reportStatus(record.devices, vfio, late ? 'NetworkDeviceAttachedLate' : undefined);
  }

  async #detachAll(podUid: string, why: string): Promise<void> {
    const { attachments, logger } = this.#options;
    const record = attachments.get(podUid);
    if (!record) return;
    const log = logger.with({ pod: `${record.pod.namespace}/${record.pod.name}`, podUid, reason: why });
    const started = performance.now();
    const stuck: PodAttachments['devices'] = [];
    for (const device of record.devices) {
      const fields = { claim: `${device.claim.namespace}/${device.claim.name}`, claimUid: device.claim.uid, device: device.device };
      try {
        const outcome = await detachInterface(device.attachment);
        this.#markReturned(device);
        if (outcome.returned) log.info('device returned to the host', { ...fields, warnings: outcome.warnings });
        else log.warn('device could not be returned to the host', { ...fields, warnings: outcome.warnings });
      } catch (error) {
        // Teardown never fails because of us; the record stays and reconcile tries again.
        log.error('device detach failed; will retry', { ...fields, error });
        stuck.push(device);
      }
    }
    if (stuck.length) await attachments.put({ ...record, devices: stuck });
    else await attachments.delete(podUid);
    this.#options.observe?.('detach', stuck.length ? 'error' : 'ok', (performance.now() - started) / 1000);
  }

  /**
   * What netops gets for a device of the plan: the device itself, or the child its config asks
   * for, beside the parent's children already in pods (here and in this pod's earlier devices).
   */
  #attachRequest(device: NetdevPodPlanDevice, netnsPath: string, pending: readonly PendingAttach[]): AttachRequest | ChildAttachRequest {
    const request = deviceAttachRequest(device, netnsPath);
    const child = childLinkSpec(device.config.interface);
    if (!child) return request;
    const attached = [...this.#options.attachments.all().flatMap((record) => record.devices.map(({ attachment }) => attachment)), ...pending.map(({ attachment }) => attachment)];
    const siblings = attached.flatMap((attachment) => (attachment.child && attachment.snapshot.ifName === device.hostIfName ? [attachment.child.spec] : []));
    return { ...request, child, siblings };
  }

  /** A device that moved is home again; a parent never left. */
  #markReturned(device: PodAttachments['devices'][number]): void {
    if (!device.attachment.child) this.#options.inventory?.markReturned(device.device);
  }

  #markAttached(device: string, pod: PodAttachments['pod'], log: Logger): void {
    try {
      this.#options.inventory?.markAttached(device, pod);
    } catch (error) {
      // Bookkeeping for the ResourceSlice only; the attach itself goes ahead.
      log.warn('device not in the inventory; it may vanish from the ResourceSlice while in the pod', { device, error });
    }
  }

  /** One apply per claim with all its devices: an apply of part of them would drop the others' entries. */
  #reportStatus(attached: PodAttachments['devices'], vfio: readonly VfioPodPlanDevice[], readyReason?: string): void {
    const claims = new Map([...byClaim(attached), ...byClaim(vfio)].map(([uid, devices]) => [uid, devices[0]!.claim]));
    const now = new Date();
    for (const [uid, claim] of claims) {
      const inputs = attached.filter((d) => d.claim.uid === uid).flatMap((d) => (d.result ? [{ pool: d.pool, device: d.device, shareId: d.shareId, result: d.result }] : []));
      this.#options.reporter.claimStatus(claim, [
        ...claimStatusDevices(this.#options.driverName, inputs, now, readyReason),
        ...claimStatusVfioDevices(this.#options.driverName, vfio.filter((d) => d.claim.uid === uid), now, readyReason),
      ]);
    }
  }

  #reportNotReady(devices: readonly DeviceOfClaim[], reason: string, message: string): void {
    for (const ofClaim of byClaim(devices).values()) {
      this.#options.reporter.claimStatus(ofClaim[0]!.claim, claimStatusNotReady(this.#options.driverName, ofClaim, reason, message, new Date()));
    }
  }

  /**
   * Logs, raises Events on the pod and its claims, sets the claims' conditions to not ready, and
   * returns the error that fails the sandbox.
   */
  #fail(pod: Pod, devices: readonly DeviceOfClaim[], reason: string): Error {
    const message = `netclaim cannot attach the pod's network devices: ${reason}`;
    this.#options.logger.error('cannot attach the pod\'s devices', { pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, reason });
    this.#options.reporter.warning({ namespace: pod.namespace, name: pod.name, uid: pod.uid }, claimsOf(devices), 'NetworkDeviceAttachFailed', message);
    this.#reportNotReady(devices, 'NetworkDeviceAttachFailed', message);
    return new PodNetworkError(message);
  }

  /**
   * A device of the pod's claims is another pod's. Only the pod gets the Event: the claim's
   * status belongs to the pod that has its devices.
   */
  #unavailable(pod: Pod, devices: readonly UnavailableDevice[]): Error {
    const each = devices.map(({ claim, device, holder, held }) =>
      `device ${device} of claim ${claim.namespace}/${claim.name} is ${held === 'attached' ? 'in' : 'prepared for'} pod ${holder.namespace}/${holder.name} (uid ${holder.uid})`);
    const message = `netclaim cannot give the pod its network devices: ${each.join('; ')}; a network device is in one pod's network namespace at a time: give each pod its own claim, e.g. with a ResourceClaimTemplate`;
    this.#options.logger.error('a device of the pod\'s claims is another pod\'s', {
      pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, devices: devices.map(({ claim, device, holder }) => ({ claim: `${claim.namespace}/${claim.name}`, device, holder: `${holder.namespace}/${holder.name}` })),
    });
    this.#options.reporter.warning({ namespace: pod.namespace, name: pod.name, uid: pod.uid }, [], 'NetworkDeviceUnavailable', message);
    return new PodNetworkError(message);
  }
}

type NetdevPodPlanDevice = NetdevPlannedDevice & { claim: ClaimRef };
type VfioPodPlanDevice = VfioPlannedDevice & { claim: ClaimRef };

function isNetdevDevice(device: PodPlanDevice): device is NetdevPodPlanDevice {
  return !isVfioDevice(device);
}

/** Why a pod cannot have its devices; the message is what the runtime shows for the sandbox. */
export class PodNetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PodNetworkError';
  }
}

function nonEmpty(plan: PodAttachPlan | undefined): PodAttachPlan | undefined {
  return plan && plan.devices.length ? plan : undefined;
}

function byClaim<T extends { claim: ClaimRef }>(devices: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const device of devices) grouped.set(device.claim.uid, [...grouped.get(device.claim.uid) ?? [], device]);
  return grouped;
}

function claimsOf(devices: readonly { claim: ClaimRef }[]): ClaimRef[] {
  return [...byClaim(devices).values()].map((ofClaim) => ofClaim[0]!.claim);
}


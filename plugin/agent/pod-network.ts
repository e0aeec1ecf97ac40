/**
 * The pod side of netclaim, as NRI handlers: at RunPodSandbox every prepared device goes into the
 * pod's namespace — all of them or none, failing the sandbox rather than starting the pod without
 * its devices; at Stop/RemovePodSandbox every device comes home; on (re)connection the runtime's
 * list of live pods is reconciled with what the records say is attached.
 *
 * The plan is made in prepare; here it is only loaded from memory and executed. The only disk
 * write on the critical path is one checkpoint of the pod's attachments before anything moves.
 */
import { beginAttach, detach, type PendingAttach } from '../../netops/attach.ts';
import { netnsExists } from '../../netops/netns.ts';
import type { PodAttachPlan } from '../claims/plan.ts';
import { BackgroundWork } from '../concurrency/background.ts';
import { KeyedLock } from '../concurrency/keyed-lock.ts';
import type { Logger } from '../log.ts';
import type { ContainerAdjustment, Pod } from '../nri/types.ts';
import type { ObjectRef, Reporter } from './api-reporter.ts';
import { claimStatusDevices } from './claim-status.ts';
import type { PodAttachments, PodAttachmentStore } from './pod-attachments.ts';
import { rdmaLinuxDevices } from './rdma-char-devices.ts';
import type { CatalogEntry } from '../inventory/catalog.ts';

export interface PodNetworkOptions {
  driverName: string;
  plans: { planForPod(podUid: string): PodAttachPlan | undefined };
  attachments: PodAttachmentStore;
  reporter: Reporter;
  logger: Logger;
  /**
   * Keeps devices published while they are in a pod (the kernel hides them from the host):
   * told before a device moves and after it is home.
   */
  inventory?: {
    lookup(device: string): CatalogEntry | undefined;
    markAttached(device: string, pod: { namespace: string; name: string; uid: string }): void;
    markReturned(device: string): void;
  };
  /** Observes attach/detach durations (metrics). */
  observe?: (operation: 'attach' | 'detach', outcome: 'ok' | 'error', seconds: number) => void;
  devRoot?: string;
}

export class PodNetwork {
  readonly #options: PodNetworkOptions;
  readonly #perPod = new KeyedLock();
  readonly #background = new BackgroundWork();

  constructor(options: PodNetworkOptions) {
    this.#options = options;
  }

  /** Resolves once the work started after handlers answered (result checkpoints) is on disk. */
  settled(): Promise<void> {
    return this.#background.settled();
  }

  /** Pods currently holding devices. */
  get attachedPods(): number {
    return this.#options.attachments.all().length;
  }

  async runPodSandbox(pod: Pod): Promise<void> {
    const plan = this.#options.plans.planForPod(pod.uid);
    if (!plan || plan.devices.length === 0) return; // not ours: costs one map lookup
    await this.#perPod.run(pod.uid, () => this.#attachAll(pod, plan));
  }

  async stopPodSandbox(pod: Pod): Promise<void> {
    await this.#perPod.run(pod.uid, () => this.#detachAll(pod.uid, 'pod sandbox stopped'));
  }

  async createContainer(pod: Pod): Promise<ContainerAdjustment | undefined> {
    const paths = this.#options.plans.planForPod(pod.uid)?.devices.flatMap((device) => device.rdmaCharDevices) ?? [];
    if (paths.length === 0) return undefined;
    return { devices: rdmaLinuxDevices(paths, this.#options.devRoot) };
  }

  /**
   * The runtime's full list of pods, at every (re)connection. Records of pods it no longer has
   * are torn down (their Stop/Remove events were missed: we were away, or the runtime restarted).
   */
  async synchronize(pods: Pod[]): Promise<void> {
    const live = new Set(pods.map((pod) => pod.uid));
    await this.#tearDownWhere((record) => !live.has(record.pod.uid), 'pod no longer known to the runtime');
    for (const pod of pods) {
      const plan = this.#options.plans.planForPod(pod.uid);
      if (plan && plan.devices.length && !this.#options.attachments.get(pod.uid)) {
        this.#options.logger.warn('pod has prepared devices but none attached; its sandbox started while netclaim was not connected',
          { pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, devices: plan.devices.map((d) => d.device) });
      }
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

  async #attachAll(pod: Pod, plan: PodAttachPlan): Promise<void> {
    const { attachments, logger } = this.#options;
    const log = logger.with({ pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid });
    const existing = attachments.get(pod.uid);
    if (existing) {
      // The runtime retried, or we were restarted after a successful attach: already done.
      if (existing.netnsPath === pod.netnsPath && existing.devices.every((device) => device.result)) return;
      throw new Error(`pod ${pod.namespace}/${pod.name} already has devices recorded in ${existing.netnsPath}`);
    }
    if (!pod.netnsPath) throw this.#fail(pod, plan, 'the pod has no network namespace of its own (hostNetwork pods cannot take netclaim devices)');
    const started = performance.now();

    const pending: PendingAttach[] = [];
    try {
      for (const device of plan.devices) {
        pending.push(beginAttach({ hostIfName: device.hostIfName, netnsPath: pod.netnsPath, config: device.config, ...(device.rdmaDevice ? { rdmaDevice: device.rdmaDevice } : {}) }));
      }
    } catch (error) {
      for (const p of pending) p.abandon();
      const device = plan.devices[pending.length]!;
      throw this.#fail(pod, plan, `device ${device.device} of claim ${device.claim.namespace}/${device.claim.name}: ${(error as Error).message}`);
    }
    const record: PodAttachments = {
      pod: { uid: pod.uid, namespace: pod.namespace, name: pod.name },
      netnsPath: pod.netnsPath,
      devices: plan.devices.map((device, i) => {
        const published = this.#options.inventory?.lookup(device.device);
        return {
          claim: device.claim, request: device.request, pool: device.pool, device: device.device, attachment: pending[i]!.attachment,
          ...(published ? { published: { device: published.device, info: published.info } } : {}),
        };
      }),
    };
    try {
      await attachments.put(record);
    } catch (error) {
      for (const p of pending) p.abandon();
      throw this.#fail(pod, plan, `cannot checkpoint the attachment: ${(error as Error).message}`);
    }

    for (const device of record.devices) this.#markAttached(device.device, record.pod, log);
    const outcomes = await Promise.allSettled(pending.map((p) => p.complete()));
    const failures = outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [{ device: plan.devices[i]!, error: outcome.reason as Error }] : []));
    if (failures.length) {
      // All or nothing: bring home the devices that did make it, then fail the sandbox.
      for (const [i, outcome] of outcomes.entries()) {
        if (outcome.status === 'fulfilled') await detach(record.devices[i]!.attachment).catch((error: unknown) => log.error('rollback detach failed', { device: record.devices[i]!.device, error }));
      }
      await attachments.delete(pod.uid);
      for (const device of record.devices) this.#options.inventory?.markReturned(device.device);
      this.#options.observe?.('attach', 'error', (performance.now() - started) / 1000);
      throw this.#fail(pod, plan, failures.map(({ device, error }) => `device ${device.device} (claim ${device.claim.namespace}/${device.claim.name}): ${error.message}`).join('; '));
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
    this.#reportStatus(record);
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
        const outcome = await detach(device.attachment);
        this.#options.inventory?.markReturned(device.device);
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

  #markAttached(device: string, pod: PodAttachments['pod'], log: Logger): void {
    try {
      this.#options.inventory?.markAttached(device, pod);
    } catch (error) {
      // Bookkeeping for the ResourceSlice only; the attach itself goes ahead.
      log.warn('device not in the inventory; it may vanish from the ResourceSlice while in the pod', { device, error });
    }
  }

  #reportStatus(record: PodAttachments): void {
    const byClaim = new Map<string, PodAttachments['devices']>();
    for (const device of record.devices) byClaim.set(device.claim.uid, [...byClaim.get(device.claim.uid) ?? [], device]);
    for (const devices of byClaim.values()) {
      const inputs = devices.flatMap((d) => (d.result ? [{ pool: d.pool, device: d.device, result: d.result }] : []));
      this.#options.reporter.claimStatus(devices[0]!.claim, claimStatusDevices(this.#options.driverName, inputs, new Date()));
    }
  }

  /** Logs, raises Events on the pod and its claims, and returns the error that fails the sandbox. */
  #fail(pod: Pod, plan: PodAttachPlan, reason: string): Error {
    const message = `netclaim cannot attach the pod's network devices: ${reason}`;
    this.#options.logger.error('attach failed; failing the pod sandbox', { pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, reason });
    const claims = new Map(plan.devices.map((d) => [d.claim.uid, d.claim]));
    const objects: ObjectRef[] = [
      { kind: 'Pod', apiVersion: 'v1', namespace: pod.namespace, name: pod.name, uid: pod.uid },
      ...[...claims.values()].map((claim): ObjectRef => ({ kind: 'ResourceClaim', apiVersion: 'resource.k8s.io/v1', ...claim })),
    ];
    this.#options.reporter.warning(objects, 'NetworkDeviceAttachFailed', message);
    return new Error(message);
  }
}


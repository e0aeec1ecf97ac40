/**
 * Device health for the agent, wired: the debounced tracker (what the kubelet's health watch
 * serves), fed by the inventory's link events and scans and by a link monitor in each pod that
 * holds devices; and the claim side of it: a device in a pod whose carrier is lost gets
 * NetworkReady=False (reason CarrierLost, with the time) in its claim's status, and True again
 * when the carrier is back, written by the ApiReporter off the critical path.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BackgroundWork } from '../concurrency/background.ts';
import type { Clock } from '../concurrency/clock.ts';
import { DeviceHealthTracker, type HealthTransition } from '../health/device-health.ts';
import { LinkHealthFeeds, type PodLinkAccess } from '../health/link-feeds.ts';
import type { Health } from '../health/link-health.ts';
import type { InventoryOptions } from '../inventory/inventory.ts';
import type { Logger } from '../log.ts';
import type { NetworkReadyReporter } from './api-reporter.ts';
import type { PodAttachments, PodAttachmentStore } from './pod-attachments.ts';

export interface AgentDeviceHealthOptions {
  /** The pool the devices are published in: the node's name. */
  pool: string;
  logger: Logger;
  attachments: PodAttachmentStore;
  reporter: NetworkReadyReporter;
  clock?: Clock;
  debounceMs?: number;
  pods?: PodLinkAccess;
  /** Every observed carrier change, debounced or not (a metric). */
  onCarrierTransition?: (device: string, to: Health) => void;
}

export class AgentDeviceHealth {
  readonly tracker: DeviceHealthTracker;
  readonly #feeds: LinkHealthFeeds;
  readonly #options: AgentDeviceHealthOptions;
  /**
   * Opening a pod's monitor (a thread, a namespace switch, a link dump) waits for the next turn
   * of the event loop: the record is written on RunPodSandbox's critical path. Nothing is missed
   * meanwhile, the monitor lists the links once it is open.
   */
  readonly #podWork = new BackgroundWork();
  #unsubscribe: (() => void)[] = [];

  constructor(options: AgentDeviceHealthOptions) {
    this.#options = options;
    this.tracker = new DeviceHealthTracker({
      pool: options.pool,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
      ...(options.onCarrierTransition ? { onCarrierTransition: options.onCarrierTransition } : {}),
    });
    this.#feeds = new LinkHealthFeeds({ tracker: this.tracker, logger: options.logger.with({ component: 'device-health' }), ...(options.pods ? { pods: options.pods } : {}) });
  }

  /** What the inventory must hand over: every catalog it builds and every link event it hears. */
  get inventoryHooks(): Pick<InventoryOptions, 'onScan' | 'onLinkEvent'> {
    return { onScan: (catalog) => this.#feeds.catalogBuilt(catalog), onLinkEvent: (event) => this.#feeds.hostLinkEvent(event) };
  }

  /** Watches the pods that hold devices now and from now on, and writes NetworkReady as carriers change. */
  start(): void {
    const { attachments } = this.#options;
    this.#unsubscribe.push(attachments.subscribe((podUid, record) => {
      this.#podWork.run(async () => {
        await nextTurn();
        this.#podChanged(podUid, record);
      }, (error) => this.#options.logger.error('cannot follow the health of the pod\'s devices', { podUid, error }));
    }));
    this.#unsubscribe.push(this.tracker.subscribe((change) => {
      for (const transition of change.transitions) this.#reportCarrier(transition);
    }));
    for (const record of attachments.all()) this.#podChanged(record.pod.uid, record);
  }

  /** Resolves once the pod changes heard so far are followed (tests). */
  settled(): Promise<void> {
    return this.#podWork.settled();
  }

  async stop(): Promise<void> {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    await this.#podWork.settled();
    this.#feeds.close();
    this.tracker.close();
  }

  /** Published devices by reported health (a gauge). */
  counts(): Record<Health, number> {
    const counts: Record<Health, number> = { Healthy: 0, Unhealthy: 0, Unknown: 0 };
    for (const state of this.tracker.snapshot()) counts[state.health]++;
    return counts;
  }

  #podChanged(podUid: string, record: PodAttachments | undefined): void {
    if (!record) {
      this.#feeds.podGone(podUid);
      return;
    }
    this.#feeds.podDevices({ podUid, netnsPath: record.netnsPath, devices: record.devices.map((d) => ({ device: d.device, podIfName: d.attachment.podIfName })) });
    // Attached while the carrier was already lost: the Ready status written at attach says
    // nothing about it, and no transition will come.
    for (const device of record.devices) {
      const state = device.result && this.tracker.get(device.device);
      if (state?.health === 'Unhealthy') {
        this.#options.reporter.networkReady(device.claim, { pool: device.pool, device: device.device, status: 'False', reason: state.reason, message: state.message, at: new Date(state.since) });
      }
    }
  }

  #reportCarrier(transition: HealthTransition): void {
    const { to, from } = transition;
    const notReady = to.health === 'Unhealthy';
    if (!notReady && !(to.health === 'Healthy' && from === 'Unhealthy')) return;
    for (const record of this.#options.attachments.all()) {
      const device = record.devices.find((candidate) => candidate.device === transition.device && candidate.result);
      if (!device) continue;
      this.#options.logger.info(notReady ? 'device in pod lost its link' : 'device in pod has its link back', {
        pod: `${record.pod.namespace}/${record.pod.name}`, podUid: record.pod.uid, claim: `${device.claim.namespace}/${device.claim.name}`, claimUid: device.claim.uid,
        device: device.device, reason: to.reason, message: to.message,
      });
      this.#options.reporter.networkReady(device.claim, {
        pool: device.pool, device: device.device, status: notReady ? 'False' : 'True', reason: to.reason, message: to.message, at: new Date(to.since),
      });
    }
  }
}

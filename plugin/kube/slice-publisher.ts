/**
 * Keeps this node's ResourceSlices equal to the inventory, whatever happens to them: `publish`
 * sets the wanted devices and returns at once; a sync lists the pool's slices
 * (`spec.nodeName=<node>,spec.driver=<driver>`), and when they differ writes every slice with a
 * new generation, creating missing ones and deleting obsolete ones. A sync runs on publish, on
 * a watch event about our slices that we did not cause (the kubelet wiping them at its start,
 * an admin deleting one), when that watch restarts, and every `resyncIntervalMs`. A failed
 * sync (API server unreachable, 409 from a concurrent writer) is retried with backoff until it
 * succeeds or the publisher stops. Nothing is written before the first `publish`, so a fresh
 * agent never replaces a good pool with an empty one.
 *
 * Shared parents (KEP-5075, `allowMultipleAllocations` and capacity request policies) need the
 * API server's DRAConsumableCapacity feature. A server without it does not refuse them: it drops
 * those fields on write (as it drops every field of a disabled feature), which would leave the
 * devices looking exclusive to the scheduler while the agent thought them shared, and make every
 * sync rewrite the pool. So the first write of a shared device is checked against what came back;
 * if the fields were dropped, the publisher says so in one log line and from then on publishes
 * every device for exclusive use (until the agent restarts and asks again).
 *
 * SR-IOV counters (KEP-4815, counter sets a PF and its VFs consume, so the scheduler never
 * allocates both) need DRAPartitionableDevices, and are judged the same way: dropped from the
 * first write that carries them means the server lacks the feature; the publisher logs it once
 * and publishes without counters from then on (prepare still refuses a PF beside its VFs). The
 * shape is 1.35's, counter sets in slices of their own; a 1.34 server with the alpha gate on
 * wants them beside the devices and refuses the write (422 naming consumesCounters), which is
 * taken the same way: no counters from then on.
 */
import { BackgroundWork } from '../concurrency/background.ts';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { CounterSet, PublishedDevice } from '../inventory/published-device.ts';
import { withoutSharing } from '../inventory/sharing.ts';
import type { KubeClients } from './client.ts';
import { apiErrorMessage, httpStatusOf, isNotFound } from './errors.ts';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './retry.ts';
import { countersKept, desiredSlices, fromResourceSlice, planPool, taintsKept, toResourceSlice, type DesiredSlice, type ExistingSlice, type NodeOwner, type PoolIdentity } from './slices.ts';
import { watchObjects, type RawObject, type WatchEventType, type WatchHandle } from './watch.ts';

export interface SlicePublisherOptions {
  kube: KubeClients;
  nodeName: string;
  driverName: string;
  logger: Logger;
  resyncIntervalMs?: number;
  backoff?: BackoffOptions;
}

/** Counters for metrics and tests. */
export interface PublisherStats {
  syncs: number;
  failedSyncs: number;
  slicesWritten: number;
  slicesDeleted: number;
  generation: number;
  /** Watch events recognised as our own writes and deletes, so no sync followed them. */
  ownEventsSkipped: number;
  /** Date.now() of the last sync that left the pool equal to the inventory (written, or found so). */
  lastSyncedAt: number | undefined;
}

/** Our own writes, so watch events caused by them do not trigger another sync. */
const maxRememberedVersions = 4096;

/** Whether the API server keeps shared devices' fields: unknown until a shared device was written. */
export type SharingSupport = 'unknown' | 'supported' | 'unsupported';
/** Whether the API server keeps shared counters (partitionable devices): unknown until counters were written. */
export type CountersSupport = SharingSupport;

export class SlicePublisher {
  readonly #options: SlicePublisherOptions;
  readonly #log: Logger;
  #desired: PublishedDevice[] | undefined;
  #counterSets: CounterSet[] = [];
  #counters: CountersSupport = 'unknown';
  #owner: NodeOwner | undefined;
  #lastGeneration = 0;
  #syncRequested = false;
  #syncRunning = false;
  #failures = 0;
  #retryTimer: NodeJS.Timeout | undefined;
  #resyncTimer: NodeJS.Timeout | undefined;
  #watch: WatchHandle | undefined;
  #stopped = false;
  readonly #ourVersions = new Set<string>();
  readonly #ourDeletes = new Set<string>();
  #waiters: (() => void)[] = [];
  #eventsDuringSync: [WatchEventType, RawObject][] = [];
  #sharing: SharingSupport = 'unknown';
  /** False once the server dropped taints we sent (its DRADeviceTaints feature is off): we stop sending them. */
  #taintsServed: boolean | undefined;
  /** The sync loop while it runs (at most one): stop() waits for it. */
  readonly #syncs = new BackgroundWork();
  readonly stats: PublisherStats = { syncs: 0, failedSyncs: 0, slicesWritten: 0, slicesDeleted: 0, generation: 0, ownEventsSkipped: 0, lastSyncedAt: undefined };

  constructor(options: SlicePublisherOptions) {
    this.#options = options;
    this.#log = options.logger.with({ node: options.nodeName, driver: options.driverName });
  }

  /** Starts watching our slices and the periodic resync. */
  start(): void {
    this.#watch = watchObjects({
      config: this.#options.kube.config,
      path: '/apis/resource.k8s.io/v1/resourceslices',
      fieldSelector: this.#fieldSelector,
      onEvent: (type, object) => this.#onSliceEvent(type, object),
      onRestart: () => this.#requestSync('watch restarted'),
      onError: (error, retryInMs) => this.#log.warn('ResourceSlice watch failed, reconnecting', { error: apiErrorMessage(error), retryInMs }),
      backoff: this.#options.backoff ?? defaultBackoff,
    });
    this.#resyncTimer = setInterval(() => this.#requestSync('periodic resync'), this.#options.resyncIntervalMs ?? 60_000);
  }

  /** Stops syncing; resolves once the watch and a sync that was writing have ended. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#resyncTimer);
    clearTimeout(this.#retryTimer);
    await Promise.all([this.#watch?.close(), this.#syncs.settled()]);
  }

  /** Sets the devices the pool must hold (and the counter sets they consume from) and starts syncing towards them. */
  publish(devices: readonly PublishedDevice[], counterSets: readonly CounterSet[] = []): void {
    this.#desired = [...devices];
    this.#counterSets = [...counterSets];
    this.#requestSync('inventory changed');
  }

  /**
   * Checks the pool against the API server now, e.g. after the kubelet (re)registered the
   * plugin: it deletes a node's slices at its start.
   */
  resync(reason: string): void {
    this.#requestSync(reason);
  }

  /** Resolves once a sync has succeeded after every publish so far (it waits through outages). */
  whenSynced(): Promise<void> {
    if (!this.#syncRunning && !this.#syncRequested && this.#failures === 0 && this.#retryTimer === undefined) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  get sharingSupport(): SharingSupport {
    return this.#sharing;
  }

  get countersSupport(): CountersSupport {
    return this.#counters;
  }

  /** Whether the API server keeps device taints: undefined until a write with taints told. */
  get taintsServed(): boolean | undefined {
    return this.#taintsServed;
  }

  get #fieldSelector(): string {
    return `spec.nodeName=${this.#options.nodeName},spec.driver=${this.#options.driverName}`;
  }

  /**
   * Events that arrive while a sync writes may be its own, announced before the write's answer
   * told us the resourceVersion: judge them once the sync is done.
   */
  #onSliceEvent(type: WatchEventType, object: RawObject): void {
    if (this.#syncRunning) {
      this.#eventsDuringSync.push([type, object]);
      return;
    }
    const name = object.metadata?.name ?? '';
    if (type === 'DELETED' ? this.#ourDeletes.delete(name) : this.#ourVersions.has(object.metadata?.resourceVersion ?? '')) {
      this.stats.ownEventsSkipped++;
      return;
    }
    // A deletion we did not make may be the garbage collector following a re-created Node: read its uid again.
    if (type === 'DELETED') this.#owner = undefined;
    this.#requestSync(`slice ${name} ${type.toLowerCase()} by someone else`);
  }

  #requestSync(reason: string): void {
    if (this.#stopped || this.#desired === undefined) return;
    this.#log.debug('sync requested', { reason });
    this.#syncRequested = true;
    if (this.#syncRunning || this.#retryTimer) return;
    this.#syncs.run(() => this.#runSyncs(), (error) => this.#log.error('ResourceSlice sync loop failed', { error }));
  }

  /** One loop at a time; requests arriving meanwhile make it go round again. */
  async #runSyncs(): Promise<void> {
    this.#syncRunning = true;
    try {
      await this.#syncUntilCurrent();
    } finally {
      this.#syncRunning = false;
    }
    const events = this.#eventsDuringSync;
    this.#eventsDuringSync = [];
    for (const [type, object] of events) this.#onSliceEvent(type, object);
    if (!this.#syncRequested && this.#retryTimer === undefined) {
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  async #syncUntilCurrent(): Promise<void> {
    while (this.#syncRequested && !this.#stopped) {
      this.#syncRequested = false;
      try {
        await this.#syncOnce();
        this.#failures = 0;
        this.stats.lastSyncedAt = Date.now();
      } catch (error) {
        this.#failures++;
        this.stats.failedSyncs++;
        const delay = backoffDelay(this.#failures, this.#options.backoff ?? defaultBackoff);
        this.#log.warn('publishing ResourceSlices failed, retrying', { error: apiErrorMessage(error), retryInMs: delay, failures: this.#failures });
        this.#retryTimer = setTimeout(() => {
          this.#retryTimer = undefined;
          this.#requestSync('retry');
        }, delay);
        return;
      }
    }
  }

  async #syncOnce(): Promise<void> {
    this.stats.syncs++;
    const resource = this.#options.kube.resource;
    const pool: PoolIdentity = { driverName: this.#options.driverName, nodeName: this.#options.nodeName, owner: await this.#nodeOwner() };
    const listed = await resource.listResourceSlice({ fieldSelector: this.#fieldSelector });
    const existing = listed.items.map(fromResourceSlice);
    let wanted = this.#taintsServed === false ? (this.#desired ?? []).map(({ taints: _dropped, ...device }) => device) : this.#desired ?? [];
    if (this.#counters === 'unsupported') wanted = wanted.map(({ consumesCounters: _dropped, ...device }) => device);
    const counterSets = this.#counters === 'unsupported' ? [] : this.#counterSets;
    const desired = desiredSlices(pool, this.#sharing === 'unsupported' ? wanted.map(withoutSharing) : wanted, counterSets);
    const plan = planPool(pool, desired, existing, this.#lastGeneration);
    if (!plan) return;
    const sliceCount = desired.length;
    let written: Awaited<ReturnType<typeof resource.createResourceSlice>>[];
    try {
      written = await Promise.all([
        ...plan.creates.map((slice) => resource.createResourceSlice({ body: toResourceSlice(pool, slice, plan.generation, sliceCount) })),
        ...plan.updates.map((slice) => resource.replaceResourceSlice({ name: slice.name, body: toResourceSlice(pool, slice, plan.generation, sliceCount, slice.resourceVersion) })),
      ]);
    } catch (error) {
      // Slices the failed round did write carry its generation: the next one must go higher.
      this.#lastGeneration = plan.generation;
      if (!this.#countersRefused(error, desired)) throw error;
      return;
    }
    this.#lastGeneration = plan.generation;
    this.stats.generation = plan.generation;
    this.#noticeTaints([...plan.creates, ...plan.updates], written);
    for (const slice of written) this.#rememberVersion(slice.metadata?.resourceVersion);
    const answers = written.map(fromResourceSlice);
    this.#judgeSharing([...plan.creates, ...plan.updates], answers);
    this.#judgeCounters([...plan.creates, ...plan.updates], answers);
    for (const name of plan.deletes) this.#ourDeletes.add(name);
    await Promise.all(plan.deletes.map(async (name) => {
      try {
        await resource.deleteResourceSlice({ name });
      } catch (error) {
        this.#ourDeletes.delete(name);
        if (!isNotFound(error)) throw error;
      }
    }));
    this.stats.slicesWritten += written.length;
    this.stats.slicesDeleted += plan.deletes.length;
    this.#log.info('published ResourceSlices', {
      generation: plan.generation, slices: sliceCount, devices: this.#desired?.length ?? 0,
      created: plan.creates.length, updated: plan.updates.length, deleted: plan.deletes.length,
    });
  }

  /** After the first write of a shared device: did the server keep `allowMultipleAllocations`? */
  #judgeSharing(sent: readonly DesiredSlice[], written: readonly ExistingSlice[]): void {
    if (this.#sharing !== 'unknown') return;
    const shared = sent.flatMap((slice) => slice.devices).filter((device) => device.allowMultipleAllocations);
    if (shared.length === 0) return;
    const kept = new Set(written.flatMap((slice) => slice.devices).filter((device) => device.allowMultipleAllocations).map((device) => device.name));
    if (shared.every((device) => kept.has(device.name))) {
      this.#sharing = 'supported';
      return;
    }
    this.#sharing = 'unsupported';
    this.#log.warn('the API server dropped allowMultipleAllocations from our ResourceSlice: it lacks consumable capacity (feature DRAConsumableCapacity, Kubernetes 1.34+); '
      + 'devices selected by --share-filter are published for exclusive use instead, until the agent restarts', { devices: shared.map((device) => device.name) });
    this.#requestSync('consumable capacity unsupported');
  }

  /** After the first write with counters: did the server keep them? */
  #judgeCounters(sent: readonly DesiredSlice[], written: readonly ExistingSlice[]): void {
    if (this.#counters !== 'unknown') return;
    if (!sent.some((slice) => slice.sharedCounters?.length || slice.devices.some((device) => device.consumesCounters?.length))) return;
    if (countersKept(sent, written)) {
      this.#counters = 'supported';
      this.#log.info('the API server keeps shared counters: the scheduler never allocates an SR-IOV PF together with its VFs');
      return;
    }
    this.#counters = 'unsupported';
    this.#log.warn('the API server dropped the shared counters from our ResourceSlices: it lacks partitionable devices (feature DRAPartitionableDevices); '
      + 'PFs and their VFs are published without counters until the agent restarts, and prepare refuses a PF while its VFs are prepared and the other way round', { counterSets: this.#counterSets.map((set) => set.name) });
    this.#requestSync('shared counters unsupported');
  }

  /**
   * A write refused for its counters before the server ever kept any: a 1.34 server with the alpha
   * gate on, whose rules (counter sets beside their devices) 1.35 replaced. Published without
   * counters from then on, as when they are dropped; anything else is an ordinary failure.
   */
  #countersRefused(error: unknown, desired: readonly DesiredSlice[]): boolean {
    if (this.#counters !== 'unknown' || httpStatusOf(error) !== 422) return false;
    if (!desired.some((slice) => slice.sharedCounters?.length)) return false;
    // The Status message names the refused fields (ResourceSlice... is invalid: spec.devices[0].consumesCounters...).
    if (!/consumesCounters|sharedCounters/.test(errorMessage(error))) return false;
    this.#counters = 'unsupported';
    this.#log.warn('the API server refused our shared counters (it has partitionable devices with rules other than Kubernetes 1.35\'s, e.g. 1.34\'s alpha); '
      + 'PFs and their VFs are published without counters until the agent restarts, and prepare refuses a PF while its VFs are prepared and the other way round', { error: apiErrorMessage(error) });
    this.#requestSync('shared counters refused');
    return true;
  }

  #noticeTaints(sent: Parameters<typeof taintsKept>[0], written: Parameters<typeof taintsKept>[1]): void {
    if (this.#taintsServed !== undefined || !sent.some((slice) => slice.devices.some((device) => device.taints?.length))) return;
    this.#taintsServed = taintsKept(sent, written);
    if (this.#taintsServed) this.#log.info('the API server keeps device taints; unhealthy devices are published tainted');
    // Sending them again would only make every sync differ from what the server holds.
    else this.#log.warn('the API server dropped the device taints we sent (its DRADeviceTaints feature is off); devices are published without taints until the agent restarts');
  }

  /** The Node owns our slices so they go with it; read once, retried on later syncs while missing. */
  async #nodeOwner(): Promise<NodeOwner | undefined> {
    if (this.#owner) return this.#owner;
    try {
      const node = await this.#options.kube.core.readNode({ name: this.#options.nodeName });
      if (node.metadata?.uid) this.#owner = { name: this.#options.nodeName, uid: node.metadata.uid };
    } catch (error) {
      if (!isNotFound(error)) throw error;
      this.#log.warn('Node object not found; publishing ResourceSlices without an owner reference');
    }
    return this.#owner;
  }

  #rememberVersion(resourceVersion: string | undefined): void {
    if (!resourceVersion) return;
    if (this.#ourVersions.size >= maxRememberedVersions) this.#ourVersions.clear();
    this.#ourVersions.add(resourceVersion);
  }
}

/**
 * The agent's two doors the node knocks on: the kubelet plugin (DRA and registration sockets) and
 * the NRI plugin. Their handlers go through gates to the parts that hold the state directory, so
 * a new instance can open its doors while the old instance is still handing over: the kubelet
 * then already talks to the new instance (it uses the newest registration) and the runtime sends
 * every event to both; the new instance's calls wait at the gate until it holds the directory.
 *
 * The kubelet registration is offered only while NRI is in service, withdrawn on disconnect and
 * offered again on reconnect: no claim is prepared for a pod whose sandbox we could not see start.
 *
 * Synchronize before the gate opens is answered at once and not reconciled: the holder reconciled
 * when it connected, and every event since reaches it or waits here; waiting would hold the
 * runtime's plugin-sync lock, which pod creation also takes, for the whole handover.
 */
import { BackgroundWork } from '../concurrency/background.ts';
import type { DraHandler } from '../kubelet/dra-service.ts';
import type { DeviceHealthReport, HealthFeed } from '../kubelet/health-service.ts';
import { KubeletPlugin } from '../kubelet/kubelet-plugin.ts';
import type { Logger } from '../log.ts';
import { NriStub, type ContainerAdjustment, type NriHandlers } from '../nri/stub.ts';
import { HolderGate } from './holder-gate.ts';

/** A kubelet call waits this long for the directory at most, well inside the kubelet's 45 s. */
const KUBELET_WAIT_MS = 30_000;

export interface FrontDoorsOptions {
  driverName: string;
  registryDir: string;
  pluginsDir: string;
  nriSocket: string;
  nriIndex: string;
  /** The pod UID: per-instance kubelet socket names. */
  instance?: string | undefined;
  logger: Logger;
}

/** What the holder serves through the doors. */
export interface KubeletHolder extends DraHandler {
  /** NotifyRegistrationStatus: a registered plugin must republish its slices. */
  onRegistrationStatus(status: { registered: boolean; error: string }): void;
}
export type NriHolder = Required<Pick<NriHandlers, 'runPodSandbox' | 'stopPodSandbox' | 'removePodSandbox' | 'createContainer' | 'synchronize'>>;

export class FrontDoors {
  readonly plugin: KubeletPlugin;
  readonly stub: NriStub;
  readonly kubelet = new HolderGate<KubeletHolder>();
  readonly nri = new HolderGate<NriHolder>();
  /** The kubelet's health watch, served by the doors from the holder's device health once it holds. */
  readonly health = new HealthRelay();
  readonly #log: Logger;
  readonly #registration = new BackgroundWork();
  /**
   * Calls that reached the holder, until their work is done, deadline or not: the holder must not
   * release the state directory while one of them may still write a record.
   */
  readonly #kubeletCalls = new Set<Promise<unknown>>();
  readonly #nriCalls = new Set<Promise<unknown>>();
  #pluginStarted: Promise<void> | undefined;
  #inService: Promise<boolean> | undefined;

  constructor(options: FrontDoorsOptions) {
    const log = options.logger;
    this.#log = log;
    // The wait's deadline (a timer) only when there is something to wait for: once the holder is
    // there, as for nearly every call, a call costs no timer that lingers for KUBELET_WAIT_MS.
    const kubelet = <R>(use: (holder: KubeletHolder) => Promise<R>) => {
      const ready = this.kubelet.current;
      return track(this.#kubeletCalls, (ready ? Promise.resolve(ready) : this.kubelet.get(AbortSignal.timeout(KUBELET_WAIT_MS))).then(use));
    };
    const nri = <R>(signal: AbortSignal, use: (holder: NriHolder) => Promise<R>) => track(this.#nriCalls, this.nri.get(signal).then(use));
    this.plugin = new KubeletPlugin({
      driverName: options.driverName,
      registryDir: options.registryDir,
      pluginsDir: options.pluginsDir,
      ...(options.instance ? { instance: options.instance } : {}),
      handler: {
        prepare: (claims) => kubelet((holder) => holder.prepare(claims)),
        unprepare: (claims) => kubelet((holder) => holder.unprepare(claims)),
      },
      logger: log,
      registerAtStart: false,
      health: this.health,
      onRegistrationStatus: (status) => {
        this.kubelet.current?.onRegistrationStatus(status);
      },
    });
    this.stub = new NriStub({
      name: 'netclaim',
      index: options.nriIndex,
      socketPath: options.nriSocket,
      logger: log.with({ component: 'nri' }),
      handlers: {
        runPodSandbox: (pod, context) => nri(context.signal, (holder) => holder.runPodSandbox(pod, context)),
        stopPodSandbox: (pod, context) => nri(context.signal, (holder) => holder.stopPodSandbox(pod, context)),
        removePodSandbox: (pod, context) => nri(context.signal, (holder) => holder.removePodSandbox(pod, context)),
        createContainer: (pod, container, context): Promise<ContainerAdjustment | undefined> =>
          nri(context.signal, (holder) => holder.createContainer(pod, container, context)),
        synchronize: async (pods, containers, context) => {
          if (!this.nri.current) {
            log.info('synchronized while another instance holds the state directory; it reconciles, this one waits', { pods: pods.length });
            return;
          }
          await nri(context.signal, (holder) => holder.synchronize(pods, containers, context));
        },
        onReconnect: () => this.#offerRegistration(),
        onDisconnect: (reason) => {
          log.warn('NRI connection lost; withdrawing kubelet registration until it is back', { reason: reason.message });
          this.#registration.run(() => this.plugin.deregister(), (error) => log.error('cannot withdraw kubelet registration', { error }));
        },
      },
    });
  }

  /** The DRA server listens (registration is offered once NRI is in service). Idempotent. */
  startPlugin(): Promise<void> {
    this.#pluginStarted ??= this.plugin.start();
    return this.#pluginStarted;
  }

  /**
   * Connects to the runtime and keeps connected; the kubelet is offered registration once the
   * runtime answered. Resolves true once in service, false when closed before; the agent does not
   * wait for it (probes and unprepare are served meanwhile), a new instance does before it asks
   * the old one to hand over.
   */
  startNri(): Promise<boolean> {
    this.#inService ??= this.#connect();
    return this.#inService;
  }

  /** startNri() for a caller that does not wait: the attempt is the doors' own, closeNri() waits for it. */
  connectNri(): void {
    this.#inService ??= this.#connect();
  }

  #connect(): Promise<boolean> {
    return this.stub.start().then((runtime) => {
      this.#log.info('connected to the container runtime', { runtime: runtime.name, version: runtime.version });
      this.#offerRegistration();
      return true;
    }, (error: unknown) => {
      this.#log.error('NRI plugin stopped before it was in service', { error });
      return false;
    });
  }

  /** No new claims: the registration socket goes. */
  async withdrawRegistration(): Promise<void> {
    await this.#registration.settled();
    await this.plugin.deregister();
  }

  /** The runtime connection closes after its running handlers answered and their work is done. */
  async closeNri(): Promise<void> {
    await this.stub.close();
    await this.#inService;
    await settled(this.#nriCalls);
  }

  /** The DRA server stops; then the work of calls it let go of (graceful shutdown is bounded) ends. */
  async stopPlugin(): Promise<void> {
    await this.#pluginStarted?.catch(() => undefined);
    await this.plugin.stop();
    await settled(this.#kubeletCalls);
  }

  /** All of it, in that order; safe after any of the three. */
  async stop(): Promise<void> {
    await this.withdrawRegistration();
    await this.closeNri();
    await this.stopPlugin();
  }

  #offerRegistration(): void {
    this.#registration.run(() => this.plugin.register(), (error) => this.#log.error('cannot offer kubelet registration', { error }));
  }
}

function track<T>(calls: Set<Promise<unknown>>, call: Promise<T>): Promise<T> {
  const forget = () => {
    calls.delete(done);
  };
  const done: Promise<void> = call.then(forget, forget);
  calls.add(done);
  return call;
}

async function settled(calls: Set<Promise<unknown>>): Promise<void> {
  while (calls.size) await Promise.all([...calls]);
}

/**
 * A health feed that follows another: the kubelet plugin (and its registration, which lists the
 * health service) exists before this instance holds the node, its device health after. Until then
 * the watch reports no devices, which the kubelet reads as nothing known yet.
 */
export class HealthRelay implements HealthFeed {
  #feed: HealthFeed | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #listeners = new Set<() => void>();

  follow(feed: HealthFeed): void {
    this.#unsubscribe?.();
    this.#feed = feed;
    this.#unsubscribe = feed.subscribe(() => this.#notify());
    this.#notify();
  }

  snapshot(): readonly DeviceHealthReport[] {
    return this.#feed?.snapshot() ?? [];
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}

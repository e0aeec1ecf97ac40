/**
 * The node agent: inventory → ResourceSlices, the kubelet DRA plugin, and the NRI plugin, wired
 * around one rule — a pod that was allocated netclaim devices never runs without them:
 * - the kubelet registration is offered only while NRI is connected, so no claim is prepared
 *   for a pod whose sandbox we could not see start (withdrawn on disconnect, offered again on
 *   reconnect, after Synchronize reconciled);
 * - RunPodSandbox attaches all of a pod's devices or fails the sandbox, also for a pod with no
 *   prepared plan whose claims (from a cache of this node's pods) give it devices here.
 * What remains possible: a claim prepared just before NRI dropped can meet a sandbox that starts
 * while we are away; the runtime then runs the pod without its devices (it drops a late plugin
 * instead of failing the pod). When we are back, Synchronize finds such pods and their devices
 * are attached into the running pod (`lateAttach`), with a Warning Event saying so.
 *
 * Upgrades: one instance holds the state directory (`StateLock`). A new instance that finds it
 * held opens its doors first (kubelet sockets named after its pod UID, NRI connection), and once
 * the runtime sends it events asks the holder to hand over (`handover.ts`); the holder
 * stops as at SIGTERM, releases the lock last, and idles until its pod is deleted. Calls that reach
 * the new instance meanwhile wait at its gates (`front-doors.ts`) and are served from the records
 * the old one left.
 *
 * Start-up order is chosen so that what can fail for good fails before anything is offered to the
 * cluster: the state directory is proven writable and the metrics port bound before a single
 * device is published. Every part that starts is registered with `StartedParts`, so a failure half
 * way stops what did start (and the process can exit) and shutdown stops them in reverse order.
 */
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { catalogDeviceLookup } from '../claims/inventory-lookup.ts';
import { publishedDevices } from '../inventory/catalog.ts';
import { BackgroundWork } from '../concurrency/background.ts';
import { apiClaimSource } from '../kube/claims.ts';
import { PodCache } from '../kube/pods.ts';
import { createKubeClients, type KubeClients } from '../kube/client.ts';
import { apiIpAddresses } from '../kube/ip-addresses.ts';
import { PoolAllocator } from '../ipam/allocator.ts';
import type { DraHandler } from '../kubelet/dra-service.ts';
import type { HealthFeed } from '../kubelet/health-service.ts';
import { openKubeletState, type KubeletSide } from '../kubelet/kubelet-side.ts';
import type { Logger } from '../log.ts';
import type { Pod } from '../nri/stub.ts';
import { ApiReporter } from './api-reporter.ts';
import { AgentDeviceHealth } from './device-health.ts';
import { DeviceTaints } from './device-taints.ts';
import { startDevicePublishing, type DevicePublishing, type DevicePublishingOptions } from './device-publishing.ts';
import { FrontDoors } from './front-doors.ts';
import { listenForHandover, takeOverStateDir } from './handover.ts';
import { startHttpServer } from './http-server.ts';
import { AgentMetrics } from './metrics.ts';
import { PodAttachmentStore, publishedInPods } from './pod-attachments.ts';
import { PodClaims } from './pod-claims.ts';
import { PodNetwork } from './pod-network.ts';
import { StartedParts } from './started-parts.ts';
import { checkStateWritable, stateLayout } from './state-layout.ts';
import { StateLock } from './state-lock.ts';
import { hostVfioDriver } from '../claims/vfio-driver.ts';
import { heldVfioFunctions } from '../claims/plan.ts';

export interface DaemonOptions {
  driverName: string;
  nodeName: string;
  kubeconfig: string | undefined;
  stateDir: string;
  nriSocket: string;
  nriIndex: string;
  registryDir: string;
  pluginsDir: string;
  filter: string | undefined;
  /** Shared parents: `--share-filter` and their capacities (DevicePublishingOptions.sharing). */
  sharing?: DevicePublishingOptions['sharing'];
  metricsAddress: string;
  logger: Logger;
  /** How often pods whose network namespace vanished without a Stop/Remove event are torn down. */
  namespaceCheckIntervalMs?: number;
  /** Attach devices into pods found running without them (default); false only reports them. */
  lateAttach?: boolean;
  /** How often pool addresses that no prepared claim holds are released (after a crash between claim and record). */
  addressSweepIntervalMs?: number;
  /** Publish a device whose link stayed down longer than `taintAfterMs` with a NoSchedule taint (off by default). */
  taintUnhealthyDevices?: boolean;
  taintAfterMs?: number;
  /**
   * The pod's UID (downward API): names this instance's kubelet sockets, so that two instances can
   * be registered during an upgrade, and identifies it when it asks for or refuses a handover.
   */
  podUid?: string | undefined;
  /** Aborts a start that is still waiting for another instance to hand over. */
  signal?: AbortSignal;
}

const DEFAULT_NAMESPACE_CHECK_INTERVAL_MS = 10_000;
const DEFAULT_ADDRESS_SWEEP_INTERVAL_MS = 60_000;
/** How long shutdown keeps retrying claim-status writes and Events before abandoning them. */
const REPORTER_FLUSH_MS = 5000;

export interface Daemon {
  metricsPort: number;
  /**
   * Resolves with the new instance's id once this one handed the node over to it: every part has
   * stopped and the state directory is the new instance's; the process should idle until stopped.
   */
  retired: Promise<string>;
  /** Stops accepting work, lets in-flight handlers and background writes finish, closes every socket. */
  stop(): Promise<void>;
}

/** The agent's parts that the metrics and readiness probes read; filled in as they start. */
interface RunningParts {
  health?: AgentDeviceHealth;
  publishing?: DevicePublishing;
  kubelet?: KubeletSide;
  network?: PodNetwork;
  pods?: PodCache;
}

/**
 * Starts every part of the agent, or none: when a part fails to start, those that started are
 * stopped again before the error is thrown.
 */
export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  const log = options.logger;
  const parts = new StartedParts(log);
  const instance = options.podUid ?? `pid-${process.pid}`;
  const doors = new FrontDoors({
    driverName: options.driverName,
    registryDir: options.registryDir,
    pluginsDir: options.pluginsDir,
    nriSocket: options.nriSocket,
    nriIndex: options.nriIndex,
    instance: options.podUid,
    logger: log,
  });
  try {
    const { lock, previous } = await holdStateDir(options, instance, doors);
    // Released last: after every part that writes state has stopped, and the metrics port is free.
    parts.add('state lock', () => lock.release());
    const metricsPort = await startAgent(options, parts, doors);
    let stopping: Promise<void> | undefined;
    const stopOnce = () => (stopping ??= parts.stopAll());
    let markRetired!: (successor: string) => void;
    const retired = new Promise<string>((resolve) => (markRetired = resolve));
    const handover = await listenForHandover({
      stateDir: options.stateDir,
      instance,
      replaced: new Set(previous === undefined ? [] : [previous]),
      logger: log,
      retire: async (successor) => {
        await stopOnce();
        log.info('handed the node over to the new agent instance; idle until stopped', { successor });
        markRetired(successor);
      },
    });
    parts.add('handover listener', () => handover.close());
    return {
      metricsPort,
      retired,
      async stop() {
        log.info('shutting down');
        await stopOnce();
        log.info('stopped');
      },
    };
  } catch (error) {
    await parts.stopAll();
    await doors.stop();
    throw error;
  }
}

/**
 * The state directory's lock: at once when no other instance holds it; otherwise this instance
 * opens its doors, so that calls reach it from the moment the holder stops taking them, and asks
 * the holder to hand over.
 */
async function holdStateDir(options: DaemonOptions, instance: string, doors: FrontDoors): Promise<{ lock: StateLock; previous: string | undefined }> {
  const lock = await StateLock.tryAcquire(options.stateDir, instance);
  if (lock) return { lock, previous: undefined };
  const log = options.logger;
  const signal = options.signal ?? new AbortController().signal;
  log.info('another agent instance holds the state directory; serving the kubelet and the runtime before taking over', { instance });
  await doors.startPlugin();
  const inService = await Promise.race([doors.startNri(), abortedBy(signal)]);
  if (!inService) throw new Error('the NRI connection closed before the takeover');
  return takeOverStateDir({ stateDir: options.stateDir, instance, logger: log, signal });
}

/** Never resolves; rejects with the signal's reason when it fires. */
async function abortedBy(signal: AbortSignal): Promise<never> {
  await sleep(2 ** 31 - 1, undefined, { signal, ref: false });
  throw new Error('unreachable');
}

async function startAgent(options: DaemonOptions, parts: StartedParts, doors: FrontDoors): Promise<number> {
  const { logger: log, driverName, nodeName } = options;
  const running: RunningParts = {};
  const kube = createKubeClients({ kubeconfig: options.kubeconfig });
  const layout = stateLayout(options.stateDir);
  await checkStateWritable(layout);
  const attachments = new PodAttachmentStore(layout.pods);
  for (const record of await attachments.load()) log.error('pod attachment record unreadable; left on disk', { podUid: record.id, reason: record.reason });

  const { metrics, port } = await startObservability(options, running, doors, parts);
  const reporter = new ApiReporter({ resource: kube.resource, core: kube.core, driverName, nodeName, logger: log });
  parts.add('API reporter', () => reporter.flush(REPORTER_FLUSH_MS));
  const addresses = new PoolAllocator({ api: apiIpAddresses(kube.config), nodeName, managedBy: driverName, logger: log.with({ component: 'ipam' }) });
  const health = new AgentDeviceHealth({
    pool: nodeName, logger: log, attachments, reporter,
    onCarrierTransition: (_device, to) => metrics.countCarrierTransition(to === 'Healthy' ? 'up' : 'down'),
  });
  running.health = health;
  health.start();
  parts.add('device health', () => health.stop());
  // The kubelet's sockets before the first slice: a node whose plugin socket cannot be served
  // must not advertise devices. No claim reaches the lookup before the kubelet gate opens, after
  // publishing started.
  const kubeletState = await openKubeletState({
    addresses,
    vfio: hostVfioDriver(),
    driverName,
    stateDir: layout.claims,
    claims: apiClaimSource(kube.resource),
    devices: catalogDeviceLookup(() => {
      if (!running.publishing) throw new Error('the node\'s device inventory is not ready yet');
      return running.publishing.inventory.catalog;
    }, nodeName),
    logger: log,
    measure: (method, call, failed) => metrics.measure('dra', method, call, failed),
    // What we wrote in the claim's status.devices goes with the claim's preparation.
    onUnprepared: (claims) => {
      for (const claim of claims) reporter.clearClaimStatus(claim);
    },
  });
  running.kubelet = { plugin: doors.plugin, prepared: kubeletState.prepared, preparer: kubeletState.preparer };
  const kubelet = running.kubelet;
  await doors.startPlugin();
  parts.add('kubelet plugin', () => doors.stopPlugin());
  startAddressSweep(options, addresses, kubelet, parts);

  const taints = options.taintUnhealthyDevices ? new DeviceTaints({
    driverName, tracker: health.tracker, logger: log, onChange: () => running.publishing?.republish(),
    ...(options.taintAfterMs === undefined ? {} : { downForMs: options.taintAfterMs }),
  }) : undefined;
  if (taints) parts.add('device taints', () => taints.stop());
  running.publishing = await startDevicePublishing({
    kube, nodeName, driverName, logger: log, filter: options.filter, sharing: options.sharing, attached: publishedInPods(attachments.all()), health: health.inventoryHooks,
    heldVfio: () => heldVfioFunctions(kubelet.prepared.indexes()),
    ...(taints ? { decorate: (devices) => taints.apply(devices) } : {}),
  });
  const publishing = running.publishing;
  parts.add('device publishing', () => publishing.stop());

  running.network = startPodNetwork(options, running, kube, kubelet, publishing, attachments, metrics, reporter, parts);
  openDoors(options, running.network, kubeletState.handler, health.tracker, publishing, doors, metrics, parts);
  return port;
}

/** /metrics and the probes first: a taken port must fail the start before anything is published. */
async function startObservability(options: DaemonOptions, running: RunningParts, doors: FrontDoors, parts: StartedParts): Promise<{ metrics: AgentMetrics; port: number }> {
  const metrics = new AgentMetrics({
    publishedDevices: () => (running.publishing ? publishedDevices(running.publishing.inventory.catalog).length : 0),
    podsWithDevices: () => running.network?.attachedPods ?? 0,
    nriConnected: () => doors.stub.state === 'ready',
    nodePodsCached: () => running.pods?.size ?? 0,
    devicesByHealth: () => running.health?.counts() ?? {},
    publisherStats: () => running.publishing?.publisher.stats,
  });
  const served = await startHttpServer(options.metricsAddress, metrics, [
    { name: 'nri', problem: () => (doors.stub.state === 'ready' ? undefined : `not connected to the runtime (${doors.stub.state})`) },
    { name: 'kubelet', problem: () => (doors.plugin.registered ? undefined : 'plugin not registered with the kubelet') },
  ]);
  const server: Server = served.server;
  parts.add('http server', () => new Promise<void>((resolve) => server.close(() => resolve())));
  return { metrics, port: served.port };
}

/**
 * The pod side: attach at RunPodSandbox (with the node's pods and their claims cached, for pods
 * the kubelet did not prepare for), late attach, teardown, and the sweep for namespaces that vanished.
 */
function startPodNetwork(options: DaemonOptions, running: RunningParts, kube: KubeClients, kubelet: KubeletSide, publishing: DevicePublishing,
  attachments: PodAttachmentStore, metrics: AgentMetrics, reporter: ApiReporter, parts: StartedParts): PodNetwork {
  const { logger: log, driverName, nodeName } = options;
  const pods = new PodCache({ kube, nodeName, logger: log.with({ component: 'pod-cache' }) });
  running.pods = pods;
  const podClaims = new PodClaims({ driverName, nodeName, pods, claims: apiClaimSource(kube.resource), logger: log });
  const network = new PodNetwork({
    driverName,
    plans: kubelet.prepared,
    attachments,
    reporter,
    logger: log,
    inventory: publishing.inventory,
    observe: (operation, outcome, seconds) => metrics.observeOperation(operation, outcome, seconds),
    claims: {
      cached: (podUid) => podClaims.cached(podUid),
      lookup: (pod) => podClaims.lookup(pod),
      prepare: (claim, view) => kubelet.preparer.prepareFromObject(claim, view),
    },
    lateAttach: options.lateAttach ?? true,
    count: (event) => metrics.countPod(event),
  });
  parts.add('pod network', () => network.settled());
  podClaims.onLearnt((pod) => network.claimsLearnt(pod.uid));
  pods.start();
  parts.add('pod cache', async () => {
    await pods.stop();
    await podClaims.settled();
  });

  // A runtime that restarted sends no Stop/Remove for the pods it had: look for their
  // namespaces vanishing instead. One sweep at a time; a sweep is a stat per pod when idle.
  const sweeps = new BackgroundWork();
  const namespaceCheck = setInterval(() => {
    if (sweeps.size) return;
    sweeps.run(() => network.reapPodsWithoutNamespace(), (error) => log.error('tearing down pods whose namespace is gone failed', { error }));
  }, options.namespaceCheckIntervalMs ?? DEFAULT_NAMESPACE_CHECK_INTERVAL_MS);
  namespaceCheck.unref();
  parts.add('namespace check', async () => {
    clearInterval(namespaceCheck);
    await sweeps.settled();
  });
  return network;
}

/**
 * Pool addresses this node claimed that no prepared claim holds (a crash between the IPAddress
 * create and the record, a release that failed) are released: once at start, then periodically,
 * one sweep at a time (a sweep is one list of this node's addresses).
 */
function startAddressSweep(options: DaemonOptions, addresses: PoolAllocator, kubelet: KubeletSide, parts: StartedParts): void {
  const log = options.logger;
  const sweeps = new BackgroundWork();
  const sweep = () => {
    if (sweeps.size) return;
    sweeps.run(() => addresses.sweep((claimUid, objectUid) => kubelet.preparer.holdsAddress(claimUid, objectUid)),
      (error) => log.warn('releasing pool addresses no claim holds failed; retried at the next sweep', { error }));
  };
  sweep();
  const timer = setInterval(sweep, options.addressSweepIntervalMs ?? DEFAULT_ADDRESS_SWEEP_INTERVAL_MS);
  timer.unref();
  parts.add('address sweep', async () => {
    clearInterval(timer);
    await sweeps.settled();
  });
}

/**
 * The doors open onto this instance's parts: kubelet calls and NRI events that waited (a new
 * instance) go through now. Then the runtime connection, and the kubelet registration that follows
 * it: offered once the runtime has answered and after every reconnect, withdrawn while it is away.
 */
function openDoors(options: DaemonOptions, network: PodNetwork, handler: DraHandler, health: HealthFeed, publishing: DevicePublishing, doors: FrontDoors,
  metrics: AgentMetrics, parts: StartedParts): void {
  const measured = <A extends unknown[], R>(method: string, handle: (...args: A) => Promise<R>) =>
    (...args: A) => metrics.measure('nri', method, () => handle(...args));
  const teardown = (pod: Pod) => network.stopPodSandbox(pod);
  doors.health.follow(health);
  doors.kubelet.open({
    ...handler,
    // The kubelet deletes a driver's slices when it (re)registers it: publish them again.
    onRegistrationStatus: (status) => {
      if (status.registered) publishing.publisher.resync('kubelet registered the plugin');
    },
  });
  doors.nri.open({
    runPodSandbox: measured('RunPodSandbox', (pod: Pod) => network.runPodSandbox(pod)),
    stopPodSandbox: measured('StopPodSandbox', teardown),
    removePodSandbox: measured('RemovePodSandbox', teardown),
    createContainer: measured('CreateContainer', (pod: Pod) => network.createContainer(pod)),
    synchronize: measured('Synchronize', (pods: Pod[]) => network.synchronize(pods)),
  });
  // Not awaited: the agent serves probes and unprepare while it waits for the runtime. The doors
  // own the connection attempt: closeNri() waits for it.
  doors.connectNri();
  // Stopped in reverse: the registration is withdrawn first (no new claims), then the runtime
  // connection closes after its running handlers answered.
  parts.add('NRI plugin', () => doors.closeNri());
  parts.add('kubelet registration', () => doors.withdrawRegistration());
}

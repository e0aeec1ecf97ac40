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
 * Start-up order is chosen so that what can fail for good fails before anything is offered to the
 * cluster: the state directory is proven writable and the metrics port bound before a single
 * device is published. Every part that starts is registered with `StartedParts`, so a failure half
 * way stops what did start (and the process can exit) and shutdown stops them in reverse order.
 */
import type { Server } from 'node:http';
import { catalogDeviceLookup } from '../claims/inventory-lookup.ts';
import { BackgroundWork } from '../concurrency/background.ts';
import { apiClaimSource } from '../kube/claims.ts';
import { PodCache } from '../kube/pods.ts';
import { createKubeClients, type KubeClients } from '../kube/client.ts';
import { apiIpAddresses } from '../kube/ip-addresses.ts';
import { PoolAllocator } from '../ipam/allocator.ts';
import { startKubeletSide, type KubeletSide } from '../kubelet/kubelet-side.ts';
import type { Logger } from '../log.ts';
import { NriStub, type Pod } from '../nri/stub.ts';
import { ApiReporter } from './api-reporter.ts';
import { AgentDeviceHealth } from './device-health.ts';
import { DeviceTaints } from './device-taints.ts';
import { startDevicePublishing, type DevicePublishing, type DevicePublishingOptions } from './device-publishing.ts';
import { startHttpServer } from './http-server.ts';
import { AgentMetrics } from './metrics.ts';
import { PodAttachmentStore, publishedInPods } from './pod-attachments.ts';
import { PodClaims } from './pod-claims.ts';
import { PodNetwork } from './pod-network.ts';
import { StartedParts } from './started-parts.ts';
import { checkStateWritable, stateLayout } from './state-layout.ts';

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
}

const DEFAULT_NAMESPACE_CHECK_INTERVAL_MS = 10_000;
const DEFAULT_ADDRESS_SWEEP_INTERVAL_MS = 60_000;
/** How long shutdown keeps retrying claim-status writes and Events before abandoning them. */
const REPORTER_FLUSH_MS = 5000;

export interface Daemon {
  metricsPort: number;
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
  stub?: NriStub;
}

/**
 * Starts every part of the agent, or none: when a part fails to start, those that started are
 * stopped again before the error is thrown.
 */
export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  const log = options.logger;
  const parts = new StartedParts(log);
  try {
    const metricsPort = await startAgent(options, parts);
    return {
      metricsPort,
      async stop() {
        log.info('shutting down');
        await parts.stopAll();
        log.info('stopped');
      },
    };
  } catch (error) {
    await parts.stopAll();
    throw error;
  }
}

async function startAgent(options: DaemonOptions, parts: StartedParts): Promise<number> {
  const { logger: log, driverName, nodeName } = options;
  const running: RunningParts = {};
  const kube = createKubeClients({ kubeconfig: options.kubeconfig });
  const layout = stateLayout(options.stateDir);
  await checkStateWritable(layout);
  const attachments = new PodAttachmentStore(layout.pods);
  for (const record of await attachments.load()) log.error('pod attachment record unreadable; left on disk', { podUid: record.id, reason: record.reason });

  const { metrics, port } = await startObservability(options, running, parts);
  const reporter = new ApiReporter({ resource: kube.resource, core: kube.core, driverName, nodeName, logger: log });
  parts.add('API reporter', () => reporter.flush(REPORTER_FLUSH_MS));
  const addresses = new PoolAllocator({ api: apiIpAddresses(kube.config), nodeName, managedBy: driverName, log: log.with({ component: 'ipam' }) });
  const health = new AgentDeviceHealth({
    pool: nodeName, logger: log, attachments, reporter,
    onCarrierTransition: (_device, to) => metrics.countCarrierTransition(to === 'Healthy' ? 'up' : 'down'),
  });
  running.health = health;
  health.start();
  parts.add('device health', () => health.stop());
  // The kubelet's sockets before the first slice: a node whose plugin socket cannot be served
  // must not advertise devices. No claim reaches the lookup before the kubelet registration,
  // which waits for NRI, which starts after publishing.
  running.kubelet = await startKubeletSide({
    addresses,
    driverName,
    registryDir: options.registryDir,
    pluginsDir: options.pluginsDir,
    stateDir: layout.claims,
    claims: apiClaimSource(kube.resource),
    devices: catalogDeviceLookup(() => {
      if (!running.publishing) throw new Error('the node\'s device inventory is not ready yet');
      return running.publishing.inventory.catalog;
    }, nodeName),
    log,
    registerAtStart: false,
    health: health.tracker,
    measure: (method, call, failed) => metrics.measure('dra', method, call, failed),
    // The kubelet deletes a driver's slices when it (re)registers it: publish them again.
    onRegistrationStatus: (status) => {
      if (status.registered) running.publishing?.publisher.resync('kubelet registered the plugin');
    },
    // What we wrote in the claim's status.devices goes with the claim's preparation.
    onUnprepared: (claims) => {
      for (const claim of claims) reporter.clearClaimStatus(claim);
    },
  });
  const kubelet = running.kubelet;
  parts.add('kubelet plugin', () => kubelet.plugin.stop());
  startAddressSweep(options, addresses, kubelet, parts);

  const taints = options.taintUnhealthyDevices ? new DeviceTaints({
    driverName, tracker: health.tracker, logger: log, onChange: () => running.publishing?.republish(),
    ...(options.taintAfterMs === undefined ? {} : { downForMs: options.taintAfterMs }),
  }) : undefined;
  if (taints) parts.add('device taints', () => taints.stop());
  running.publishing = await startDevicePublishing({
    kube, nodeName, driverName, logger: log, filter: options.filter, sharing: options.sharing, attached: publishedInPods(attachments.all()), health: health.inventoryHooks,
    ...(taints ? { decorate: (devices) => taints.apply(devices) } : {}),
  });
  const publishing = running.publishing;
  parts.add('device publishing', () => publishing.stop());

  running.network = startPodNetwork(options, running, kube, kubelet, publishing, attachments, metrics, reporter, parts);
  running.stub = startNri(options, running.network, kubelet, metrics, parts);
  return port;
}

/** /metrics and the probes first: a taken port must fail the start before anything is published. */
async function startObservability(options: DaemonOptions, running: RunningParts, parts: StartedParts): Promise<{ metrics: AgentMetrics; port: number }> {
  const metrics = new AgentMetrics({
    publishedDevices: () => running.publishing?.inventory.catalog.entries.length ?? 0,
    podsWithDevices: () => running.network?.attachedPods ?? 0,
    nriConnected: () => running.stub?.state === 'ready',
    nodePodsCached: () => running.pods?.size ?? 0,
    devicesByHealth: () => running.health?.counts() ?? {},
    publisherStats: () => running.publishing?.publisher.stats,
  });
  const served = await startHttpServer(options.metricsAddress, metrics, [
    { name: 'nri', problem: () => (running.stub?.state === 'ready' ? undefined : `not connected to the runtime (${running.stub?.state ?? 'not started'})`) },
    { name: 'kubelet', problem: () => (running.kubelet?.plugin.registered ? undefined : 'plugin not registered with the kubelet') },
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
 * The NRI plugin, and the kubelet registration that follows its connection: offered once the
 * runtime has answered and after every reconnect, withdrawn while the runtime is away.
 */
function startNri(options: DaemonOptions, network: PodNetwork, kubelet: KubeletSide, metrics: AgentMetrics, parts: StartedParts): NriStub {
  const log = options.logger;
  const registration = new BackgroundWork();
  const offerRegistration = () => registration.run(() => kubelet.plugin.register(), (error) => log.error('cannot offer kubelet registration', { error }));
  const measured = <A extends unknown[], R>(method: string, handler: (...args: A) => Promise<R>) =>
    (...args: A) => metrics.measure('nri', method, () => handler(...args));
  const teardown = (pod: Pod) => network.stopPodSandbox(pod);
  const stub = new NriStub({
    name: 'netclaim',
    index: options.nriIndex,
    socketPath: options.nriSocket,
    logger: log.with({ component: 'nri' }),
    handlers: {
      runPodSandbox: measured('RunPodSandbox', (pod: Pod) => network.runPodSandbox(pod)),
      stopPodSandbox: measured('StopPodSandbox', teardown),
      removePodSandbox: measured('RemovePodSandbox', teardown),
      createContainer: measured('CreateContainer', (pod: Pod) => network.createContainer(pod)),
      synchronize: measured('Synchronize', (pods: Pod[]) => network.synchronize(pods)),
      onReconnect: offerRegistration,
      onDisconnect: (reason) => {
        log.warn('NRI connection lost; withdrawing kubelet registration until it is back', { reason: reason.message });
        registration.run(() => kubelet.plugin.deregister(), (error) => log.error('cannot withdraw kubelet registration', { error }));
      },
    },
  });
  // Not awaited: the agent serves probes and unprepare while it waits for the runtime; the
  // kubelet is offered registration only once the runtime answered.
  const inService = stub.start().then((runtime) => {
    log.info('connected to the container runtime', { runtime: runtime.name, version: runtime.version });
    offerRegistration();
  }, (error: unknown) => log.error('NRI plugin stopped before it was in service', { error }));
  // Stopped in reverse: the registration is withdrawn first (no new claims), then the runtime
  // connection closes after its running handlers answered.
  parts.add('NRI plugin', async () => {
    await stub.close();
    await inService;
  });
  parts.add('kubelet registration', async () => {
    await registration.settled();
    await kubelet.plugin.deregister();
  });
  return stub;
}

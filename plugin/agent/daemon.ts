/**
 * The node agent: inventory → ResourceSlices, the kubelet DRA plugin, and the NRI plugin, wired
 * around one rule — a pod that was allocated netclaim devices never runs without them:
 * - the kubelet registration is offered only while NRI is connected, so no claim is prepared
 *   for a pod whose sandbox we could not see start (withdrawn on disconnect, offered again on
 *   reconnect, after Synchronize reconciled);
 * - RunPodSandbox attaches all of a pod's devices or fails the sandbox.
 * What remains possible: a claim prepared just before NRI dropped can meet a sandbox that starts
 * while we are away; the runtime then runs the pod without its devices (it drops a late plugin
 * instead of failing the pod). Synchronize reports such pods when we are back.
 */
import type { Server } from 'node:http';
import { catalogDeviceLookup } from '../claims/inventory-lookup.ts';
import { apiClaimSource } from '../kube/claims.ts';
import { createKubeClients } from '../kube/client.ts';
import { startKubeletSide, type KubeletSide } from '../kubelet/kubelet-side.ts';
import { startDevicePublishing, type DevicePublishing } from './device-publishing.ts';
import type { Logger } from '../log.ts';
import { NriStub, type Pod } from '../nri/stub.ts';
import { ApiReporter } from './api-reporter.ts';
import { startHttpServer } from './http-server.ts';
import { AgentMetrics } from './metrics.ts';
import { PodAttachmentStore, publishedInPods } from './pod-attachments.ts';
import { PodNetwork } from './pod-network.ts';
import { stateLayout } from './state-layout.ts';

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
  metricsAddress: string;
  logger: Logger;
  /** How often pods whose network namespace vanished without a Stop/Remove event are torn down. */
  namespaceCheckIntervalMs?: number;
  /** Where RDMA device nodes are looked up (tests). */
  devRoot?: string;
}

const DEFAULT_NAMESPACE_CHECK_INTERVAL_MS = 10_000;

export interface Daemon {
  metricsPort: number;
  /** Stops accepting work, lets in-flight handlers finish, closes every socket. */
  stop(): Promise<void>;
}

export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  const { logger: log, driverName, nodeName } = options;
  const kube = createKubeClients({ kubeconfig: options.kubeconfig });
  const layout = stateLayout(options.stateDir);

  const attachments = new PodAttachmentStore(layout.pods);
  for (const record of await attachments.load()) log.error('pod attachment record unreadable; left on disk', { podUid: record.id, reason: record.reason });

  const publishing: DevicePublishing = await startDevicePublishing({
    kube, nodeName, driverName, logger: log, filter: options.filter, attached: publishedInPods(attachments.all()),
  });

  const kubelet: KubeletSide = await startKubeletSide({
    driverName,
    registryDir: options.registryDir,
    pluginsDir: options.pluginsDir,
    stateDir: layout.claims,
    claims: apiClaimSource(kube.resource),
    devices: catalogDeviceLookup(() => publishing.inventory.catalog, nodeName),
    log,
    registerAtStart: false,
    // The kubelet deletes a driver's slices when it (re)registers it: publish them again.
    onRegistrationStatus: (status) => {
      if (status.registered) publishing.publisher.resync('kubelet registered the plugin');
    },
  });

  const reporter = new ApiReporter({ resource: kube.resource, core: kube.core, driverName, nodeName, logger: log });
  const network = new PodNetwork({
    driverName,
    plans: kubelet.prepared,
    attachments,
    reporter,
    logger: log,
    inventory: publishing.inventory,
    observe: (operation, outcome, seconds) => metrics.observeOperation(operation, outcome, seconds),
    ...(options.devRoot ? { devRoot: options.devRoot } : {}),
  });

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
      onReconnect: () => {
        void kubelet.plugin.register().catch((error: unknown) => log.error('cannot offer kubelet registration', { error }));
      },
      onDisconnect: (reason) => {
        log.warn('NRI connection lost; withdrawing kubelet registration until it is back', { reason: reason.message });
        void kubelet.plugin.deregister().catch((error: unknown) => log.error('cannot withdraw kubelet registration', { error }));
      },
    },
  });
  // A runtime that restarted sends no Stop/Remove for the pods it had: look for their
  // namespaces vanishing instead. One sweep at a time; a sweep is a stat per pod when idle.
  let sweeping = false;
  const namespaceCheck = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    network.reapPodsWithoutNamespace()
      .catch((error: unknown) => log.error('tearing down pods whose namespace is gone failed', { error }))
      .finally(() => { sweeping = false; });
  }, options.namespaceCheckIntervalMs ?? DEFAULT_NAMESPACE_CHECK_INTERVAL_MS);
  namespaceCheck.unref();
  const metrics: AgentMetrics = new AgentMetrics({
    publishedDevices: () => publishing.inventory.catalog.entries.length,
    podsWithDevices: () => network.attachedPods,
    nriConnected: () => stub.state === 'ready',
  });
  let http: Server | undefined;
  try {
    const served = await startHttpServer(options.metricsAddress, metrics, [
      { name: 'nri', problem: () => (stub.state === 'ready' ? undefined : `not connected to the runtime (${stub.state})`) },
      { name: 'kubelet', problem: () => (kubelet.plugin.registered ? undefined : 'plugin not registered with the kubelet') },
    ]);
    http = served.server;
    // Not awaited: the agent serves probes and unprepare while it waits for the runtime; the
    // kubelet is offered registration only once the runtime answered.
    stub.start().then(async (runtime) => {
      log.info('connected to the container runtime', { runtime: runtime.name, version: runtime.version });
      await kubelet.plugin.register();
    }).catch((error: unknown) => log.error('NRI plugin stopped before it was in service', { error }));
    return {
      metricsPort: served.port,
      async stop() {
        log.info('shutting down');
        clearInterval(namespaceCheck);
        await kubelet.plugin.deregister();
        await stub.close();
        await kubelet.plugin.stop();
        publishing.stop();
        await reporter.flush(5000);
        await new Promise<void>((resolve) => http?.close(() => resolve()));
        log.info('stopped');
      },
    };
  } catch (error) {
    clearInterval(namespaceCheck);
    await stub.close();
    await kubelet.plugin.stop();
    publishing.stop();
    http?.close();
    throw error;
  }
}

/**
 * Everything the kubelet talks to, wired: the prepared-claim state loaded from disk, the
 * preparer and the plugin's sockets. The agent starts this once and hands `prepared` to the NRI
 * side, which looks plans up by pod UID at RunPodSandbox.
 */
import type { ClaimSource } from '../claims/claim.ts';
import type { ClaimRef } from '../claims/plan.ts';
import type { DeviceLookup } from '../claims/check.ts';
import { PreparedClaims } from '../claims/prepared-claims.ts';
import { ClaimPreparer } from '../claims/preparer.ts';
import type { PoolAllocator } from '../ipam/allocator.ts';
import type { Logger } from '../log.ts';
import type { UnreadableRecord } from '../store/record-store.ts';
import type { DraHandler } from './dra-service.ts';
import type { HealthFeed } from './health-service.ts';
import { KubeletPlugin } from './kubelet-plugin.ts';
import type { VfioDriver } from '../claims/vfio-driver.ts';

export interface KubeletSideOptions {
  driverName: string;
  registryDir: string;
  pluginsDir: string;
  /** Where prepared claims are kept; must survive agent restarts (a hostPath in a DaemonSet). */
  stateDir: string;
  claims: ClaimSource;
  devices: DeviceLookup;
  /** Allocates pool addresses (`interface.ipam`) at prepare and releases them at unprepare. */
  addresses?: PoolAllocator;
  /** Binds `driver: "vfio-pci"` devices at prepare and gives them back at unprepare. */
  vfio?: VfioDriver;
  logger: Logger;
  onRegistrationStatus?: (status: { registered: boolean; error: string }) => void;
  /** Told the claims an unprepare removed (or never had), e.g. to clear what was written about them. */
  onUnprepared?: (claims: ClaimRef[]) => void;
  registerAtStart?: boolean;
  /** Serve the kubelet's DRAResourceHealth watch from this feed. */
  health?: HealthFeed;
  /** Wraps each NodePrepareResources/NodeUnprepareResources call, e.g. to count and time it. */
  measure?: RequestMeasure;
}

/**
 * Runs one kubelet call. `failed` says whether an answer that did not throw still failed: the
 * kubelet's calls answer per claim, so a claim's error is in the answer, not thrown.
 */
export type RequestMeasure = <T>(method: 'NodePrepareResources' | 'NodeUnprepareResources', call: () => Promise<T>, failed: (answer: T) => boolean) => Promise<T>;

const unmeasured: RequestMeasure = (_method, call) => call();

export interface KubeletSide {
  plugin: KubeletPlugin;
  prepared: PreparedClaims;
  /** Also prepares claims the NRI side meets that the kubelet never prepared on this node. */
  preparer: ClaimPreparer;
}

export async function startKubeletSide(options: KubeletSideOptions): Promise<KubeletSide> {
  const { prepared, preparer, handler } = await openKubeletState(options);
  const plugin = new KubeletPlugin({
    driverName: options.driverName,
    registryDir: options.registryDir,
    pluginsDir: options.pluginsDir,
    handler,
    logger: options.logger,
    ...(options.onRegistrationStatus ? { onRegistrationStatus: options.onRegistrationStatus } : {}),
    ...(options.registerAtStart === undefined ? {} : { registerAtStart: options.registerAtStart }),
    ...(options.health ? { health: options.health } : {}),
  });
  await plugin.start();
  return { plugin, prepared, preparer };
}

/**
 * The prepared claims loaded from disk, the preparer, and the handler the DRA service calls, for
 * a caller that serves that handler through sockets of its own (the agent's, which a new instance
 * opens before it holds the state directory).
 */
export async function openKubeletState(options: Pick<KubeletSideOptions, 'driverName' | 'stateDir' | 'claims' | 'devices' | 'addresses' | 'vfio' | 'logger' | 'onUnprepared' | 'measure'>):
  Promise<{ prepared: PreparedClaims; preparer: ClaimPreparer; handler: DraHandler }> {
  const { logger: log } = options;
  const loadStarted = performance.now();
  const loadCpu = process.cpuUsage();
  const reportUnreadable = (record: UnreadableRecord): void => {
    log.error('prepared claim record unreadable; left on disk, the kubelet will prepare the claim again', { claimUid: record.id, reason: record.reason });
  };
  const { prepared, unreadable } = await PreparedClaims.open(options.stateDir, reportUnreadable);
  const loadMs = Math.round(performance.now() - loadStarted);
  const { user, system } = process.cpuUsage(loadCpu);
  for (const record of unreadable) reportUnreadable(record);
  // How long a restart keeps the kubelet waiting, and how much of it was this process's own work.
  log.info('prepared claims loaded', { count: prepared.size, stateDir: options.stateDir, ms: loadMs, cpuMs: Math.round((user + system) / 1000) });
  const preparer = new ClaimPreparer({
    driverName: options.driverName, claims: options.claims, devices: options.devices, prepared, logger: log, ...(options.addresses ? { addresses: options.addresses } : {}),
    ...(options.vfio ? { vfio: options.vfio } : {}),
  });
  const measure = options.measure ?? unmeasured;
  const handler: DraHandler = {
    prepare: (claims) => measure('NodePrepareResources', () => preparer.prepare(claims), (outcomes) => [...outcomes.values()].some((outcome) => 'error' in outcome)),
    unprepare: (claims) => measure('NodeUnprepareResources', async () => {
      const outcomes = await preparer.unprepare(claims);
      options.onUnprepared?.(claims.filter((claim) => outcomes.get(claim.uid) === undefined));
      return outcomes;
    }, (errors) => [...errors.values()].some((error) => error !== undefined)),
  };
  return { prepared, preparer, handler };
}

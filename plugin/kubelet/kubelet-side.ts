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
import type { Logger } from '../log.ts';
import type { DraHandler } from './dra-service.ts';
import { KubeletPlugin } from './kubelet-plugin.ts';

export interface KubeletSideOptions {
  driverName: string;
  registryDir: string;
  pluginsDir: string;
  /** Where prepared claims are kept; must survive agent restarts (a hostPath in a DaemonSet). */
  stateDir: string;
  claims: ClaimSource;
  devices: DeviceLookup;
  log: Logger;
  onRegistrationStatus?: (status: { registered: boolean; error: string }) => void;
  /** Told the claims an unprepare removed (or never had), e.g. to clear what was written about them. */
  onUnprepared?: (claims: ClaimRef[]) => void;
  registerAtStart?: boolean;
}

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
    log: options.log,
    ...(options.onRegistrationStatus ? { onRegistrationStatus: options.onRegistrationStatus } : {}),
    ...(options.registerAtStart === undefined ? {} : { registerAtStart: options.registerAtStart }),
  });
  await plugin.start();
  return { plugin, prepared, preparer };
}

/**
 * The prepared claims loaded from disk, the preparer, and the handler the DRA service calls, for
 * a caller that serves that handler through sockets of its own (the agent's, which a new instance
 * opens before it holds the state directory).
 */
export async function openKubeletState(options: Pick<KubeletSideOptions, 'driverName' | 'stateDir' | 'claims' | 'devices' | 'log' | 'onUnprepared'>):
  Promise<{ prepared: PreparedClaims; preparer: ClaimPreparer; handler: DraHandler }> {
  const { log } = options;
  const { prepared, unreadable } = await PreparedClaims.open(options.stateDir);
  for (const record of unreadable) {
    log.error('prepared claim record unreadable; left on disk, the kubelet will prepare the claim again', { claimUid: record.id, reason: record.reason });
  }
  log.info('prepared claims loaded', { count: prepared.size, stateDir: options.stateDir });
  const preparer = new ClaimPreparer({ driver: options.driverName, claims: options.claims, devices: options.devices, prepared, log });
  const handler: DraHandler = {
    prepare: (claims) => preparer.prepare(claims),
    unprepare: async (claims) => {
      const outcomes = await preparer.unprepare(claims);
      options.onUnprepared?.(claims.filter((claim) => outcomes.get(claim.uid) === undefined));
      return outcomes;
    },
  };
  return { prepared, preparer, handler };
}

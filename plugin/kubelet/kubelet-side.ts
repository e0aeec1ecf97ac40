/**
 * Everything the kubelet talks to, wired: the prepared-claim state loaded from disk, the
 * preparer and the plugin's sockets. The agent starts this once and hands `prepared` to the NRI
 * side, which looks plans up by pod UID at RunPodSandbox.
 */
import type { ClaimSource } from '../claims/claim.ts';
import type { DeviceLookup } from '../claims/check.ts';
import { PreparedClaims } from '../claims/prepared-claims.ts';
import { ClaimPreparer } from '../claims/preparer.ts';
import type { Logger } from '../log.ts';
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
  registerAtStart?: boolean;
}

export interface KubeletSide {
  plugin: KubeletPlugin;
  prepared: PreparedClaims;
}

export async function startKubeletSide(options: KubeletSideOptions): Promise<KubeletSide> {
  const { log } = options;
  const { prepared, unreadable } = await PreparedClaims.open(options.stateDir);
  for (const record of unreadable) {
    log.error('prepared claim record unreadable; left on disk, the kubelet will prepare the claim again', { claimUid: record.id, reason: record.reason });
  }
  log.info('prepared claims loaded', { count: prepared.size, stateDir: options.stateDir });
  const preparer = new ClaimPreparer({ driver: options.driverName, claims: options.claims, devices: options.devices, prepared, log });
  const plugin = new KubeletPlugin({
    driverName: options.driverName,
    registryDir: options.registryDir,
    pluginsDir: options.pluginsDir,
    handler: preparer,
    log,
    ...(options.onRegistrationStatus ? { onRegistrationStatus: options.onRegistrationStatus } : {}),
    ...(options.registerAtStart === undefined ? {} : { registerAtStart: options.registerAtStart }),
  });
  await plugin.start();
  return { plugin, prepared };
}

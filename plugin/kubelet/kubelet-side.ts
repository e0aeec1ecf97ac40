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
  const { log } = options;
  const loadStarted = performance.now();
  const loadCpu = process.cpuUsage();
  const { prepared, unreadable } = await PreparedClaims.open(options.stateDir);
  const loadMs = Math.round(performance.now() - loadStarted);
  const { user, system } = process.cpuUsage(loadCpu);
  for (const record of unreadable) {
    log.error('prepared claim record unreadable; left on disk, the kubelet will prepare the claim again', { claimUid: record.id, reason: record.reason });
  }
  // How long a restart keeps the kubelet waiting, and how much of it was this process's own work.
  log.info('prepared claims loaded', { count: prepared.size, stateDir: options.stateDir, ms: loadMs, cpuMs: Math.round((user + system) / 1000) });
  const preparer = new ClaimPreparer({ driver: options.driverName, claims: options.claims, devices: options.devices, prepared, log });
  const plugin = new KubeletPlugin({
    driverName: options.driverName,
    registryDir: options.registryDir,
    pluginsDir: options.pluginsDir,
    handler: {
      prepare: (claims) => preparer.prepare(claims),
      unprepare: async (claims) => {
        const outcomes = await preparer.unprepare(claims);
        options.onUnprepared?.(claims.filter((claim) => outcomes.get(claim.uid) === undefined));
        return outcomes;
      },
    },
    log,
    ...(options.onRegistrationStatus ? { onRegistrationStatus: options.onRegistrationStatus } : {}),
    ...(options.registerAtStart === undefined ? {} : { registerAtStart: options.registerAtStart }),
  });
  await plugin.start();
  return { plugin, prepared, preparer };
}

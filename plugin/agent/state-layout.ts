/** Where the agent keeps its durable state under --state-dir (default /var/lib/netclaim). */
import path from 'node:path';

export const DEFAULT_STATE_DIR = '/var/lib/netclaim';

export function stateLayout(stateDir: string) {
  return {
    /** One record per prepared claim UID (plugin/claims). */
    claims: path.join(stateDir, 'claims'),
    /** One record per pod UID holding devices (pod-attachments.ts). */
    pods: path.join(stateDir, 'pods'),
    /** `netclaim attach` by hand, one record per host device. */
    manualAttachments: path.join(stateDir, 'attachments'),
  };
}

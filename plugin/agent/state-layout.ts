/** Where the agent keeps its durable state under --state-dir (default /var/lib/netclaim). */
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { mkdir, open, stat, unlink } from 'node:fs/promises';
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

/**
 * Proves at start that the agent can make its records durable (create, fsync, remove) in each of
 * its state directories. A read-only or full state dir would otherwise show only at the first
 * prepare, after the node's devices were published as available. The probe's name ends like a
 * record store's temporary files, so a crash between create and remove leaves nothing the stores
 * do not clean up. Each directory (a symlink's target) must be ours and writable by nobody else:
 * a record says what detach restores on a host link, so whoever can plant one steers the agent.
 */
export async function checkStateWritable(layout: ReturnType<typeof stateLayout>): Promise<void> {
  for (const dir of [layout.claims, layout.pods]) {
    const probe = path.join(dir, `.write-check.${process.pid}.tmp`);
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // The state dir too: whoever may write in it can swap claims/ or pods/ for their own.
      for (const checked of [path.dirname(dir), dir]) checkOwnedByUs(checked, await stat(checked));
      const file = await open(probe, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, 0o600);
      try {
        await file.writeFile('ok');
        await file.sync();
      } finally {
        await file.close();
      }
      await unlink(probe);
    } catch (error) {
      throw new Error(`state directory ${dir} is not usable: ${(error as Error).message}`, { cause: error });
    }
  }
}

function checkOwnedByUs(dir: string, directory: Stats): void {
  const uid = process.geteuid?.();
  if (uid !== undefined && directory.uid !== uid) throw new Error(`${dir} is owned by uid ${directory.uid}, not by this process (uid ${uid})`);
  if (directory.mode & 0o022) throw new Error(`${dir} is writable by group or others (mode ${(directory.mode & 0o7777).toString(8).padStart(4, '0')})`);
}

/**
 * One agent instance at a time changes the state directory: the one holding an exclusive flock on
 * `<state dir>/agent.lock`. During an upgrade two instances run on a node (the DaemonSet surges
 * by one), and both see the same hostPath; only the holder loads, writes and acts on records.
 *
 * Why flock: the kernel releases it when the last descriptor of the open file closes, which
 * includes the holder dying by SIGKILL or the OOM killer, so a crashed holder never wedges the
 * directory. It belongs to the inode, so every container that mounts the hostPath sees the same
 * lock whatever path it mounts it at. PID or lease files go stale on a crash and PIDs mean nothing
 * across the containers' PID namespaces; a POSIX (fcntl) lock is dropped when the process closes
 * any descriptor of the file, which a library may do behind our back.
 *
 * The holder writes who it is into the file (instance id and pid, for logs and to refuse a
 * handover back to the instance it replaced); the lock, not the content, is what counts.
 */
import { constants } from 'node:fs';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { native } from '../../netops/native/addon.ts';

const LOCK_FILE = 'agent.lock';
/** The holder's note is a short JSON line; reading more is never needed. */
const MAX_NOTE_BYTES = 1024;

/** Who holds the state directory, as its note says. */
export interface HolderNote {
  instance: string;
  pid: number;
}

export class StateLock {
  readonly instance: string;
  readonly #file: FileHandle;
  #released = false;

  private constructor(file: FileHandle, instance: string) {
    this.#file = file;
    this.instance = instance;
  }

  /** Takes the lock if nobody holds it; undefined when another instance does. Never waits. */
  static async tryAcquire(stateDir: string, instance: string): Promise<StateLock | undefined> {
    const file = await openLockFile(stateDir);
    try {
      if (!native.tryLockExclusive(file.fd)) {
        await file.close();
        return undefined;
      }
      await file.truncate(0);
      await file.write(`${JSON.stringify({ instance, pid: process.pid } satisfies HolderNote)}\n`, 0);
      await file.sync();
      return new StateLock(file, instance);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  /** What the current holder wrote about itself; undefined when unreadable or empty. */
  static async holder(stateDir: string): Promise<HolderNote | undefined> {
    const file = await openLockFile(stateDir);
    try {
      const buffer = Buffer.alloc(MAX_NOTE_BYTES);
      const { bytesRead } = await file.read(buffer, 0, MAX_NOTE_BYTES, 0);
      const note: unknown = JSON.parse(buffer.subarray(0, bytesRead).toString('utf8'));
      if (typeof note === 'object' && note !== null && typeof (note as HolderNote).instance === 'string' && typeof (note as HolderNote).pid === 'number') {
        return { instance: (note as HolderNote).instance, pid: (note as HolderNote).pid };
      }
      return undefined;
    } catch {
      return undefined;
    } finally {
      await file.close();
    }
  }

  /** Lets another instance take the directory. Idempotent. */
  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    await this.#file.close();
  }
}

/** The lock file, never through a symlink, and only a regular file. */
async function openLockFile(stateDir: string): Promise<FileHandle> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  const lockPath = path.join(stateDir, LOCK_FILE);
  const file = await open(lockPath, constants.O_RDWR | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o600);
  try {
    if (!(await file.stat()).isFile()) throw new Error(`${lockPath} is not a regular file`);
    return file;
  } catch (error) {
    await file.close();
    throw error;
  }
}

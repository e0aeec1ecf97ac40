/**
 * The native transport's TypeScript face. The addon (netlink_native.c) is built by `make native`
 * into build/; it is loaded once per process.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export interface MonitorHandle {
  /** Stops the monitor thread; returns at once and never waits for the JS thread. */
  close(): void;
}

/**
 * What a monitor delivers: a multicast datagram; null when events were lost (the kernel's buffer
 * or our 64-datagram queue was full: resynchronise); an Error when the monitor thread failed and
 * stopped (no more events follow).
 */
export type MonitorDelivery = Buffer | null | Error;

export interface NativeTransport {
  /** Opens a netlink socket inside the namespace at netnsPath (null: the caller's own). */
  openSocket(protocol: number, netnsPath: string | null, groups: number[]): number;
  closeSocket(fd: number): void;
  /** Sends a request and returns every reply message with its sequence number; blocks briefly. */
  transact(fd: number, request: Buffer, seq: number): Buffer;
  /** Same as transact, on the thread pool: for requests the kernel takes long over. */
  transactAsync(fd: number, request: Buffer, seq: number): Promise<Buffer>;
  /** Writes a /proc file (a sysctl) as seen from inside the namespace at netnsPath. */
  writeProcFile(netnsPath: string | null, path: string, value: string): void;
  readProcFile(netnsPath: string | null, path: string): string;
  /** Delivers multicast datagrams from a thread of its own; see MonitorDelivery. */
  monitor(protocol: number, netnsPath: string | null, groups: number[],
    listener: (delivery: MonitorDelivery) => void): MonitorHandle;
  /**
   * flock(LOCK_EX | LOCK_NB) on an open file: true when it now holds the lock, false when another
   * open file holds it. Closing the descriptor (or the process ending) releases it.
   */
  tryLockExclusive(fd: number): boolean;
  /**
   * Writes `data` to `dir/name` durably and atomically, as ONE thread-pool job: a fresh file
   * `tempName` opened O_CREAT|O_EXCL|O_NOFOLLOW (0600), written, fsynced, renamed over `name`
   * (refused, code EREFUSED, when `name` is a symlink or not a regular file), then the directory
   * fsynced. On failure the temporary file is removed. Names must not contain a slash.
   */
  writeFileDurably(dir: string, tempName: string, name: string, data: Buffer): Promise<void>;
  /** Removes `dir/name` and fsyncs the directory, as one thread-pool job; false when there was none. */
  removeFileDurably(dir: string, name: string): Promise<boolean>;
}

const addonPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/netlink_native.node');

export const native: NativeTransport = createRequire(import.meta.url)(addonPath) as NativeTransport;

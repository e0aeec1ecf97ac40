/**
 * The native transport's TypeScript face. The addon (netlink_native.c) is built by `make native`
 * into build/; it is loaded once per process.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export interface MonitorHandle {
  close(): void;
}

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
  /** Delivers every multicast datagram; null means the kernel dropped events (resynchronise). */
  monitor(protocol: number, netnsPath: string | null, groups: number[],
    listener: (datagram: Buffer | null) => void): MonitorHandle;
}

const addonPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build/netlink_native.node');

export const native: NativeTransport = createRequire(import.meta.url)(addonPath) as NativeTransport;

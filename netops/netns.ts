/** Network namespaces by path (/var/run/netns/NAME, /proc/PID/ns/net): opened as fds for moves. */
import { closeSync, openSync } from 'node:fs';

/** The agent's own namespace (the host's, for a hostNetwork DaemonSet): where links come home to. */
export const HOST_NETNS = '/proc/self/ns/net';

/** Runs fn with an fd open on the namespace at path (libuv opens it close-on-exec), closing it afterwards. */
export async function withNetnsFd<T>(path: string, fn: (fd: number) => Promise<T>): Promise<T> {
  const fd = openSync(path, 'r');
  try {
    return await fn(fd);
  } finally {
    closeSync(fd);
  }
}

/** A namespace path that can no longer be opened is gone (or was never there). */
export function netnsExists(path: string): boolean {
  try {
    closeSync(openSync(path, 'r'));
    return true;
  } catch {
    return false;
  }
}

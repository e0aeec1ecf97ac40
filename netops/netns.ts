/** Network namespaces by path (/var/run/netns/NAME, /proc/PID/ns/net): opened as fds for moves. */
import { closeSync, constants, fstatSync, openSync, statSync, type Stats } from 'node:fs';
import { NETLINK } from './netlink/constants.ts';
import { isNetlinkError } from './netlink/errors.ts';
import { NetlinkSocket } from './netlink/socket.ts';

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

/** Why a path cannot be a pod's network namespace. */
export type NetnsProblem = 'does not exist' | 'permission denied' | 'not a network namespace' | "is the host's own network namespace";

export class NetnsPathError extends Error {
  readonly path: string;
  readonly problem: NetnsProblem;

  constructor(path: string, problem: NetnsProblem) {
    super(`${path}: ${problem}`);
    this.name = 'NetnsPathError';
    this.path = path;
    this.problem = problem;
  }
}

/** Where the host's namespace may be seen from here: our own (hostNetwork) and init's. */
const HOST_NETNS_PATHS = [HOST_NETNS, '/proc/1/ns/net'];

/**
 * Throws NetnsPathError unless path is a network namespace other than the host's: moving a link
 * "into" the host's namespace leaves it, and the config's addresses, on the host, and detach
 * then cannot tell them apart. The path is opened once, without blocking (a FIFO must not hang
 * us), and everything is judged on that open file: it must live on nsfs (the dev of our own
 * namespace file), differ from the host's namespace by dev and inode, and be enterable as a
 * network namespace (setns refuses a mount or PID namespace file with EINVAL).
 */
export function checkPodNetns(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw new NetnsPathError(path, problemOf(error));
  }
  try {
    const target = fstatSync(fd);
    if (target.dev !== statSync(HOST_NETNS).dev) throw new NetnsPathError(path, 'not a network namespace');
    for (const hostPath of HOST_NETNS_PATHS) {
      const host = statOrUndefined(hostPath);
      if (host?.dev === target.dev && host.ino === target.ino) throw new NetnsPathError(path, "is the host's own network namespace");
    }
    try {
      NetlinkSocket.open(NETLINK.ROUTE, `/proc/self/fd/${fd}`).close();
    } catch (error) {
      throw new NetnsPathError(path, isNetlinkError(error, 'EINVAL') ? 'not a network namespace' : problemOf(error));
    }
  } finally {
    closeSync(fd);
  }
}

function problemOf(error: unknown): NetnsProblem {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENXIO') return 'not a network namespace'; // a unix socket
  throw error;
}

/** Another process's namespace may be out of reach (not root): then it cannot be compared, nor be the target. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

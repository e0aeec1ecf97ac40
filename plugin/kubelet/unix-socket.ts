/**
 * Serving gRPC on a unix socket the way the kubelet expects: a stale socket from a previous run
 * is removed first (bind would fail on it), the socket is readable and writable by its owner only
 * (whoever can connect can move the node's NICs into pods), and it is removed on shutdown (the
 * kubelet takes a registration socket's disappearance as deregistration).
 *
 * Removing only our own socket takes two steps. libuv unlinks a socket's bind path when the
 * server closes, whatever file is there by then; so we bind a unique dot-name (the kubelet's
 * watcher ignores dot-names) and rename it into place, leaving libuv's unlink nothing to hit.
 * And shutdown removes the path before closing, and only while it is still the inode our open
 * socket holds (an open socket keeps its inode from being reused): a new server may already be
 * on that path (the registration socket is withdrawn and offered again as NRI comes and goes,
 * and a new agent starts while the old one stops), and removing it would deregister the plugin.
 */
import { ServerCredentials, type Server } from '@grpc/grpc-js';
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const SOCKET_MODE = 0o600;
/** How long in-flight calls may finish before a shutdown cuts them off. */
const GRACEFUL_SHUTDOWN_MS = 2000;

/** Which file a server bound: a path names whatever is there now, this names ours. */
export interface BoundSocket {
  path: string;
  dev: number;
  ino: number;
}

export async function listenUnix(server: Server, path: string): Promise<BoundSocket> {
  await mkdir(dirname(path), { recursive: true, mode: 0o750 });
  await refuseNonSocket(path);
  const bindPath = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}`);
  await new Promise<void>((resolve, reject) => {
    server.bindAsync(`unix://${bindPath}`, ServerCredentials.createInsecure(), (error) => (error ? reject(error) : resolve()));
  });
  try {
    await chmod(bindPath, SOCKET_MODE);
    const { dev, ino } = await lstat(bindPath);
    // Atomically replaces a stale socket from a previous run.
    await rename(bindPath, path);
    return { path, dev, ino };
  } catch (error) {
    server.forceShutdown();
    throw error;
  }
}

/** Removes our socket (new connections fail), then lets calls in flight finish, bounded. */
export async function shutdownUnix(server: Server, socket: BoundSocket): Promise<void> {
  await removeOwnSocket(socket);
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => server.forceShutdown(), GRACEFUL_SHUTDOWN_MS);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}

async function refuseNonSocket(path: string): Promise<void> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stats && !stats.isSocket()) throw new Error(`refusing to replace ${path}: it exists and is not a socket`);
}

/** Removes the socket file only while it is the one we bound. */
async function removeOwnSocket(socket: BoundSocket): Promise<void> {
  let stats;
  try {
    stats = await lstat(socket.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (stats.dev !== socket.dev || stats.ino !== socket.ino) return;
  await unlink(socket.path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

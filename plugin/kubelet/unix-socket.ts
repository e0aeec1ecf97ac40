/**
 * Serving gRPC on a unix socket the way the kubelet expects: a stale socket from a previous run
 * is removed first (bind would fail on it), the socket is readable and writable by its owner only
 * (whoever can connect can move the node's NICs into pods), and it is removed on shutdown (the
 * kubelet takes a registration socket's disappearance as deregistration).
 */
import { ServerCredentials, type Server } from '@grpc/grpc-js';
import { chmod, lstat, mkdir, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

const SOCKET_MODE = 0o600;
/** How long in-flight calls may finish before a shutdown cuts them off. */
const GRACEFUL_SHUTDOWN_MS = 2000;

export async function listenUnix(server: Server, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o750 });
  await removeSocket(path);
  await new Promise<void>((resolve, reject) => {
    server.bindAsync(`unix://${path}`, ServerCredentials.createInsecure(), (error) => (error ? reject(error) : resolve()));
  });
  await chmod(path, SOCKET_MODE);
}

export async function shutdownUnix(server: Server, path: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => server.forceShutdown(), GRACEFUL_SHUTDOWN_MS);
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
  await removeSocket(path);
}

/** Removes a socket file; refuses to remove anything that is not a socket. */
export async function removeSocket(path: string): Promise<void> {
  let stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!stats.isSocket()) throw new Error(`refusing to replace ${path}: it exists and is not a socket`);
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

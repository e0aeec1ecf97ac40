import { credentials, Client, Server } from '@grpc/grpc-js';
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenUnix, shutdownUnix } from './unix-socket.ts';

async function connects(path: string): Promise<boolean> {
  const client = new Client(`unix://${path}`, credentials.createInsecure());
  try {
    return await new Promise((resolve) => client.waitForReady(Date.now() + 2000, (error) => resolve(error === undefined)));
  } finally {
    client.close();
  }
}

describe('unix sockets', () => {
  let dir: string;
  const servers: Server[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-unix-'));
  });
  afterEach(async () => {
    // A failed assertion must not leave a server that keeps jest from exiting.
    for (const server of servers.splice(0)) server.forceShutdown();
    await rm(dir, { recursive: true, force: true });
  });

  test('a server shutting down leaves alone a newer server\'s socket on its path', async () => {
    const path = join(dir, 'reg.sock');
    const old = new Server();
    servers.push(old);
    const oldSocket = await listenUnix(old, path);
    const fresh = new Server();
    servers.push(fresh);
    const freshSocket = await listenUnix(fresh, path);
    expect(freshSocket.ino).not.toBe(oldSocket.ino);
    await shutdownUnix(old, oldSocket);
    const now = await lstat(path);
    expect([now.isSocket(), now.ino, now.mode & 0o777]).toEqual([true, freshSocket.ino, 0o600]);
    expect(await connects(path)).toBe(true);
    await shutdownUnix(fresh, freshSocket);
    expect(await readdir(dir)).toEqual([]);
  });
});

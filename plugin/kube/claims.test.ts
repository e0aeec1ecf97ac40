import { createServer, type Socket } from 'node:net';
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { ClaimNotFoundError } from '../claims/claim.ts';
import { allocatedClaim, opaqueConfig } from '../../testing/claims.ts';
import { apiClaimSource } from './claims.ts';
import { KubeClient, kubeClientsFor } from './client.ts';
import { kubeconfigAccess } from './kubeconfig.ts';
import type { ResourceV1Api } from './resource-v1.ts';

function resourceApi(kubeconfigPath: string, server?: string): ResourceV1Api {
  const access = kubeconfigAccess(kubeconfigPath);
  return kubeClientsFor(new KubeClient(server ? { ...access, server: new URL(server) } : access)).resource;
}

describe('apiClaimSource', () => {
  let api: FakeApiServer;
  beforeAll(async () => {
    api = await FakeApiServer.start();
  });
  afterAll(async () => {
    await api.stop();
  });

  test('reads a claim with its allocation, opaque parameters and consumers as the API server has them', async () => {
    const claim = allocatedClaim({ name: 'read-me', devices: ['eth1'], config: [opaqueConfig({ interface: { name: 'net1', mtu: 9000 } })] });
    const seeded = api.seed(claim);
    api.replace({ ...seeded, status: claim.status });
    const read = await apiClaimSource(resourceApi(api.kubeconfigPath)).get('default', 'read-me');
    expect(read.metadata?.uid).toBe(seeded.metadata.uid);
    expect(read.status?.allocation?.devices?.results).toEqual(claim.status?.allocation?.devices?.results);
    expect(read.status?.allocation?.devices?.config?.[0]?.opaque?.parameters).toEqual({ interface: { name: 'net1', mtu: 9000 } });
    expect(read.status?.reservedFor).toEqual([{ resource: 'pods', name: 'pod-a', uid: 'pod-uid-a' }]);
  });

  test('a missing claim is ClaimNotFoundError', async () => {
    const read = apiClaimSource(resourceApi(api.kubeconfigPath)).get('default', 'nope');
    await expect(read).rejects.toBeInstanceOf(ClaimNotFoundError);
    await expect(read).rejects.toThrow('ResourceClaim default/nope not found in the API server');
  });

  test.each(['refuse', 'unavailable'] as const)('an API server that is down (%s) gives an error that says so', async (mode) => {
    await api.goDown(mode);
    try {
      await expect(apiClaimSource(resourceApi(api.kubeconfigPath)).get('default', 'x')).rejects.toThrow(mode === 'refuse' ? /ECONNREFUSED/ : /^HTTP 503/);
    } finally {
      await api.comeBack();
    }
  });

  test('a server that never answers is given up on when the deadline fires, with an error that says so', async () => {
    const sockets = new Set<Socket>();
    let connection = (): void => undefined;
    const connected = new Promise<void>((resolve) => { connection = resolve; });
    const blackHoleServer = createServer((socket) => {
      sockets.add(socket);
      connection();
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => blackHoleServer.once('listening', resolve));
    const { port } = blackHoleServer.address() as { port: number };
    const deadline = new AbortController();
    const asked: number[] = [];
    const source = apiClaimSource(resourceApi(api.kubeconfigPath, `http://127.0.0.1:${port}`), 200, (ms) => {
      asked.push(ms);
      return deadline.signal;
    });
    try {
      const read = source.get('default', 'x');
      // The request is out and unanswered; now its deadline passes.
      await connected;
      deadline.abort();
      await expect(read).rejects.toThrow('no answer within 200 ms');
      expect(asked).toEqual([200]);
    } finally {
      for (const socket of sockets) socket.destroy();
      blackHoleServer.close();
    }
  });
});

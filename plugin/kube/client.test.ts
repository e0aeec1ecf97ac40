/**
 * KubeClient's own transport: one kept-alive connection for sequential calls, and an answer's
 * body read whole, bounded, and failed (never left hanging) when the connection ends early or
 * the caller's deadline passes mid-body. Raw servers here, so each case says exactly what the
 * peer sends.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { KubeClient } from './client.ts';

const { createServer: createHttpServer } = process.getBuiltinModule('node:http');

async function listening<T extends { listen(port: number, host: string): unknown; once(event: 'listening', listener: () => void): unknown; address(): unknown }>(server: T): Promise<number> {
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return (server.address() as { port: number }).port;
}

function clientFor(port: number): KubeClient {
  return new KubeClient({ server: new URL(`http://127.0.0.1:${port}/`), insecureSkipTlsVerify: false, credentials: async () => ({}) });
}

/** A server that answers each connection with `answer` written raw, then does what `then` says. */
async function rawServer(answer: string, then: (socket: Socket) => void): Promise<{ port: number; server: Server; sockets: Set<Socket>; answered: Promise<void> }> {
  const sockets = new Set<Socket>();
  let answeredOne = (): void => undefined;
  const answered = new Promise<void>((resolve) => { answeredOne = resolve; });
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('data', () => {
      socket.write(answer, () => answeredOne());
      then(socket);
    });
  });
  return { port: await listening(server), server, sockets, answered };
}

function closeAll({ server, sockets }: { server: Server; sockets: Set<Socket> }): void {
  for (const socket of sockets) socket.destroy();
  server.close();
}

describe('KubeClient transport', () => {
  test('sequential calls reuse one kept-alive connection', async () => {
    let connections = 0;
    const server = createHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ kind: 'ResourceClaim', metadata: { name: 'c' } }));
    });
    server.on('connection', () => connections++);
    const port = await listening(server);
    try {
      const client = clientFor(port);
      for (let call = 0; call < 5; call++) {
        await expect(client.request('GET', '/apis/resource.k8s.io/v1/namespaces/default/resourceclaims/c')).resolves.toEqual({ kind: 'ResourceClaim', metadata: { name: 'c' } });
      }
      expect(connections).toBe(1);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('an answer whose connection ends before its body is complete is an error, not a hang', async () => {
    const peer = await rawServer('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"kind":', (socket) => socket.destroy());
    try {
      await expect(clientFor(peer.port).request('GET', '/api/v1/nodes/n')).rejects.toThrow();
    } finally {
      closeAll(peer);
    }
  });

  test('the caller\'s deadline passing mid-body fails the call', async () => {
    const peer = await rawServer('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"kind":', () => undefined);
    try {
      const deadline = new AbortController();
      const call = clientFor(peer.port).request('GET', '/api/v1/nodes/n', { signal: deadline.signal });
      // Headers and part of the body are sent; the rest never comes.
      await peer.answered;
      deadline.abort();
      await expect(call).rejects.toThrow();
    } finally {
      closeAll(peer);
    }
  });

  test('an answer larger than 64 MiB is refused', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    const peer = await rawServer('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n', (socket) => {
      // Writes while the client reads; stops when it hangs up.
      const more = (): void => {
        while (!socket.destroyed && socket.write(frame));
        if (!socket.destroyed) socket.once('drain', more);
      };
      socket.on('error', () => undefined);
      more();
    });
    try {
      await expect(clientFor(peer.port).request('GET', '/api/v1/pods')).rejects.toThrow(`API server answer larger than ${64 * 1024 * 1024} bytes`);
    } finally {
      closeAll(peer);
    }
  });
});

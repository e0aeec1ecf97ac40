/** watchObjects' own promises: close() ends its loop, whatever state the request is in. */
import net from 'node:net';
import { KubeClient } from './client.ts';
import { watchObjects, type WatchHandle } from './watch.ts';

let silent: net.Server | undefined;
const sockets: net.Socket[] = [];
let handle: WatchHandle | undefined;
// Also after a failure: a watch left running, or a connection left open, would keep jest alive.
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await handle?.close();
  if (silent) await new Promise<void>((resolve) => silent!.close(() => resolve()));
});

test('close() resolves while the server has not answered the watch request yet', async () => {
  // A server that takes the connection and never answers: only the watch's own stop can end the round.
  let connected!: () => void;
  const requestArrived = new Promise<void>((resolve) => (connected = resolve));
  silent = net.createServer((socket) => {
    sockets.push(socket);
    connected();
  });
  await new Promise<void>((resolve) => silent!.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as net.AddressInfo;
  const config = new KubeClient({ server: new URL(`http://127.0.0.1:${port}`), insecureSkipTlsVerify: true, credentials: () => Promise.resolve({}) });
  const events: string[] = [];
  const errors: string[] = [];
  handle = watchObjects({ config, path: '/api/v1/pods', onEvent: (type) => events.push(type), onError: (error) => errors.push(String(error)) });
  await requestArrived;
  await handle.close();
  expect({ events, errors }).toEqual({ events: [], errors: [] });
});

import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeRuntime, wirePod } from '../../../testing/fake-nri-runtime.ts';
import { CHECK_PLUGIN_INDEX, CHECK_PLUGIN_NAME, checkNri, type NriCheckOptions } from './nri-check.ts';

let dir: string;
let socketPath: string;
const cleanups: Array<() => Promise<void> | void> = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'nri-check-'));
  socketPath = path.join(dir, 'nri.sock');
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function check(options: Partial<NriCheckOptions> = {}): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await checkNri({ socketPath, watch: false, json: true, timeoutMs: 300, write: (line) => lines.push(line), ...options });
  return { code, lines };
}

async function fakeRuntime(options: Parameters<typeof FakeRuntime.listen>[1] = {}): Promise<FakeRuntime> {
  const runtime = await FakeRuntime.listen(socketPath, options);
  cleanups.push(() => runtime.close());
  return runtime;
}

async function peer(onConnection: (socket: net.Socket) => void): Promise<void> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    sockets.push(socket);
    onConnection(socket.resume());
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  cleanups.push(() => new Promise<void>((resolve) => {
    sockets.forEach((socket) => socket.destroy());
    server.close(() => resolve());
  }));
}

describe('nri-check', () => {
  it('reports a healthy runtime and disconnects', async () => {
    const runtime = await fakeRuntime({
      runtimeName: 'containerd',
      runtimeVersion: 'v1.7.24',
      pods: [wirePod({ id: 'a' }), wirePod({ id: 'b' })],
      containers: [{ id: 'c', pod_sandbox_id: 'a', name: 'app' }],
    });
    const { code, lines } = await check();
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toEqual({
      healthy: true,
      socket: socketPath,
      runtime: { name: 'containerd', version: 'v1.7.24' },
      events: { mask: '0x1', names: ['RUN_POD_SANDBOX'] },
      requestTimeoutMs: 2000,
      registrationTimeoutMs: 5000,
      pods: 2,
      containers: 1,
    });
    expect(runtime.registrations).toEqual([{ name: CHECK_PLUGIN_NAME, index: CHECK_PLUGIN_INDEX }]);
    const connection = await runtime.nextPlugin();
    expect(await connection.disconnected).toBeTruthy();
  });

  it.each([
    ['no socket', async () => {}, 'no-socket', /is NRI enabled/],
    ['a peer that speaks garbage', () => peer((socket) => socket.end('SSH-2.0-OpenSSH_9.2\r\n'.repeat(4))), 'not-nri-peer', /does not speak NRI/],
    ['a peer that hangs up', () => peer((socket) => socket.destroy()), 'closed-by-peer', /closed the connection/],
    ['a silent peer', () => peer(() => {}), 'timeout', /within 300 ms/],
    ['a refused registration', () => fakeRuntime({ refuseRegistration: 'plugin disabled by policy' }), 'registration-refused', /disabled by policy/],
  ])('fails with a reason for %s', async (_name, setUp, reason, message) => {
    await setUp();
    const { code, lines } = await check();
    expect(code).toBe(1);
    const report = JSON.parse(lines[0]!) as { healthy: boolean; reason: string; message: string };
    expect(report).toMatchObject({ healthy: false, reason });
    expect(report.message).toMatch(message);
  });

  it('says permission denied for a socket it may not open', async () => {
    await fakeRuntime();
    if (process.getuid?.() !== 0) {
      chmodSync(socketPath, 0o000);
      const { code, lines } = await check();
      expect(code).toBe(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({ reason: 'permission-denied' });
      return;
    }
    // Root ignores file modes, so ask as nobody, for whom the private test directory is closed;
    // that needs a checkout nobody can read (CI clones may sit in a private folder).
    if (!readableByOthers(path.join(import.meta.dirname, '..', 'main.ts'))) return;
    chmodSync(dir, 0o700);
    const { stdout, code } = await runCli(['nri-check', '--socket', socketPath, '--json'], { uid: 65534, gid: 65534 });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ reason: 'permission-denied', message: expect.stringMatching(/run as root/) });
  });

  it('watches pod events as JSON lines until stopped', async () => {
    const runtime = await fakeRuntime();
    const stop = new AbortController();
    const lines: string[] = [];
    const finished = checkNri({ socketPath, watch: true, json: true, timeoutMs: 1000, stop: stop.signal, write: (line) => lines.push(line) });
    const connection = await runtime.nextPlugin();
    expect(connection.events).toBe(0b1111);
    await connection.runPodSandbox(wirePod({ id: 'p', namespace: 'team', name: 'web', uid: 'u-1', netns: '/var/run/netns/cni-1' }));
    await connection.createContainer(wirePod({ id: 'p', namespace: 'team', name: 'web', uid: 'u-1' }), { id: 'c1', name: 'app' });
    await connection.stopPodSandbox(wirePod({ id: 'p', namespace: 'team', name: 'web', uid: 'u-1' }));
    stop.abort();
    expect(await finished).toBe(0);
    expect(lines.slice(1).map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      { event: 'RunPodSandbox', namespace: 'team', pod: 'web', podUid: 'u-1', netns: '/var/run/netns/cni-1' },
      { event: 'CreateContainer', namespace: 'team', pod: 'web', podUid: 'u-1', netns: '/var/run/netns/cni-p', container: 'app', containerId: 'c1' },
      { event: 'StopPodSandbox', namespace: 'team', pod: 'web', podUid: 'u-1', netns: '/var/run/netns/cni-p' },
    ]);
  });

  it('ends --watch with exit 1 when the runtime goes away', async () => {
    const runtime = await fakeRuntime();
    const lines: string[] = [];
    const finished = checkNri({ socketPath, watch: true, json: false, timeoutMs: 1000, write: (line) => lines.push(line) });
    (await runtime.nextPlugin()).disconnect();
    expect(await finished).toBe(1);
    expect(lines.at(-1)).toMatch(/NRI connection lost/);
  });

  it('runs from the command line with exit codes', async () => {
    await fakeRuntime({ runtimeName: 'containerd', runtimeVersion: '2.1.9' });
    const healthy = await runCli(['nri-check', '--socket', socketPath]);
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toMatch(/NRI is working .*\n {2}runtime: {3}containerd 2\.1\.9/);
    const missing = await runCli(['nri-check', '--socket', path.join(dir, 'absent.sock')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/no-socket/);
    expect((await runCli(['nri-check', '--timeout', 'soon'])).code).toBe(2);
  });
});

function runCli(args: string[], identity: { uid?: number; gid?: number } = {}): Promise<{ code: number; stdout: string }> {
  const main = path.join(import.meta.dirname, '..', 'main.ts');
  return new Promise((resolve) => {
    execFile(process.execPath, ['--disable-warning=ExperimentalWarning', main, ...args], { timeout: 10_000, ...identity }, (error, stdout) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout });
    });
  });
}


function readableByOthers(file: string): boolean {
  if ((statSync(file).mode & 0o004) === 0) return false;
  for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return false;
    if (folder === path.dirname(folder)) return true;
  }
}

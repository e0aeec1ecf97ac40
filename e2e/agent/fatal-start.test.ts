/**
 * The real daemon process with a fatal start-up problem: it must stop what it started and exit
 * non-zero, with an error line naming the cause, instead of running on half started. Where the
 * problem is local (state dir, metrics port, kubelet socket) nothing may have been published.
 */
import { createServer, type Server } from 'node:net';
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { DaemonProcess, DRIVER_NAME, NODE_NAME } from './harness.ts';

let api: FakeApiServer;
let dir: string;
let logFile: WriteStream;

beforeAll(async () => {
  api = await FakeApiServer.start();
  api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: NODE_NAME } });
});
afterAll(async () => {
  await api.stop();
});
beforeEach(() => {
  dir = mkdtempSync('/tmp/nc-fatal-');
  logFile = createWriteStream(join(dir, 'daemon.log'));
});
afterEach(() => {
  logFile.end();
  rmSync(dir, { recursive: true, force: true });
});

function daemon(overrides: Record<string, string>): DaemonProcess {
  const flags: Record<string, string> = {
    '--node-name': NODE_NAME,
    '--driver-name': DRIVER_NAME,
    '--kubeconfig': api.kubeconfigPath,
    '--state-dir': join(dir, 'state'),
    '--nri-socket': join(dir, 'nri.sock'),
    '--kubelet-registry-dir': join(dir, 'registry'),
    '--kubelet-plugins-dir': join(dir, 'plugins'),
    '--metrics-address': '127.0.0.1:0',
    // Nothing on this host matches: the test is about start-up, not devices.
    '--filter': 'device.attributes["netclaim.io"].ifName.startsWith("ncfatal-none")',
    ...overrides,
  };
  return new DaemonProcess(Object.entries(flags).flat(), logFile);
}

/** Waits for the exit (jest's timeout is the failure bound) and returns the code and the error line. */
async function fatal(process: DaemonProcess): Promise<{ code: number | null; error: string }> {
  const code = await process.exited;
  const failure = process.find('netclaim agent failed to start; exiting')[0];
  const error = failure?.error as { message?: string } | undefined;
  return { code, error: error?.message ?? `no failure line in:\n${process.logTail()}` };
}

test('a state directory that cannot be written stops the start before anything is published', async () => {
  const state = join(dir, 'state');
  mkdirSync(join(state, 'claims'), { recursive: true });
  writeFileSync(join(state, 'pods'), 'a file where a directory belongs');
  const { code, error } = await fatal(daemon({}));
  expect(code).toBe(1);
  expect(error).toMatch(/^state directory .*\/state\/pods is not usable: /);
  expect(api.list('resource.k8s.io/v1', 'ResourceSlice')).toEqual([]);
});

test('a read-only state directory is found at start, not at the first prepare', async () => {
  const claims = join(dir, 'state', 'claims');
  mkdirSync(claims, { recursive: true });
  // Root ignores permission bits, so a mode change proves nothing; an immutable directory
  // refuses root as a read-only mount would.
  execFileSync('chattr', ['+i', claims]);
  try {
    const { code, error } = await fatal(daemon({}));
    expect(code).toBe(1);
    expect(error).toMatch(/^state directory .*\/state\/claims is not usable: .*(EPERM|EACCES|EROFS)/);
    expect(api.list('resource.k8s.io/v1', 'ResourceSlice')).toEqual([]);
  } finally {
    execFileSync('chattr', ['-i', claims]);
  }
});

test('a taken metrics port stops the start before anything is published', async () => {
  const taken: Server = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  try {
    const port = (taken.address() as { port: number }).port;
    const { code, error } = await fatal(daemon({ '--metrics-address': `127.0.0.1:${port}` }));
    expect(code).toBe(1);
    expect(error).toContain('EADDRINUSE');
    expect(api.list('resource.k8s.io/v1', 'ResourceSlice')).toEqual([]);
  } finally {
    await new Promise<void>((resolve) => taken.close(() => resolve()));
  }
});

test('a file where the kubelet plugin socket directory goes stops the start before anything is published', async () => {
  const plugins = join(dir, 'plugins');
  mkdirSync(plugins, { recursive: true });
  writeFileSync(join(plugins, DRIVER_NAME), 'a file where a directory belongs');
  const { code, error } = await fatal(daemon({}));
  expect(code).toBe(1);
  expect(error).toContain('EEXIST');
  expect(api.list('resource.k8s.io/v1', 'ResourceSlice')).toEqual([]);
});

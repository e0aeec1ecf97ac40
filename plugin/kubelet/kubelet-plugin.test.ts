import { Client, credentials, status } from '@grpc/grpc-js';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KUBELET_1_33, registerPlugin, registrationSockets, waitForDeregistration, type RegisteredPlugin } from '../../testing/kubelet-sim/kubelet-sim.ts';
import type { ClaimRef, PreparedClaim } from '../claims/plan.ts';
import type { PrepareOutcome } from '../claims/preparer.ts';
import { createLogger } from '../log.ts';
import { MAX_CLAIMS_PER_CALL, type DraHandler } from './dra-service.ts';
import { KubeletPlugin } from './kubelet-plugin.ts';

/** Answers from a fixed table and records what the wire handed over. */
class TableHandler implements DraHandler {
  readonly calls: { method: string; claims: readonly ClaimRef[] }[] = [];
  readonly outcomes = new Map<string, PrepareOutcome>();

  async prepare(claims: readonly ClaimRef[]): Promise<Map<string, PrepareOutcome>> {
    this.calls.push({ method: 'prepare', claims });
    return new Map(claims.flatMap((claim) => {
      const outcome = this.outcomes.get(claim.uid);
      return outcome ? [[claim.uid, outcome]] : [];
    }));
  }

  async unprepare(claims: readonly ClaimRef[]): Promise<Map<string, string | undefined>> {
    this.calls.push({ method: 'unprepare', claims });
    return new Map(claims.map((claim) => [claim.uid, claim.uid === 'stuck' ? 'disk full' : undefined]));
  }
}

function preparedClaim(uid: string): PreparedClaim {
  return {
    version: 1,
    claim: { namespace: 'ns', name: `claim-${uid}`, uid },
    pod: { name: 'pod', uid: 'pod-uid' },
    devices: [
      { request: 'nic', pool: 'node-a', device: 'eth1', hostIfName: 'eth1', podIfName: 'net1', config: {}, rdmaCharDevices: [] },
      { request: 'nic2/fast', pool: 'node-a', device: 'eth2', hostIfName: 'eth2', podIfName: 'eth2', config: {}, rdmaCharDevices: [] },
    ],
  };
}

describe('KubeletPlugin', () => {
  let dir: string;
  let registryDir: string;
  let pluginsDir: string;
  let handler: TableHandler;
  let plugin: KubeletPlugin;
  let registered: RegisteredPlugin | undefined;
  const statuses: { registered: boolean; error: string }[] = [];
  const logged: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-kubelet-'));
    registryDir = join(dir, 'plugins_registry');
    pluginsDir = join(dir, 'plugins');
    await mkdir(registryDir);
    handler = new TableHandler();
    statuses.length = 0;
    logged.length = 0;
    plugin = new KubeletPlugin({
      driverName: 'netclaim.io', registryDir, pluginsDir, handler, logger: createLogger({}, { write: (line) => logged.push((JSON.parse(line) as { msg: string }).msg) }),
      onRegistrationStatus: (entry) => statuses.push(entry),
    });
  });
  afterEach(async () => {
    registered?.dra.close();
    registered = undefined;
    await plugin.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('registers with the kubelet, advertising v1 then v1beta1, and serves the chosen version', async () => {
    await plugin.start();
    registered = await registerPlugin(registryDir);
    expect(registered.socketPath).toBe(join(registryDir, 'netclaim.io-reg.sock'));
    expect(registered.info).toEqual({
      type: 'DRAPlugin', name: 'netclaim.io', endpoint: join(pluginsDir, 'netclaim.io', 'dra.sock'), supported_versions: ['v1.DRAPlugin', 'v1beta1.DRAPlugin'],
    });
    expect(registered.dra.version).toBe('v1');
    expect(plugin.registered).toBe(true);
    expect(statuses).toEqual([{ registered: true, error: '' }]);
  });

  test.each(['v1', 'v1beta1'] as const)('%s: one device entry per allocated request, errors per claim, every claim answered', async (version) => {
    await plugin.start();
    registered = await registerPlugin(registryDir, { knownVersions: version === 'v1' ? undefined : KUBELET_1_33 });
    expect(registered.dra.version).toBe(version);
    handler.outcomes.set('ok', { prepared: preparedClaim('ok') });
    handler.outcomes.set('bad', { error: 'request "nic": no such device' });
    const claims = [{ namespace: 'ns', name: 'claim-ok', uid: 'ok' }, { namespace: 'ns', name: 'claim-bad', uid: 'bad' }, { namespace: 'ns', name: 'lost', uid: 'lost' }];
    expect(await registered.dra.prepare(claims)).toEqual({
      ok: {
        devices: [
          { request_names: ['nic'], pool_name: 'node-a', device_name: 'eth1', cdi_device_ids: [] },
          { request_names: ['nic2/fast'], pool_name: 'node-a', device_name: 'eth2', cdi_device_ids: [] },
        ],
        error: '',
      },
      bad: { devices: [], error: 'request "nic": no such device' },
      lost: { devices: [], error: 'claim was not processed' },
    });
    expect(handler.calls).toEqual([{ method: 'prepare', claims }]);
    expect(await registered.dra.unprepare([claims[0]!, { namespace: 'ns', name: 'x', uid: 'stuck' }])).toEqual({ ok: '', stuck: 'disk full' });
  });

  test('v1: a device allocated as a shared parent goes back with its share ID', async () => {
    await plugin.start();
    registered = await registerPlugin(registryDir);
    const share = '0b5c1a9e-58e3-4cc4-9a4c-7b2d0f0b5a11';
    const shared = preparedClaim('shared');
    shared.devices = [{ request: 'nic', pool: 'node-a', device: 'eth1', hostIfName: 'eth1', podIfName: 'net1', config: {}, rdmaCharDevices: [], shareId: share, rateMbps: 100 }];
    handler.outcomes.set('shared', { prepared: shared });
    expect(await registered.dra.prepare([{ namespace: 'ns', name: 'claim-shared', uid: 'shared' }])).toEqual({
      shared: { devices: [{ request_names: ['nic'], pool_name: 'node-a', device_name: 'eth1', cdi_device_ids: [], share_id: share }], error: '' },
    });
  });

  test('a kubelet that knows neither version refuses the plugin and the plugin hears why', async () => {
    await plugin.start();
    await expect(registerPlugin(registryDir, { knownVersions: [] })).rejects.toThrow('plugin refused: none of the versions v1.DRAPlugin, v1beta1.DRAPlugin is supported by this kubelet');
    expect(plugin.registered).toBe(false);
    expect(statuses).toEqual([{ registered: false, error: 'none of the versions v1.DRAPlugin, v1beta1.DRAPlugin is supported by this kubelet' }]);
  });

  test('a claim without a uid is refused as a whole with INVALID_ARGUMENT naming the field', async () => {
    await plugin.start();
    const client = new Client(`unix://${plugin.draSocketPath}`, credentials.createInsecure());
    const { draV1 } = await import('../../nri-proto/kubelet/index.ts');
    const error = await new Promise<{ code: number; details: string }>((resolve) => {
      client.makeUnaryRequest('/k8s.io.kubelet.pkg.apis.dra.v1.DRAPlugin/NodePrepareResources',
        (request: object) => Buffer.from(draV1.NodePrepareResourcesRequest.encode(request).finish()), (bytes: Buffer) => bytes,
        { claims: [{ namespace: 'ns', name: 'n', uid: 'u' }, { namespace: 'ns', name: 'n2' }] }, (err) => resolve(err as never));
    });
    client.close();
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe('claims[1]: uid must be set');
    expect(handler.calls).toEqual([]);
  });

  test(`a call with more than ${MAX_CLAIMS_PER_CALL} claims is refused as a whole with INVALID_ARGUMENT`, async () => {
    await plugin.start();
    registered = await registerPlugin(registryDir);
    const claims = Array.from({ length: MAX_CLAIMS_PER_CALL + 1 }, (_, index) => ({ namespace: 'ns', name: `c${index}`, uid: `u${index}` }));
    await expect(registered.dra.prepare(claims)).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT, details: `claims: ${MAX_CLAIMS_PER_CALL + 1} in one call, at most ${MAX_CLAIMS_PER_CALL} (one pod's claims of this driver)`,
    });
    await expect(registered.dra.unprepare(claims)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    expect(handler.calls).toEqual([]);
    expect(Object.keys(await registered.dra.prepare(claims.slice(0, MAX_CLAIMS_PER_CALL)))).toHaveLength(MAX_CLAIMS_PER_CALL);
  });

  test('sockets are owner-only, stale ones are replaced, and stop removes both', async () => {
    // A process killed while listening leaves its socket file behind (a clean close would unlink it).
    const stalePath = join(registryDir, 'netclaim.io-reg.sock');
    spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(stalePath)}, () => process.kill(process.pid, 'SIGKILL'))`]);
    expect((await stat(stalePath)).isSocket()).toBe(true);
    await plugin.start();
    for (const socket of [plugin.draSocketPath, plugin.registrationSocketPath]) {
      const info = await stat(socket);
      expect(info.isSocket()).toBe(true);
      expect(info.mode & 0o077).toBe(0);
    }
    await plugin.stop();
    await expect(stat(plugin.draSocketPath)).rejects.toThrow(/ENOENT/);
    await expect(stat(plugin.registrationSocketPath)).rejects.toThrow(/ENOENT/);
  });

  test('a non-socket file where the socket goes is left alone, and start fails saying so without leaving the DRA socket', async () => {
    await writeFile(join(registryDir, 'netclaim.io-reg.sock'), 'not mine');
    await expect(plugin.start()).rejects.toThrow(`refusing to replace ${join(registryDir, 'netclaim.io-reg.sock')}: it exists and is not a socket`);
    await expect(stat(plugin.draSocketPath)).rejects.toThrow(/ENOENT/);
  });

  test('deregister removes the registration socket while the DRA service keeps serving; register offers it again', async () => {
    await plugin.start();
    registered = await registerPlugin(registryDir);
    await plugin.deregister();
    await waitForDeregistration(registered.socketPath);
    expect(plugin.registered).toBe(false);
    expect(await registrationSockets(registryDir)).toEqual([]);
    expect(await registered.dra.unprepare([{ namespace: 'ns', name: 'c', uid: 'c' }])).toEqual({ c: '' });

    await plugin.register();
    registered.dra.close();
    registered = await registerPlugin(registryDir);
    expect(plugin.registered).toBe(true);
    expect(statuses.map((entry) => entry.registered)).toEqual([true, true]);
  });

  test('register and deregister called in quick succession run in order; the last word stands and the kubelet can register', async () => {
    await plugin.start();
    await Promise.all([plugin.deregister(), plugin.register(), plugin.deregister(), plugin.register()]);
    // Each took effect in turn: never two registration servers at once, none left behind.
    expect(logged.filter((msg) => msg.startsWith('registration'))).toEqual([
      'registration offered to the kubelet', 'registration withdrawn from the kubelet', 'registration offered to the kubelet',
      'registration withdrawn from the kubelet', 'registration offered to the kubelet',
    ]);
    expect(await registrationSockets(registryDir)).toEqual([plugin.registrationSocketPath]);
    registered = await registerPlugin(registryDir);
    expect(plugin.registered).toBe(true);

    registered.dra.close();
    registered = undefined;
    await Promise.all([plugin.register(), plugin.deregister()]);
    expect(await registrationSockets(registryDir)).toEqual([]);
  });
});

import { Client, credentials, status } from '@grpc/grpc-js';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draHealthV1alpha1 } from '../../nri-proto/kubelet/index.ts';
import { FakeClock } from '../../testing/fake-clock.ts';
import { KubeletHealthWatch, registerPlugin, type RegisteredPlugin } from '../../testing/kubelet-sim/kubelet-sim.ts';
import { DeviceHealthTracker } from '../health/device-health.ts';
import { classifyLink } from '../health/link-health.ts';
import { createLogger } from '../log.ts';
import { MAX_HEALTH_STREAMS } from './health-service.ts';
import { KubeletPlugin } from './kubelet-plugin.ts';

const up = classifyLink('eth1', { adminUp: true, carrier: true, operState: 'up' });
const down = classifyLink('eth1', { adminUp: true, carrier: false, operState: 'lowerlayerdown' });
const handler = { prepare: async () => new Map(), unprepare: async () => new Map() };

describe('DRAResourceHealth on the DRA socket', () => {
  let dir: string;
  let clock: FakeClock;
  let tracker: DeviceHealthTracker;
  let plugin: KubeletPlugin;
  let watch: KubeletHealthWatch;
  let registered: RegisteredPlugin | undefined;
  const registryDir = () => join(dir, 'registry');

  function newPlugin(): KubeletPlugin {
    return new KubeletPlugin({
      driverName: 'netclaim.io', registryDir: registryDir(), pluginsDir: join(dir, 'plugins'), handler, logger: createLogger({}, { write: () => undefined }), health: tracker,
    });
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-health-'));
    await mkdir(registryDir());
    clock = new FakeClock();
    tracker = new DeviceHealthTracker({ pool: 'node-a', clock });
    tracker.setDevices(new Map([['eth1', up], ['eth2', undefined]]));
    plugin = newPlugin();
    watch = new KubeletHealthWatch();
  });
  afterEach(async () => {
    watch.close();
    registered?.dra.close();
    registered = undefined;
    await plugin.stop();
    await rm(dir, { recursive: true, force: true });
  });

  test('the registration lists the service after the DRA versions; a kubelet with the feature watches it and hears every device at once', async () => {
    await plugin.start();
    registered = await registerPlugin(registryDir(), { health: watch });
    expect(registered.info.supported_versions).toEqual(['v1.DRAPlugin', 'v1beta1.DRAPlugin', 'v1alpha1.DRAResourceHealth']);
    expect(registered.dra.version).toBe('v1');
    await watch.until('the first list', () => watch.responses.length === 1);
    expect(watch.responses[0]).toEqual([
      { pool: 'node-a', device: 'eth1', health: 'Healthy', lastUpdated: expect.any(Number), timeoutSeconds: 30, message: 'eth1 is up with carrier' },
      { pool: 'node-a', device: 'eth2', health: 'Unknown', lastUpdated: expect.any(Number), timeoutSeconds: 30, message: 'no link state seen yet' },
    ]);
    expect(Math.abs(watch.responses[0]![0]!.lastUpdated - Date.now() / 1000)).toBeLessThan(60);
  });

  test('a reported change sends the full list again; a flap shorter than the debounce sends nothing', async () => {
    await plugin.start();
    registered = await registerPlugin(registryDir(), { health: watch });
    await watch.until('the first list', () => watch.responses.length === 1);
    tracker.observe('eth1', down);
    clock.advance(500);
    tracker.observe('eth1', up);
    clock.advance(5000);
    tracker.observe('eth1', down);
    clock.advance(2000);
    await watch.until('eth1 unhealthy', () => watch.latest('eth1')?.health === 'Unhealthy');
    expect(watch.responses).toHaveLength(2);
    expect(watch.responses[1]!.map((entry) => entry.device)).toEqual(['eth1', 'eth2']);
    expect(watch.changes('eth1')).toEqual(['Healthy', 'Unhealthy']);
  });

  test('the stream ends when the plugin stops, and the kubelet watches the new one when the plugin registers again', async () => {
    await plugin.start();
    registered = await registerPlugin(registryDir(), { health: watch });
    await watch.until('the first list', () => watch.responses.length === 1);
    await plugin.stop();
    await watch.until('the stream to end', () => watch.streamEnds.length === 1);
    registered.dra.close();

    tracker.observe('eth1', down);
    clock.advance(2000);
    plugin = newPlugin();
    await plugin.start();
    registered = await registerPlugin(registryDir(), { health: watch });
    await watch.until('eth1 unhealthy on the new stream', () => watch.latest('eth1')?.health === 'Unhealthy');
    expect(watch.streamsOpened).toBe(2);
    expect(watch.changes('eth1')).toEqual(['Healthy', 'Unhealthy']);
  });

  test(`at most ${MAX_HEALTH_STREAMS} streams at once; another is refused with RESOURCE_EXHAUSTED`, async () => {
    await plugin.start();
    const client = new Client(`unix://${plugin.draSocketPath}`, credentials.createInsecure());
    const path = '/v1alpha1.DRAResourceHealth/NodeWatchResources';
    const open = () => client.makeServerStreamRequest(path, () => Buffer.alloc(0), (bytes: Buffer) => draHealthV1alpha1.NodeWatchResourcesResponse.decode(bytes), {});
    try {
      const streams = Array.from({ length: MAX_HEALTH_STREAMS }, () => open());
      await Promise.all(streams.map((stream) => new Promise((resolve) => stream.once('data', resolve))));
      const refused = await new Promise<{ code: number; details: string }>((resolve) => open().on('error', resolve));
      expect(refused).toMatchObject({ code: status.RESOURCE_EXHAUSTED, details: `at most ${MAX_HEALTH_STREAMS} health watches at once` });
      for (const stream of streams) {
        // A cancelled call ends in a CANCELLED error on the client's side.
        stream.on('error', () => undefined);
        stream.cancel();
      }
    } finally {
      client.close();
    }
  });

  test('without a health feed the registration is what it always was and a kubelet with the feature opens no stream', async () => {
    const plain = new KubeletPlugin({ driverName: 'netclaim.io', registryDir: registryDir(), pluginsDir: join(dir, 'plugins'), handler, logger: createLogger({}, { write: () => undefined }) });
    await plain.start();
    try {
      registered = await registerPlugin(registryDir(), { health: watch });
      expect(registered.info.supported_versions).toEqual(['v1.DRAPlugin', 'v1beta1.DRAPlugin']);
      expect(watch.streamsOpened).toBe(0);
    } finally {
      await plain.stop();
    }
  });
});

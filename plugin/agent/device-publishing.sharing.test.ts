/**
 * Shared parents (KEP-5075) through the real publishing path against the fake API server, with
 * its DRAConsumableCapacity feature on (the fields are kept and validated) and off (they are
 * dropped on write, as a real server with the gate off does): the agent must notice, say so
 * once and publish exclusive devices that stay put.
 */
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { fakeDevice, fakePciNic, ScriptedSource } from '../../testing/devices.ts';
import { createKubeClients } from '../kube/client.ts';
import { createLogger } from '../log.ts';
import { FilterError } from '../inventory/filter.ts';
import { startDevicePublishing, type DevicePublishing } from './device-publishing.ts';

let api: FakeApiServer;
let publishing: DevicePublishing | undefined;
let logLines: string[];

afterEach(async () => {
  await publishing?.stop();
  publishing = undefined;
  await api.stop();
});

interface WireDevice {
  name: string;
  allowMultipleAllocations?: boolean;
  capacity?: Record<string, unknown>;
}

const publishedDevices = (): WireDevice[] => api.list('resource.k8s.io/v1', 'ResourceSlice').flatMap((slice) => (slice.spec as { devices?: WireDevice[] }).devices ?? []);
const byName = (name: string) => publishedDevices().find((device) => device.name === name);

/** enp3s0f0 whole, enp3s0f1 (100 Gbit/s) and veth-share (no speed) shared. */
async function serve(consumableCapacity: boolean): Promise<void> {
  api = await FakeApiServer.start({ consumableCapacity });
  api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } });
}

async function start(options: { shareFilter?: string; interfaces?: number } = {}): Promise<DevicePublishing> {
  logLines = [];
  const source = new ScriptedSource();
  source.devices = [fakePciNic('enp3s0f0', '0000:03:00.0'), fakePciNic('enp3s0f1', '0000:03:00.1'), fakeDevice({ ifName: 'veth-share' })];
  publishing = await startDevicePublishing({
    kube: createKubeClients({ kubeconfig: api.kubeconfigPath }),
    nodeName: 'node-a',
    driverName: 'netclaim.io',
    logger: createLogger({}, { write: (line: string) => logLines.push(line) }),
    source,
    filter: 'true',
    sharing: {
      expression: options.shareFilter ?? 'device.attributes["netclaim.io"].ifName in ["enp3s0f1", "veth-share"]',
      interfaces: options.interfaces,
      fallbackBandwidthMbps: 2500,
    },
    minRescanIntervalMs: 10,
    resyncIntervalMs: 600_000,
  });
  await publishing.publisher.whenSynced();
  return publishing;
}

/** A resync against an unchanged pool must write nothing: what we publish is what the server keeps. */
async function expectStableAfterResync(running: DevicePublishing): Promise<void> {
  api.resetRequestCounts();
  running.publisher.resync('test');
  await running.publisher.whenSynced();
  expect(api.requestCounts()).toEqual({ 'list resourceslices': 1 });
}

describe('shared parents, API server with consumable capacity', () => {
  beforeEach(() => serve(true));

  it('publishes selected devices with allowMultipleAllocations, interfaces and bandwidth, the rest whole', async () => {
    const running = await start({ interfaces: 8 });
    expect(running.publisher.sharingSupport).toBe('supported');
    expect(byName('enp3s0f0')).toBeUndefined();
    expect(byName('pci-0000-03-00-0')).not.toHaveProperty('allowMultipleAllocations');
    expect(byName('pci-0000-03-00-0')).not.toHaveProperty('capacity');
    expect(byName('pci-0000-03-00-1')).toMatchObject({
      allowMultipleAllocations: true,
      capacity: {
        'netclaim.io/interfaces': { value: '8', requestPolicy: { default: '1', validValues: ['1'] } },
        // The link speed the kernel reported, in bit/s.
        'netclaim.io/bandwidth': { value: '100G', requestPolicy: { default: '0', validRange: { min: '0', step: '1M' } } },
      },
    });
    // No link speed known: the flag's bandwidth.
    expect(byName('veth-share')?.capacity).toMatchObject({ 'netclaim.io/bandwidth': { value: '2500M' } });
    await expectStableAfterResync(running);
    expect(logLines.join('\n')).not.toContain('DRAConsumableCapacity');
  });

  it('refuses a share selector that cannot work at start, naming --share-filter', async () => {
    await expect(start({ shareFilter: 'device.attributes[' })).rejects.toThrow(FilterError);
    await expect(start({ shareFilter: '1' })).rejects.toThrow(/^--share-filter "1": evaluates to int, not bool/);
  });
});

describe('shared parents, API server without consumable capacity', () => {
  beforeEach(() => serve(false));

  it('notices the dropped fields, says so in one line and publishes every device whole, stably', async () => {
    const running = await start();
    await running.publisher.whenSynced();
    expect(running.publisher.sharingSupport).toBe('unsupported');
    for (const device of publishedDevices()) {
      expect(device).not.toHaveProperty('allowMultipleAllocations');
      expect(device).not.toHaveProperty('capacity');
    }
    expect(publishedDevices().map((device) => device.name).sort()).toEqual(['pci-0000-03-00-0', 'pci-0000-03-00-1', 'veth-share']);
    const warnings = logLines.filter((line) => line.includes('DRAConsumableCapacity'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 'warn', devices: ['pci-0000-03-00-1', 'veth-share'] });
    await expectStableAfterResync(running);
  });
});

import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { waitFor } from '../../testing/wait.ts';
import { createKubeClients } from '../kube/client.ts';
import { createLogger } from '../log.ts';
import { FilterError } from '../inventory/filter.ts';
import { startDevicePublishing, type DevicePublishing } from './device-publishing.ts';
import { fakeDevice, fakePciNic, ScriptedSource } from '../../testing/devices.ts';

const quiet = createLogger({}, { write: () => {} });

let api: FakeApiServer;
let publishing: DevicePublishing | undefined;

beforeEach(async () => {
  api = await FakeApiServer.start();
  api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } });
});

afterEach(async () => {
  await publishing?.stop();
  publishing = undefined;
  await api.stop();
});

interface WireDevice {
  name: string;
  attributes: Record<string, unknown>;
}

const publishedDevices = (): WireDevice[] => api.list('resource.k8s.io/v1', 'ResourceSlice').flatMap((slice) => (slice.spec as { devices?: WireDevice[] }).devices ?? []);

async function start(source: ScriptedSource, filter?: string): Promise<DevicePublishing> {
  publishing = await startDevicePublishing({
    kube: createKubeClients({ kubeconfig: api.kubeconfigPath }),
    nodeName: 'node-a',
    driverName: 'netclaim.io',
    logger: quiet,
    source,
    filter,
    minRescanIntervalMs: 10,
    resyncIntervalMs: 600_000,
  });
  await publishing.publisher.whenSynced();
  return publishing;
}

describe('device publishing, inventory to ResourceSlices', () => {
  it('publishes the host devices the filter accepts, never the uplink', async () => {
    const source = new ScriptedSource();
    const uplink = fakePciNic('eth0', '0000:01:00.0');
    source.devices = [fakeDevice({ ifName: 'lo', type: 'loopback' }), uplink, fakePciNic('enp3s0f0', '0000:03:00.0'), fakeDevice({ ifName: 'veth1' })];
    source.uplinkIndexes = [uplink.ifIndex];
    await start(source, 'device.attributes["netclaim.io"].type != "veth"');
    expect(publishedDevices().map((device) => device.name)).toEqual(['pci-0000-03-00-0']);
  });

  it('keeps a device that moved into a pod published with its last attributes until it is back', async () => {
    const source = new ScriptedSource();
    const nic = fakePciNic('enp3s0f0', '0000:03:00.0', { mtu: 9000 });
    const other = fakePciNic('enp3s0f1', '0000:03:00.1');
    source.devices = [nic, other];
    const { inventory, publisher } = await start(source);
    const before = publishedDevices().find((device) => device.name === 'pci-0000-03-00-0');
    expect(before?.attributes.mtu).toEqual({ int: 9000 });

    inventory.markAttached('pci-0000-03-00-0', { namespace: 'ns', name: 'pod', uid: 'uid-1' });
    source.devices = [other];
    await inventory.rescan();
    await publisher.whenSynced();
    expect(publishedDevices().find((device) => device.name === 'pci-0000-03-00-0')).toEqual(before);

    inventory.markReturned('pci-0000-03-00-0');
    await waitFor(() => publishedDevices().length === 1);
    source.devices = [nic, other];
    await inventory.rescan();
    await publisher.whenSynced();
    expect(publishedDevices().map((device) => device.name)).toEqual(['pci-0000-03-00-0', 'pci-0000-03-00-1']);
  });

  it('republishes after an agent restart during which the kubelet wiped the slices', async () => {
    const source = new ScriptedSource();
    source.devices = [fakePciNic('enp3s0f0', '0000:03:00.0')];
    await (await start(source)).stop();
    api.remove('resource.k8s.io/v1', 'ResourceSlice', 'node-a-netclaim-io-0');
    expect(publishedDevices()).toEqual([]);
    await start(source);
    expect(publishedDevices().map((device) => device.name)).toEqual(['pci-0000-03-00-0']);
    expect((api.list('resource.k8s.io/v1', 'ResourceSlice')[0]?.spec as { pool: { generation: number } }).pool.generation).toBe(1);
  });

  it('without a filter publishes the PCI functions and no virtual link', async () => {
    const source = new ScriptedSource();
    const bridge = fakeDevice({ ifName: 'cni0', type: 'bridge' });
    source.devices = [fakePciNic('enp3s0f0', '0000:03:00.0'), fakePciNic('enp3s0f0v0', '0000:03:00.2', { isSriovVf: true }), bridge,
      fakeDevice({ ifName: 'veth3f2a', masterIndex: bridge.ifIndex }), fakeDevice({ ifName: 'ifb0', type: 'ifb' }), fakeDevice({ ifName: 'mv0', type: 'macvlan' })];
    await start(source);
    expect(publishedDevices().map((device) => device.name)).toEqual(['pci-0000-03-00-0', 'pci-0000-03-00-2']);
  });

  it.each([
    ['does not parse', 'device.attributes[', /^--filter "device\.attributes\[": /],
    ['is not a bool', '1', /^--filter "1": evaluates to int, not bool$/],
    ['fails on every device', 'device.attributes["netclaim.io"].pciVendr == "15b3"', /^--filter ".*": fails on every device \(2\), e.g. on pci-0000-03-00-0: filter error: field not found: pciVendr$/],
  ])('rejects a filter that %s with one line', async (_, filter, message) => {
    const source = new ScriptedSource();
    source.devices = [fakePciNic('enp3s0f0', '0000:03:00.0'), fakeDevice({ ifName: 'veth1' })];
    const started = start(source, filter);
    await expect(started).rejects.toThrow(FilterError);
    await expect(started).rejects.toThrow(message);
  });
});

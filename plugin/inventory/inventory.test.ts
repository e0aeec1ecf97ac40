import { jest } from '@jest/globals';
import { createLogger } from '../log.ts';
import { publishedDevices, type Catalog } from './catalog.ts';
import { compileDeviceFilter, deviceFilter, FilterError } from './filter.ts';
import { Inventory, UnknownDeviceError } from './inventory.ts';
import { fakeDevice, fakePciNic, fakeVfioFunction, ScriptedSource } from '../../testing/devices.ts';
import { waitFor } from '../../testing/wait.ts';

const quiet = createLogger({}, { write: () => {} });
const filter = deviceFilter(undefined, 'netclaim.io');

describe('Inventory', () => {
  let source: ScriptedSource;
  let published: Catalog[];
  let inventory: Inventory;

  beforeEach(() => {
    source = new ScriptedSource();
    published = [];
  });

  afterEach(() => {
    inventory.stop();
    jest.useRealTimers();
  });

  const start = async (minRescanIntervalMs = 50) => {
    inventory = new Inventory({ source, logger: quiet, filter, onChange: (catalog) => published.push(catalog), minRescanIntervalMs, rescanIntervalMs: 60_000 });
    await inventory.start();
  };
  const names = (catalog: Catalog | undefined) => catalog?.entries.map((entry) => entry.device.name);

  it('publishes at start and again only when the devices change', async () => {
    const nic = fakePciNic('enp3s0f0', '0000:03:00.0');
    source.devices = [nic];
    await start();
    expect(names(published.at(-1))).toEqual(['pci-0000-03-00-0']);
    await inventory.rescan();
    expect(published).toHaveLength(1);
    source.devices = [nic, fakePciNic('enp3s0f1', '0000:03:00.1')];
    await inventory.rescan();
    expect(names(published.at(-1))).toEqual(['pci-0000-03-00-0', 'pci-0000-03-00-1']);
  });

  it('coalesces a burst of link events into one scan, at most one per interval', async () => {
    jest.useFakeTimers();
    await start(100);
    const scansBefore = source.scans;
    source.devices = [fakePciNic('enp3s0f0', '0000:03:00.0')];
    for (let event = 0; event < 20; event++) source.linkEvent();
    await jest.advanceTimersByTimeAsync(99);
    expect(source.scans - scansBefore).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(source.scans - scansBefore).toBe(1);
    expect(published).toHaveLength(2);
    source.linkEvent();
    await jest.advanceTimersByTimeAsync(99);
    expect(source.scans - scansBefore).toBe(1);
    // Well past the interval (short of the periodic rescan) the burst has cost one scan and the late event one more.
    await jest.advanceTimersByTimeAsync(10_000);
    expect(source.scans - scansBefore).toBe(2);
  });

  it('refuses at start a filter that fails on every device, before publishing anything', async () => {
    source.devices = [fakePciNic('enp3s0f0', '0000:03:00.0'), fakeDevice({ ifName: 'veth1' })];
    const broken = compileDeviceFilter('device.attributes["netclaim.io"].speeed > 0', 'netclaim.io');
    inventory = new Inventory({ source, logger: quiet, filter: broken, onChange: (catalog) => published.push(catalog) });
    await expect(inventory.start()).rejects.toThrow(FilterError);
    expect(published).toEqual([]);
  });

  it('after start, drops a device the filter fails on and keeps publishing the rest', async () => {
    source.devices = [fakePciNic('enp3s0f0', '0000:03:00.0')];
    const guarded = compileDeviceFilter('device.attributes["netclaim.io"].speed > 0', 'netclaim.io');
    inventory = new Inventory({ source, logger: quiet, filter: guarded, onChange: (catalog) => published.push(catalog) });
    await inventory.start();
    source.devices = [fakePciNic('enp3s0f0', '0000:03:00.0'), fakeDevice({ ifName: 'veth1' })];
    await inventory.rescan();
    expect(names(published.at(-1))).toEqual(['pci-0000-03-00-0']);
    expect(inventory.catalog.dropped).toEqual([{ ifName: 'veth1', name: 'veth1', reason: 'filter error: field not found: speed', filterOutcome: 'error' }]);
  });

  it('publishes devices that were in pods when the agent restarted, from their checkpointed entries, in the very first slice', async () => {
    const nic = fakePciNic('enp3s0f0', '0000:03:00.0');
    source.devices = [nic];
    await start();
    const entry = inventory.lookup('pci-0000-03-00-0')!;
    inventory.stop();
    // The agent restarts while the NIC is in a pod: the host scan no longer shows it.
    source.devices = [];
    published = [];
    const pod = { namespace: 'default', name: 'web', uid: 'uid-web' };
    inventory = new Inventory({ source, logger: quiet, filter, onChange: (catalog) => published.push(catalog), attached: [{ device: entry.device, info: entry.info, attachedTo: pod }] });
    await inventory.start();
    expect(published).toHaveLength(1);
    expect(names(published[0])).toEqual(['pci-0000-03-00-0']);
    expect(published[0]!.entries[0]!.attachedTo).toEqual(pod);
    inventory.markReturned('pci-0000-03-00-0');
    await waitFor(() => published.length === 2);
    expect(names(published.at(-1))).toEqual([]);
  });

  it('a device just back from a pod stays published until a newer scan, whatever else changes meanwhile', async () => {
    const first = fakePciNic('enp3s0f0', '0000:03:00.0');
    const second = fakePciNic('enp3s0f1', '0000:03:00.1');
    source.devices = [first, second];
    await start(60_000); // no rescan happens by itself during this test
    const pod = { namespace: 'default', name: 'a', uid: 'uid-a' };
    inventory.markAttached('pci-0000-03-00-0', pod);
    source.devices = [second];
    await inventory.rescan(); // the scan sees it in the pod (absent from the host)
    source.devices = [first, second];
    inventory.markReturned('pci-0000-03-00-0');
    // Another pod's attach rebuilds the catalog from the last scan, which predates the return.
    inventory.markAttached('pci-0000-03-00-1', { namespace: 'default', name: 'b', uid: 'uid-b' });
    expect(inventory.lookup('pci-0000-03-00-0')).toBeDefined();
    await inventory.rescan();
    expect(inventory.lookup('pci-0000-03-00-0')?.attachedTo).toBeUndefined();
    expect(names(published.at(-1))).toEqual(['pci-0000-03-00-0', 'pci-0000-03-00-1']);
  });

  it('keeps a device published while it is in a pod and lets it go after it returns and vanishes', async () => {
    const nic = fakePciNic('enp3s0f0', '0000:03:00.0', { mtu: 9000 });
    source.devices = [nic];
    await start(10);
    const before = published.at(-1)!.entries[0]!.device;
    inventory.markAttached('pci-0000-03-00-0', { namespace: 'ns', name: 'pod', uid: 'u1' });
    source.devices = [];
    await inventory.rescan();
    expect(published.at(-1)!.entries.map((entry) => entry.device)).toEqual([before]);
    expect(inventory.lookup('pci-0000-03-00-0')?.attachedTo?.uid).toBe('u1');
    inventory.markReturned('pci-0000-03-00-0');
    await waitFor(() => published.at(-1)!.entries.length === 0);
  });

  it('refuses to mark a device it does not know', async () => {
    await start();
    expect(() => inventory.markAttached('nope', { namespace: 'ns', name: 'pod', uid: 'u' })).toThrow(UnknownDeviceError);
  });
});

describe('Inventory with functions bound to vfio-pci', () => {
  it('a NIC the agent bound for a prepared claim keeps its published name when it is bound to vfio-pci and when it comes back', async () => {
    const source = new ScriptedSource();
    const published: Catalog[] = [];
    const nic = fakePciNic('ens3', '0000:00:03.0');
    source.devices = [nic];
    const held = new Set(['0000:00:03.0']);
    const inventory = new Inventory({ source, logger: quiet, filter, onChange: (catalog) => published.push(catalog), rescanIntervalMs: 60_000, heldVfio: () => held });
    await inventory.start();
    try {
      const names = () => publishedDevices(inventory.catalog).map((device) => [device.name, device.attributes.driver]);
      expect(names()).toEqual([['pci-0000-00-03-0', { string: 'mlx5_core' }]]);
      source.devices = [];
      source.vfio = [fakeVfioFunction('0000:00:03.0')];
      await inventory.rescan();
      expect(names()).toEqual([['pci-0000-00-03-0', { string: 'vfio-pci' }]]);
      expect(published).toHaveLength(2);
      source.devices = [nic];
      source.vfio = [];
      await inventory.rescan();
      expect(names()).toEqual([['pci-0000-00-03-0', { string: 'mlx5_core' }]]);
      // Bound again, but by the host this time (no prepared claim holds it): the default filter leaves it out.
      held.clear();
      source.devices = [];
      source.vfio = [fakeVfioFunction('0000:00:03.0')];
      await inventory.rescan();
      expect(names()).toEqual([]);
    } finally {
      inventory.stop();
    }
  });
});

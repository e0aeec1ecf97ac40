import { defaultRouteIfIndexes, listDevices } from '../../netops/devices.ts';
import { ip, KernelFixture } from '../../netops/test/kernel-fixtures.ts';
import { waitFor } from '../../testing/wait.ts';
import { createLogger } from '../log.ts';
import type { Catalog } from './catalog.ts';
import { compileDeviceFilter, deviceFilter } from './filter.ts';
import { hostDeviceSource } from './host-source.ts';
import { Inventory } from './inventory.ts';

const fixture = new KernelFixture();
const quiet = createLogger({}, { write: () => {} });

afterAll(() => fixture.cleanup());

describe('inventory over the real kernel (root)', () => {
  let inventory: Inventory | undefined;
  afterEach(() => inventory?.stop());

  const ours = (catalog: Catalog) => catalog.entries.filter((entry) => entry.info.ifName.startsWith(fixture.prefix)).map((entry) => entry.device);

  const ourVeths = () => compileDeviceFilter(`device.attributes["netclaim.io"].ifName.startsWith("${fixture.prefix}")`, 'netclaim.io');

  it('by default publishes no virtual link: only devices with a PCI address, none of the test veths', async () => {
    fixture.veth('d');
    inventory = new Inventory({ source: hostDeviceSource(quiet), logger: quiet, filter: deviceFilter(undefined, 'netclaim.io'), onChange: () => {} });
    await inventory.start();
    expect(ours(inventory.catalog)).toEqual([]);
    for (const entry of inventory.catalog.entries) expect(entry.info).toMatchObject({ virtual: false, pciAddress: expect.any(String) });
    const virtual = listDevices().filter((info) => info.virtual && info.ifName !== 'lo');
    expect(virtual.length).toBeGreaterThan(0);
    for (const info of virtual) expect(inventory.catalog.dropped).toContainEqual(expect.objectContaining({ ifName: info.ifName }));
  });

  it('publishes test veths with kernel facts when the filter selects them, never loopback or the uplinks', async () => {
    const name = fixture.veth('a', { mtu: 1400, addresses: ['198.51.100.7/24'] });
    inventory = new Inventory({ source: hostDeviceSource(quiet), logger: quiet, filter: compileDeviceFilter('true', 'netclaim.io'), onChange: () => {} });
    await inventory.start();
    const device = ours(inventory.catalog).find((entry) => entry.name === name);
    expect(device?.attributes).toMatchObject({ ifName: { string: name }, type: { string: 'veth' }, mtu: { int: 1400 }, virtual: { bool: true }, ipv4: { string: '198.51.100.7/24' } });
    const published = new Set(inventory.catalog.entries.map((entry) => entry.info.ifIndex));
    const loopback = listDevices().find((info) => info.ifName === 'lo');
    expect(published.has(loopback!.ifIndex)).toBe(false);
    for (const uplink of defaultRouteIfIndexes()) expect(published.has(uplink)).toBe(false);
  });

  it('follows links appearing and vanishing through netlink events', async () => {
    const catalogs: Catalog[] = [];
    inventory = new Inventory({ source: hostDeviceSource(quiet), logger: quiet, filter: ourVeths(), onChange: (catalog) => catalogs.push(catalog), minRescanIntervalMs: 50, rescanIntervalMs: 600_000 });
    await inventory.start();
    const name = fixture.veth('b');
    await waitFor(() => ours(catalogs.at(-1)!).some((device) => device.name === name));
    ip('link', 'del', name);
    await waitFor(() => !ours(catalogs.at(-1)!).some((device) => device.name === name));
  });

  it('logs a link listener\'s exception with its error, and the monitor goes on', async () => {
    const lines: Array<{ msg: string; error?: { message: string } }> = [];
    const logger = createLogger({}, { write: (line) => lines.push(JSON.parse(line)) });
    let calls = 0;
    const watcher = hostDeviceSource(logger).watch(() => {
      calls++;
      throw new Error(`listener broke (${calls})`);
    });
    try {
      const name = fixture.veth('c');
      ip('link', 'del', name);
      await waitFor(() => lines.length >= 2);
      expect(lines.slice(0, 2)).toEqual([
        expect.objectContaining({ msg: expect.stringMatching(/^link event listener failed on a \w+ event$/), error: { message: 'listener broke (1)' } }),
        expect.objectContaining({ msg: expect.stringMatching(/^link event listener failed on a \w+ event$/), error: { message: 'listener broke (2)' } }),
      ]);
    } finally {
      watcher.close();
    }
  });
});

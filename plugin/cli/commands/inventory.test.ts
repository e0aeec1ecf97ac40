/** `bin/netclaim inventory`: what the daemon would publish, from the real host. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { KernelFixture } from '../../../netops/test/kernel-fixtures.ts';
import type { Catalog } from '../../inventory/catalog.ts';

const bin = path.resolve(import.meta.dirname, '../../../bin/netclaim');
const fixture = new KernelFixture();
afterAll(() => fixture.cleanup());

function inventory(...args: string[]) {
  const result = spawnSync(bin, ['inventory', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ours = `device.attributes["netclaim.io"].ifName.startsWith("${fixture.prefix}")`;

test('by default offers no virtual link: the stand-in NIC is left out, saying how to opt in', () => {
  const nic = fixture.veth('d');
  const result = inventory('--json');
  expect(result.code).toBe(0);
  const catalog = JSON.parse(result.stdout) as Catalog;
  expect(catalog.entries.filter((entry) => entry.info.virtual)).toEqual([]);
  expect(catalog.dropped).toContainEqual({ ifName: nic, name: nic, reason: 'no bus address: a virtual link, offered only when --filter selects it', filterOutcome: 'false' });
  expect(inventory().stdout).toMatch(/^filter: the default, devices with a bus address \(.*\); --filter replaces it$/m);
});

test('offers a stand-in NIC its --filter selects, with its attributes, never loopback or the default-route link', () => {
  const nic = fixture.veth('a', { mtu: 1700, addresses: ['192.168.231.1/24'] });
  const all = JSON.parse(inventory('--json', '--filter', 'true').stdout) as Catalog;
  const entry = all.entries.find((e) => e.info.ifName === nic);
  expect(entry?.device.attributes).toMatchObject({ ifName: { string: nic }, type: { string: 'veth' }, mtu: { int: 1700 }, ipv4: { string: '192.168.231.1/24' }, virtual: { bool: true } });
  expect(all.dropped).toContainEqual({ ifName: 'lo', reason: 'loopback' });
  expect(all.entries.some((e) => e.info.ifName === 'lo')).toBe(false);

  const filtered = JSON.parse(inventory('--json', '--filter', `device.attributes["netclaim.io"].ifName == "${nic}"`).stdout) as Catalog;
  expect(filtered.entries.map((e) => e.info.ifName)).toEqual([nic]);

  const table = inventory('--filter', ours);
  expect(table.code).toBe(0);
  expect(table.stdout).toMatch(new RegExp(`^${nic}\\s+${nic}\\s+veth`, 'm'));
  expect(table.stdout).toContain('not offered: lo (loopback)');
  expect(table.stdout).toContain(`filter: ${ours}\n`);
});

describe('a --filter the daemon would refuse', () => {
  // At least one device for the filter to be judged on, whatever the host has.
  beforeAll(() => fixture.veth('e'));

  test.each([
    ['does not parse', 'bad(', /^netclaim inventory: --filter "bad\(": [^\n]+\n$/],
    ['is not a bool', '1', /^netclaim inventory: --filter "1": evaluates to int, not bool\n$/],
    ['fails on every device', 'device.attributes["netclaim.io"].pciVendr == "15b3"', /^netclaim inventory: --filter "[^\n]*": fails on every device \(\d+\), e.g. on [^\n]+: filter error: field not found: pciVendr\n$/],
  ])('%s: exits 1 with one line', (_, filter, message) => {
    const result = inventory('--filter', filter);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(message);
  });
});

test('shows a --share-filter parent with its capacities, as the daemon publishes it; refuses a bad selector or count', () => {
  const nic = fixture.veth('s');
  const args = ['--filter', ours, '--share-filter', `device.attributes["netclaim.io"].ifName == "${nic}"`, '--share-interfaces', '6', '--share-bandwidth-mbps', '2500'];
  const catalog = JSON.parse(inventory('--json', ...args).stdout) as Catalog;
  const entry = catalog.entries.find((e) => e.info.ifName === nic);
  expect(entry?.device).toMatchObject({ allowMultipleAllocations: true, capacity: { 'netclaim.io/interfaces': { value: 6 } } });
  // A veth reports a link speed on this kernel, or not: either it or the flag's 2500 Mbit/s.
  const bandwidth = entry?.device.capacity?.['netclaim.io/bandwidth']?.value;
  expect(bandwidth === 2_500_000_000 || bandwidth === (entry?.info.speedMbps ?? 0) * 1_000_000).toBe(true);
  expect(inventory(...args).stdout).toMatch(new RegExp(`^${nic}\\s+${nic}\\s+veth.*interfaces=6,bandwidth=\\d+[kMG]?$`, 'm'));
  expect(inventory('--share-filter', '1')).toMatchObject({ code: 1, stderr: 'netclaim inventory: --share-filter "1": evaluates to int, not bool\n' });
  expect(inventory('--share-interfaces', '0').stderr).toContain('--share-interfaces must be a whole number ≥ 1');
});

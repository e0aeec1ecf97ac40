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

test('offers a stand-in NIC with its attributes, never loopback or the default-route link, and applies --filter', () => {
  const nic = fixture.veth('a', { mtu: 1700, addresses: ['192.168.231.1/24'] });
  const all = JSON.parse(inventory('--json').stdout) as Catalog;
  const entry = all.entries.find((e) => e.info.ifName === nic);
  expect(entry?.device.attributes).toMatchObject({ ifName: { string: nic }, type: { string: 'veth' }, mtu: { int: 1700 }, ipv4: { string: '192.168.231.1/24' }, virtual: { bool: true } });
  expect(all.dropped).toContainEqual({ ifName: 'lo', reason: 'loopback' });
  expect(all.entries.some((e) => e.info.ifName === 'lo')).toBe(false);

  const filtered = JSON.parse(inventory('--json', '--filter', `device.attributes["netclaim.io"].ifName == "${nic}"`).stdout) as Catalog;
  expect(filtered.entries.map((e) => e.info.ifName)).toEqual([nic]);

  const table = inventory();
  expect(table.code).toBe(0);
  expect(table.stdout).toMatch(new RegExp(`^${nic}\\s+${nic}\\s+veth`, 'm'));
  expect(table.stdout).toContain('not offered: lo (loopback)');

  const bad = inventory('--filter', 'bad(');
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/^netclaim inventory: --filter "bad\(": /);
});

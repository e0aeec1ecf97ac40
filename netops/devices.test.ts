import { defaultRouteIfIndexes, type LinkEvent, listDevices, watchLinks } from './devices.ts';
import { ip, KernelFixture } from './test/kernel-fixtures.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

describe('devices', () => {
  test('lists a stand-in NIC with its addresses, kind and virtual-ness', () => {
    const nic = fixture.veth('a', { mtu: 1600, addresses: ['192.168.252.10/24', 'fd00:252::10/64'] });
    const device = listDevices().find((d) => d.ifName === nic);
    expect(device).toMatchObject({ ifName: nic, type: 'veth', mtu: 1600, virtual: true, ipv4: ['192.168.252.10/24'], ipv6: ['fd00:252::10/64'], isSriovVf: false });
    expect(device?.mac).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    expect(device?.lowerIndex).toBe(listDevices().find((d) => d.ifName === `${nic}p`)?.ifIndex);
    expect(device?.pciAddress).toBeUndefined();
  });

  test('default-route links are those any table routes 0.0.0.0/0 or ::/0 through, each next hop of a multipath route included', () => {
    const expected = new Set<number>();
    for (const family of ['-4', '-6']) {
      for (const route of JSON.parse(ip('-j', family, 'route', 'show', 'table', 'all', 'default')) as Array<{ dev?: string; nexthops?: Array<{ dev: string }> }>) {
        for (const dev of [route.dev, ...(route.nexthops ?? []).map((hop) => hop.dev)]) {
          if (dev !== undefined) expected.add(listDevices().find((d) => d.ifName === dev)!.ifIndex);
        }
      }
    }
    expect(new Set(defaultRouteIfIndexes())).toEqual(expected);
  });

  test('link events arrive for links that appear and vanish', async () => {
    const events: LinkEvent[] = [];
    const nic = `${fixture.prefix}b`;
    let sawDeletion!: () => void;
    // Resolved by the event itself; jest's timeout is the failure bound.
    const deletion = new Promise<void>((resolve) => { sawDeletion = resolve; });
    const watcher = watchLinks((event) => {
      events.push(event);
      if (event.type === 'deleted' && event.link.name === nic) sawDeletion();
    }, (message, error) => {
      throw new Error(`unexpected report: ${message}: ${String(error)}`);
    });
    try {
      expect(fixture.veth('b')).toBe(nic);
      ip('link', 'del', nic);
      await deletion;
      const names = events.flatMap((e) => (e.type === 'overflow' ? [] : [`${e.type}:${e.link.name}`]));
      expect(names).toEqual(expect.arrayContaining([`new:${nic}`, `deleted:${nic}`]));
    } finally {
      watcher.close();
    }
  });

  test('a listener that throws is reported with its error, and the monitor goes on', async () => {
    const reports: Array<{ message: string; error: unknown }> = [];
    const deleted: string[] = [];
    const nic = `${fixture.prefix}c`;
    let sawDeletion!: () => void;
    // Resolved by the event itself; jest's timeout is the failure bound.
    const deletion = new Promise<void>((resolve) => { sawDeletion = resolve; });
    const watcher = watchLinks((event) => {
      if (event.type === 'overflow' || !event.link.name.startsWith(nic)) return;
      if (event.type === 'new') throw new Error(`listener broke on ${event.link.name}`);
      deleted.push(event.link.name);
      if (event.link.name === nic) sawDeletion();
    }, (message, error) => reports.push({ message, error }));
    try {
      fixture.veth('c');
      ip('link', 'del', nic);
      await deletion;
      expect(deleted).toContain(nic);
      expect(reports.length).toBeGreaterThanOrEqual(1);
      for (const report of reports) {
        expect(report.message).toBe('link event listener failed on a new event');
        expect([`listener broke on ${nic}`, `listener broke on ${nic}p`]).toContain((report.error as Error).message);
      }
    } finally {
      watcher.close();
    }
  });
});

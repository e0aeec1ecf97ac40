/** The attach planner's rules, without root: what moves with the link, what is carried from the host, in which order. */
import { planAttach, type AttachConfig, type AttachPlan, type HostSnapshot } from './attach-plan.ts';
import { AF_INET, AF_INET6, formatCidr, formatIp } from './ip.ts';
import { RT_SCOPE, RT_TABLE } from './netlink/constants.ts';
import { cidr, ipAddr } from './test/values.ts';

const snapshot: HostSnapshot = {
  ifName: 'ens1f0', ifIndex: 7, mtu: 1500, mac: '02:00:00:00:00:07', up: true, minMtu: 68, maxMtu: 9216,
  addresses: [cidr('192.0.2.7/24'), cidr('2001:db8::7/64')],
  routes: [
    { destination: cidr('198.51.100.0/24'), gateway: ipAddr('192.0.2.1'), table: RT_TABLE.MAIN, scope: RT_SCOPE.UNIVERSE, protocol: 4, priority: 10 },
    { destination: cidr('192.0.2.0/24'), table: RT_TABLE.MAIN, scope: RT_SCOPE.LINK, protocol: 2 },
  ],
};

function plan(config: AttachConfig, host: HostSnapshot = snapshot): AttachPlan {
  return planAttach(host, config);
}

/** Plans in text, so that expectations read like the config that produced them. */
function readable(planned: AttachPlan) {
  return {
    ...planned,
    addresses: planned.addresses.map(formatCidr),
    routes: planned.routes.map((route) => ({
      ...route,
      destination: formatCidr(route.destination),
      ...(route.gateway ? { gateway: formatIp(route.gateway.family, route.gateway.bytes) } : {}),
      ...(route.source ? { source: formatIp(route.source.family, route.source.bytes) } : {}),
    })),
    rules: planned.rules.map((rule) => ({
      ...rule,
      ...(rule.source ? { source: formatCidr(rule.source) } : {}),
      ...(rule.destination ? { destination: formatCidr(rule.destination) } : {}),
    })),
    neighbors: planned.neighbors.map((neighbor) => ({ ...neighbor, destination: formatIp(neighbor.destination.family, neighbor.destination.bytes) })),
  };
}

test('an empty config moves the link under its host name and carries its addresses and routes, link-scope routes first', () => {
  expect(readable(plan({}))).toEqual({
    podIfName: 'ens1f0',
    move: { name: 'ens1f0' },
    sysctls: [],
    addresses: ['192.0.2.7/24', '2001:db8::7/64'],
    routes: [
      { destination: '192.0.2.0/24', table: RT_TABLE.MAIN, scope: RT_SCOPE.LINK, protocol: 2 },
      { destination: '198.51.100.0/24', gateway: '192.0.2.1', table: RT_TABLE.MAIN, scope: RT_SCOPE.UNIVERSE, protocol: 4, priority: 10 },
    ],
    rules: [],
    neighbors: [],
  });
});

test('configured addresses replace the host addresses and, with no routes configured, the host routes too', () => {
  const planned = readable(plan({ interface: { addresses: [cidr('10.0.0.2/24')] } }));
  expect(planned.addresses).toEqual(['10.0.0.2/24']);
  expect(planned.routes).toEqual([]);
});

test('configured routes replace the host routes but the host addresses still come along', () => {
  const planned = readable(plan({ routes: [{ destination: cidr('10.20.0.0/16'), gateway: ipAddr('192.0.2.1'), table: 100 }, { destination: cidr('10.30.0.0/16') }] }));
  expect(planned.addresses).toEqual(['192.0.2.7/24', '2001:db8::7/64']);
  expect(planned.routes).toEqual([
    { destination: '10.30.0.0/16', table: RT_TABLE.MAIN, scope: RT_SCOPE.LINK },
    { destination: '10.20.0.0/16', gateway: '192.0.2.1', table: 100, scope: RT_SCOPE.UNIVERSE },
  ]);
});

test('name, MTU, MAC and offload sizes travel in the move; values equal to the host\'s are left out', () => {
  expect(plan({ interface: { name: 'net1', mtu: 9000, hardwareAddr: '02:AA:BB:CC:DD:EE', gsoMaxSize: 65536, groMaxSize: 65536 } }).move)
    .toEqual({ name: 'net1', mtu: 9000, mac: '02:aa:bb:cc:dd:ee', gsoMaxSize: 65536, groMaxSize: 65536 });
  expect(plan({ interface: { mtu: 1500, hardwareAddr: '02:00:00:00:00:07' } }).move).toEqual({ name: 'ens1f0' });
});

test('an MTU outside what the link supports is refused naming the field and the range', () => {
  expect(() => plan({ interface: { mtu: 9300 } })).toThrow('interface.mtu: 9300 is outside what ens1f0 supports (68-9216)');
  // A link that does not report its range is left to the kernel.
  expect(plan({ interface: { mtu: 9300 } }, { ...snapshot, maxMtu: undefined }).move.mtu).toBe(9300);
});

test('ARP sysctls are named after the pod-side interface, a "." in it written as "/"', () => {
  expect(plan({ interface: { name: 'net1.100', arpIgnore: 1, arpAnnounce: 2 } }).sysctls).toEqual([
    { name: 'net.ipv4.conf.net1/100.arp_ignore', value: 1 },
    { name: 'net.ipv4.conf.net1/100.arp_announce', value: 2 },
  ]);
});

test('rules are added as configured; neighbours are lower-cased', () => {
  const planned = readable(plan({
    rules: [{ family: AF_INET, priority: 100, source: cidr('10.10.0.0/24'), table: 100 }, { family: AF_INET6, destination: cidr('2001:db8:1::/48'), table: 101 }],
    neighbors: [{ destination: ipAddr('10.10.0.1'), hardwareAddr: '02:00:0A:0A:00:01' }],
  }));
  expect(planned.rules).toEqual([
    { family: AF_INET, priority: 100, source: '10.10.0.0/24', table: 100 },
    { family: AF_INET6, destination: '2001:db8:1::/48', table: 101 },
  ]);
  expect(planned.neighbors).toEqual([{ destination: '10.10.0.1', mac: '02:00:0a:0a:00:01' }]);
});

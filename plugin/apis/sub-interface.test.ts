/** interface.type and its fields: alone, merged, as the child netops creates, and in the attachment record. */
import { AF_INET } from '../../netops/ip.ts';
import { decodeAttachment, encodeAttachment } from './attachment.ts';
import { ConfigError, encodeInterfaceConfig, parseInterfaceConfig } from './config.ts';
import { childLinkSpec, subInterfaceIssues } from './sub-interface.ts';

test.each([
  [{ type: 'device', egressRateMbps: 250 }, undefined],
  [{ egressRateMbps: 1 }, undefined],
  [{ type: 'macvlan' }, { kind: 'macvlan', mode: 'bridge' }],
  [{ type: 'macvlan', mode: 'passthru' }, { kind: 'macvlan', mode: 'passthru' }],
  [{ type: 'macvlan', mode: 'vepa', hardwareAddr: '02:00:00:00:00:01', mtu: 1400 }, { kind: 'macvlan', mode: 'vepa' }],
  [{ type: 'ipvlan' }, { kind: 'ipvlan', mode: 'l2', flags: 'bridge' }],
  [{ type: 'ipvlan', mode: 'l3s', flags: 'private' }, { kind: 'ipvlan', mode: 'l3s', flags: 'private' }],
  [{ type: 'vlan', vlanId: 4094 }, { kind: 'vlan', vlanId: 4094, protocol: '802.1Q' }],
  [{ type: 'vlan', vlanId: 1, protocol: '802.1ad', hardwareAddr: '02:00:00:00:00:01' }, { kind: 'vlan', vlanId: 1, protocol: '802.1ad' }],
])('accepts %j: the child is %j, and the config encodes back unchanged', (iface, child) => {
  const config = { interface: { name: 'net1', ...iface } };
  const parsed = parseInterfaceConfig(config);
  expect(childLinkSpec(parsed.interface)).toEqual(child);
  expect(subInterfaceIssues(parsed.interface!, true)).toEqual([]);
  expect(encodeInterfaceConfig(parsed)).toEqual(config);
});

test.each([
  [{ type: 'bond' }, 'interface.type: must be one of "device", "macvlan", "ipvlan", "vlan"'],
  [{ type: 'macvlan', mode: 'l3' }, 'interface.mode: must be one of "bridge", "private", "vepa", "passthru" for a macvlan'],
  [{ type: 'ipvlan', mode: 'passthru' }, 'interface.mode: must be one of "l2", "l3", "l3s" for an ipvlan'],
  [{ mode: 'fast' }, 'interface.mode: must be one of "bridge", "private", "vepa", "passthru" (macvlan) or "l2", "l3", "l3s" (ipvlan)'],
  [{ type: 'ipvlan', flags: 'loud' }, 'interface.flags: must be one of "bridge", "private", "vepa"'],
  [{ type: 'vlan', vlanId: 0 }, 'interface.vlanId: must be between 1 and 4094'],
  [{ type: 'vlan', vlanId: 4095 }, 'interface.vlanId: must be between 1 and 4094'],
  [{ type: 'vlan', vlanId: 10.5 }, 'interface.vlanId: must be a whole number'],
  [{ type: 'vlan', vlanId: 10, protocol: '802.1X' }, 'interface.protocol: must be one of "802.1Q", "802.1ad"'],
  [{ type: 'macvlan', vlanId: 10 }, 'interface.vlanId: applies only to interface.type "vlan", not "macvlan"'],
  [{ type: 'vlan', vlanId: 10, mode: 'bridge' }, 'interface.mode: applies only to interface.type "macvlan" or "ipvlan", not "vlan"'],
  [{ type: 'macvlan', flags: 'private' }, 'interface.flags: applies only to interface.type "ipvlan", not "macvlan"'],
  [{ type: 'device', protocol: '802.1Q' }, 'interface.protocol: applies only to interface.type "vlan"'],
  [{ type: 'ipvlan', hardwareAddr: '02:00:00:00:00:01' }, 'interface.hardwareAddr: an ipvlan shares the MAC address of its parent; leave it out'],
  [{ type: 'macvlan', mode: 'passthru', hardwareAddr: '02:00:00:00:00:01' }, 'interface.hardwareAddr: a passthru macvlan takes the MAC address of its parent'],
  [{ type: 'macvlan', egressRateMbps: 100 }, 'interface.egressRateMbps: applies only to interface.type "device", not "macvlan"; a child\'s rate is the bandwidth its claim consumes from the shared parent'],
  [{ egressRateMbps: 0 }, 'interface.egressRateMbps: must be between 1 and 1000000 (Mbit/s)'],
  [{ egressRateMbps: 2_000_000 }, 'interface.egressRateMbps: must be between 1 and 1000000 (Mbit/s)'],
  [{ egressRateMbps: 12.5 }, 'interface.egressRateMbps: must be a whole number'],
])('refuses %j naming the field', (iface, expected) => {
  expect(() => parseInterfaceConfig({ interface: iface })).toThrow(ConfigError);
  expect(() => parseInterfaceConfig({ interface: iface })).toThrow(expected);
});

describe('configs judged alone and merged', () => {
  test('alone, a field without its type waits for the merge (the class may set the type)', () => {
    expect(parseInterfaceConfig({ interface: { mode: 'private' } })).toEqual({ interface: { mode: 'private' } });
    expect(parseInterfaceConfig({ interface: { vlanId: 7 } })).toEqual({ interface: { vlanId: 7 } });
  });

  test('merged, a field needs its type and a VLAN needs its id', () => {
    expect(subInterfaceIssues({ mode: 'private' }, true)).toEqual([['mode', 'applies only to interface.type "macvlan" or "ipvlan"']]);
    expect(subInterfaceIssues({ type: 'vlan' }, true)).toEqual([['vlanId', 'is required for interface.type "vlan"']]);
    expect(subInterfaceIssues({ type: 'vlan' }, false)).toEqual([]);
    expect(subInterfaceIssues({ type: 'macvlan', mode: 'private' }, true)).toEqual([]);
  });
});

test('an attachment record keeps its child, and a record without one reads as before', () => {
  const record = {
    netnsPath: '/var/run/netns/cni-1', podIfName: 'net1', podMac: '02:aa:00:00:00:01',
    snapshot: { ifName: 'ens1f0', ifIndex: 7, mtu: 1500, mac: '02:00:00:00:00:07', up: true, addresses: [], routes: [] },
    rules: [{ family: AF_INET, table: 100, source: '10.0.0.0/24' }],
    child: { spec: { kind: 'ipvlan', mode: 'l3', flags: 'private' }, podIndex: 3 },
  };
  const attachment = decodeAttachment(record);
  expect(attachment.child).toEqual({ spec: { kind: 'ipvlan', mode: 'l3', flags: 'private' }, podIndex: 3 });
  expect(encodeAttachment(attachment)).toEqual(record);
  expect(decodeAttachment({ ...record, child: { spec: { kind: 'vlan', vlanId: 7, protocol: '802.1Q' } } }).child).toEqual({ spec: { kind: 'vlan', vlanId: 7, protocol: '802.1Q' } });
  expect(() => decodeAttachment({ ...record, child: { spec: { kind: 'bond' } } })).toThrow(/^not an attachment record: child\.spec\.kind: /);
});

import { keptForNode } from './exclusion.ts';

const protectedIfIndexes = (...args: Parameters<typeof keptForNode>) => new Set(keptForNode(...args).keys());
import { fakeDevice, fakePciNic } from '../../testing/devices.ts';

describe('uplink exclusion', () => {
  it('protects loopback and the default-route interfaces of both families', () => {
    const lo = fakeDevice({ ifName: 'lo', type: 'loopback' });
    const v4 = fakePciNic('eth0', '0000:01:00.0');
    const v6 = fakePciNic('eth1', '0000:01:00.1');
    const free = fakePciNic('eth2', '0000:02:00.0');
    const result = keptForNode([lo, v4, v6, free], [v4.ifIndex, v6.ifIndex]);
    expect(result).toEqual(new Map([[lo.ifIndex, 'loopback'], [v4.ifIndex, 'carries or is stacked with a default route'], [v6.ifIndex, 'carries or is stacked with a default route']]));
  });

  it('protects a bond uplink, its slaves, the bridge above it and VLANs on it', () => {
    const slaveA = fakePciNic('ens1f0', '0000:05:00.0');
    const slaveB = fakePciNic('ens1f1', '0000:05:00.1');
    const bond = fakeDevice({ ifName: 'bond0', type: 'bond' });
    const bridge = fakeDevice({ ifName: 'br0', type: 'bridge' });
    slaveA.masterIndex = bond.ifIndex;
    slaveB.masterIndex = bond.ifIndex;
    bond.masterIndex = bridge.ifIndex;
    const vlan = fakeDevice({ ifName: 'br0.100', type: 'vlan', lowerIndex: bridge.ifIndex });
    const macvlan = fakeDevice({ ifName: 'mv0', type: 'macvlan', lowerIndex: vlan.ifIndex });
    const unrelated = fakePciNic('ens2', '0000:06:00.0');
    const result = protectedIfIndexes([slaveA, slaveB, bond, bridge, vlan, macvlan, unrelated], [bridge.ifIndex]);
    expect(result).toEqual(new Set([slaveA.ifIndex, slaveB.ifIndex, bond.ifIndex, bridge.ifIndex, vlan.ifIndex, macvlan.ifIndex]));
  });

  it('protects the lower device of a VLAN uplink', () => {
    const parent = fakePciNic('eth0', '0000:01:00.0');
    const vlan = fakeDevice({ ifName: 'eth0.10', type: 'vlan', lowerIndex: parent.ifIndex });
    const sibling = fakeDevice({ ifName: 'eth0.20', type: 'vlan', lowerIndex: parent.ifIndex });
    expect(protectedIfIndexes([parent, vlan, sibling], [vlan.ifIndex])).toEqual(new Set([parent.ifIndex, vlan.ifIndex, sibling.ifIndex]));
  });

  it('protects nothing but loopback without default routes', () => {
    const lo = fakeDevice({ ifName: 'lo', type: 'loopback' });
    expect(protectedIfIndexes([lo, fakePciNic('eth0', '0000:01:00.0')], [])).toEqual(new Set([lo.ifIndex]));
  });

  it('keeps a NIC with links stacked on it, a port of a bridge, bond or VRF, and a device with ports, each saying why', () => {
    const storage = fakePciNic('ens3', '0000:07:00.0');
    const storageVlan = fakeDevice({ ifName: 'ens3.100', type: 'vlan', lowerIndex: storage.ifIndex });
    const bridge = fakeDevice({ ifName: 'br-kv', type: 'bridge' });
    const port = fakePciNic('ens4', '0000:08:00.0');
    port.masterIndex = bridge.ifIndex;
    const free = fakePciNic('ens5', '0000:09:00.0');
    const result = keptForNode([storage, storageVlan, bridge, port, free], []);
    expect(result).toEqual(new Map([
      [storage.ifIndex, 'links are stacked on it (ens3.100) and would be destroyed by a move'],
      [bridge.ifIndex, 'has ports of its own (ens4)'],
      [port.ifIndex, 'a port of br-kv'],
    ]));
  });

  it('does not take a veth\'s peer for a stacked link', () => {
    const a = fakeDevice({ ifName: 'veth-a', type: 'veth' });
    const b = fakeDevice({ ifName: 'veth-b', type: 'veth', lowerIndex: a.ifIndex });
    a.lowerIndex = b.ifIndex;
    expect(keptForNode([a, b], [])).toEqual(new Map());
  });
});

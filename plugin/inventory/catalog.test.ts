import { buildCatalog, type CatalogEntry, type PodRef } from './catalog.ts';
import { compileDeviceFilter } from './filter.ts';
import { fakeDevice, fakePciNic } from '../../testing/devices.ts';

const pod: PodRef = { namespace: 'default', name: 'web', uid: 'pod-uid-1' };

describe('catalog', () => {
  const lo = fakeDevice({ ifName: 'lo', type: 'loopback' });
  const uplink = fakePciNic('eth0', '0000:01:00.0');
  const nicA = fakePciNic('enp3s0f0', '0000:03:00.0');
  const nicB = fakePciNic('enp3s0f1', '0000:03:00.1');
  const vlan = fakeDevice({ ifName: 'eth0.100', type: 'vlan', lowerIndex: uplink.ifIndex });
  const veth = fakeDevice({ ifName: 'veth9' });

  it('publishes named devices sorted by name, leaving out loopback and the uplink family with reasons', () => {
    const catalog = buildCatalog({ scanned: [lo, uplink, vlan, veth, nicB, nicA], uplinkIfIndexes: [uplink.ifIndex], attached: new Map() });
    expect(catalog.entries.map((entry) => entry.device.name)).toEqual(['pci-0000-03-00-0', 'pci-0000-03-00-1', 'veth9']);
    expect(catalog.dropped).toEqual([
      { ifName: 'lo', reason: 'loopback' },
      { ifName: 'eth0', reason: 'carries or is stacked with a default route' },
      { ifName: 'eth0.100', reason: 'carries or is stacked with a default route' },
    ]);
  });

  it('never offers a switchdev representor, saying which port it stands for', () => {
    const representor = fakeDevice({ ifName: 'eth1', type: 'device', representorPort: 'pf0vf1' });
    const catalog = buildCatalog({ scanned: [nicA, representor], uplinkIfIndexes: [], attached: new Map() });
    expect(catalog.entries.map((entry) => entry.info.ifName)).toEqual(['enp3s0f0']);
    expect(catalog.dropped).toEqual([{ ifName: 'eth1', reason: 'switchdev representor of port pf0vf1' }]);
  });

  it('applies the operator filter', () => {
    const filter = compileDeviceFilter('device.attributes["netclaim.io"].type != "veth"', 'netclaim.io');
    const catalog = buildCatalog({ scanned: [nicA, veth], uplinkIfIndexes: [], attached: new Map(), filter });
    expect(catalog.entries.map((entry) => entry.info.ifName)).toEqual(['enp3s0f0']);
    expect(catalog.dropped).toEqual([{ ifName: 'veth9', name: 'veth9', reason: 'filter returned false' }]);
  });

  it('keeps a device that is in a pod with its last known attributes, even when the host no longer shows it', () => {
    const before = buildCatalog({ scanned: [nicA, nicB], uplinkIfIndexes: [], attached: new Map() });
    const entry = before.entries[0]!;
    const attached = new Map<string, CatalogEntry & { attachedTo: PodRef }>([[entry.device.name, { ...entry, attachedTo: pod }]]);
    const during = buildCatalog({ scanned: [nicB], uplinkIfIndexes: [], attached });
    expect(during.entries.map((e) => e.device)).toEqual(before.entries.map((e) => e.device));
    expect(during.entries[0]!.attachedTo).toEqual(pod);
  });

  it('does not let another link take the name of a device that is in a pod', () => {
    const inPod = buildCatalog({ scanned: [veth], uplinkIfIndexes: [], attached: new Map() }).entries[0]!;
    const attached = new Map([[inPod.device.name, { ...inPod, attachedTo: pod }]]);
    const newcomer = fakeDevice({ ifName: 'veth9', mtu: 9000 });
    const catalog = buildCatalog({ scanned: [newcomer], uplinkIfIndexes: [], attached });
    expect(catalog.entries).toHaveLength(1);
    expect(catalog.entries[0]!.info.ifIndex).toBe(veth.ifIndex);
    expect(catalog.dropped[0]!.reason).toBe('name held by a device in pod default/web');
  });
});

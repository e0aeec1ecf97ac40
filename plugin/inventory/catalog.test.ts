import { assertFilterUsable, buildCatalog, findPublished, PRE_BOUND_VFIO, publishedDevices, type CatalogEntry, type PodRef } from './catalog.ts';
import { compileDeviceFilter, deviceFilter, FilterError } from './filter.ts';
import { fakeDevice, fakePciNic, fakeVfioFunction } from '../../testing/devices.ts';

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
    expect(catalog.dropped).toEqual([{ ifName: 'veth9', name: 'veth9', reason: 'filter returned false', filterOutcome: 'false' }]);
  });

  it('keeps loopback and the uplink family even when the filter accepts everything', () => {
    const catalog = buildCatalog({ scanned: [lo, uplink, vlan, nicA], uplinkIfIndexes: [uplink.ifIndex], attached: new Map(), filter: compileDeviceFilter('true', 'netclaim.io') });
    expect(catalog.entries.map((entry) => entry.info.ifName)).toEqual(['enp3s0f0']);
  });

  it('with the default filter, offers the PCI functions and none of the virtual links', () => {
    const bridge = fakeDevice({ ifName: 'cni0', type: 'bridge' });
    const ifb = fakeDevice({ ifName: 'ifb0', type: 'ifb' });
    const podVeth = fakeDevice({ ifName: 'veth1a2b3c4d', masterIndex: bridge.ifIndex });
    const catalog = buildCatalog({ scanned: [lo, uplink, nicA, nicB, bridge, ifb, podVeth], uplinkIfIndexes: [uplink.ifIndex], attached: new Map(), filter: deviceFilter(undefined, 'netclaim.io') });
    expect(catalog.entries.map((entry) => entry.info.ifName)).toEqual(['enp3s0f0', 'enp3s0f1']);
    expect(catalog.dropped.filter((dropped) => dropped.filterOutcome === 'false').map((dropped) => 'ifName' in dropped && dropped.ifName)).toEqual(['ifb0']);
    // A CNI bridge and its pod veths are kept for the node before any filter is asked.
    expect(catalog.dropped).toEqual(expect.arrayContaining([
      expect.objectContaining({ ifName: 'cni0', reason: 'has ports of its own (veth1a2b3c4d)' }),
      expect.objectContaining({ ifName: 'veth1a2b3c4d', reason: 'a port of cni0' }),
    ]));
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

describe('a filter judged on the first scan', () => {
  const nic = fakePciNic('enp3s0f0', '0000:03:00.0');
  const veth = fakeDevice({ ifName: 'veth9' });
  const judged = (expression: string, scanned = [nic, veth], attached = new Map<string, CatalogEntry & { attachedTo: PodRef }>()) => {
    const filter = compileDeviceFilter(expression, 'netclaim.io');
    return () => assertFilterUsable(buildCatalog({ scanned, uplinkIfIndexes: [], attached, filter }), filter);
  };

  it('passes when it keeps some devices, or turns every one down with a plain false', () => {
    expect(judged('device.attributes["netclaim.io"].pciVendor == "15b3"')).not.toThrow(); // errors on the veth, keeps the NIC
    expect(judged('device.attributes["netclaim.io"].mtu > 9000')).not.toThrow();
  });

  it('refuses one that fails on every device, naming the first failure', () => {
    expect(judged('device.attributes["netclaim.io"].pciVendr == "15b3"')).toThrow(new FilterError('device.attributes["netclaim.io"].pciVendr == "15b3"',
      'fails on every device (2), e.g. on pci-0000-03-00-0: filter error: field not found: pciVendr'));
  });

  it('refuses one that is not a bool on some device, naming the device', () => {
    const expression = 'device.attributes["netclaim.io"].virtual ? true : device.attributes["netclaim.io"].mtu';
    expect(judged(expression)).toThrow(new FilterError(expression, 'on device pci-0000-03-00-0: filter returned int, not bool'));
  });

  it('with no device to judge (none, or all in pods), has nothing to fail on', () => {
    expect(judged('device.attributes["netclaim.io"].pciVendr == "x"', [])).not.toThrow();
    const inPod = buildCatalog({ scanned: [nic], uplinkIfIndexes: [], attached: new Map() }).entries[0]!;
    const attached = new Map([[inPod.device.name, { ...inPod, attachedTo: pod }]]);
    expect(judged('device.attributes["netclaim.io"].pciVendr == "x"', [], attached)).not.toThrow();
  });
});

describe('functions bound to vfio-pci', () => {
  const nic = fakePciNic('enp3s0f0', '0000:03:00.0');
  const bound = fakeVfioFunction('0000:03:00.2', { iommuGroup: 31 });

  it('are published apart from netdevs, named by address, with their PCI facts and IOMMU group', () => {
    const catalog = buildCatalog({ scanned: [nic], uplinkIfIndexes: [], attached: new Map(), vfioFunctions: [bound], filter: deviceFilter(undefined, 'netclaim.io'), heldVfio: new Set(['0000:03:00.2']) });
    expect(catalog.entries.map((entry) => entry.device.name)).toEqual(['pci-0000-03-00-0']);
    expect(catalog.vfio).toEqual([{
      vfio: bound,
      device: {
        name: 'pci-0000-03-00-2',
        attributes: {
          type: { string: 'device' }, virtual: { bool: false }, pciAddress: { string: '0000:03:00.2' }, pciVendor: { string: '8086' }, pciDevice: { string: '154c' },
          numaNode: { int: 0 }, driver: { string: 'vfio-pci' }, isSriovVf: { bool: true }, iommuGroup: { int: 31 },
          'resource.kubernetes.io/pciBusID': { string: '0000:03:00.2' }, 'resource.kubernetes.io/pcieRoot': { string: 'pci0000:00' },
        },
      },
    }]);
    expect(publishedDevices(catalog).map((device) => device.name)).toEqual(['pci-0000-03-00-0', 'pci-0000-03-00-2']);
    expect(findPublished(catalog, 'pci-0000-03-00-2')).toBe(catalog.vfio![0]);
  });

  it('the default filter leaves out one found bound that no prepared claim holds (the host bound it), saying why; an operator filter can take it', () => {
    const catalog = buildCatalog({ scanned: [nic], uplinkIfIndexes: [], attached: new Map(), vfioFunctions: [bound], filter: deviceFilter(undefined, 'netclaim.io'), heldVfio: new Set(['0000:03:00.7']) });
    expect(catalog.vfio).toEqual([]);
    expect(catalog.dropped).toEqual([{ pciAddress: '0000:03:00.2', name: 'pci-0000-03-00-2', reason: PRE_BOUND_VFIO }]);
    const chosen = buildCatalog({ scanned: [nic], uplinkIfIndexes: [], attached: new Map(), vfioFunctions: [bound], filter: compileDeviceFilter('device.attributes["netclaim.io"].driver == "vfio-pci"', 'netclaim.io') });
    expect(chosen.vfio?.map((entry) => entry.device.name)).toEqual(['pci-0000-03-00-2']);
  });

  it('an operator filter judges them like any device; one it turns down is named by its address', () => {
    const filter = compileDeviceFilter('device.attributes["netclaim.io"].driver != "vfio-pci"', 'netclaim.io');
    const catalog = buildCatalog({ scanned: [nic], uplinkIfIndexes: [], attached: new Map(), vfioFunctions: [bound], filter });
    expect(catalog.vfio).toEqual([]);
    expect(catalog.dropped).toEqual([{ pciAddress: '0000:03:00.2', name: 'pci-0000-03-00-2', reason: 'filter returned false', filterOutcome: 'false' }]);
  });

  it('a function seen with a netdev in the same scan (rebound meanwhile) is published once, as the netdev', () => {
    const catalog = buildCatalog({ scanned: [nic], uplinkIfIndexes: [], attached: new Map(), vfioFunctions: [fakeVfioFunction('0000:03:00.0')] });
    expect(publishedDevices(catalog).map((device) => device.name)).toEqual(['pci-0000-03-00-0']);
    expect(catalog.vfio).toEqual([]);
  });

  it('keep their PCI name against a virtual link named like it', () => {
    const impostor = fakeDevice({ ifName: 'pci-0000-03-00-2' });
    const catalog = buildCatalog({ scanned: [impostor], uplinkIfIndexes: [], attached: new Map(), vfioFunctions: [bound] });
    expect(catalog.vfio?.[0]?.device.name).toBe('pci-0000-03-00-2');
    expect(catalog.entries[0]?.device.name).toMatch(/^pci-0000-03-00-2-[a-z2-7]{5}$/);
  });
});

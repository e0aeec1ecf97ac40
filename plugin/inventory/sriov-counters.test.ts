import { buildCatalog, type CatalogEntry } from './catalog.ts';
import { withSriovCounters } from './sriov-counters.ts';
import { fakePciNic, fakeVfioFunction } from '../../testing/devices.ts';

const pf = fakePciNic('ens1f0', '0000:05:00.0', { sriovTotalVfs: 8, sriovNumVfs: 2 });
const vf0 = fakePciNic('ens1f0v0', '0000:05:00.2', { isSriovVf: true, pfName: 'ens1f0', pfPciAddress: '0000:05:00.0', vfIndex: 0 });
const vf1 = fakePciNic('ens1f0v1', '0000:05:00.3', { isSriovVf: true, pfName: 'ens1f0', pfPciAddress: '0000:05:00.0', vfIndex: 1 });
const plain = fakePciNic('ens2', '0000:06:00.0');
const byIfName = (devices: ReturnType<typeof withSriovCounters>['devices'], catalog: ReturnType<typeof buildCatalog>, ifName: string) =>
  devices.find((device) => device.name === catalog.entries.find((entry) => entry.info.ifName === ifName)!.device.name)!;

test('a PF consumes all of its counter set, each VF one: never both allocated; a NIC without VFs consumes nothing', () => {
  const catalog = buildCatalog({ scanned: [pf, vf0, vf1, plain], uplinkIfIndexes: [], attached: new Map() });
  const { devices, counterSets } = withSriovCounters(catalog.entries);
  const pfName = byIfName(devices, catalog, 'ens1f0').name;
  expect(counterSets).toEqual([{ name: pfName, counters: { vfs: 2 } }]);
  expect(byIfName(devices, catalog, 'ens1f0').consumesCounters).toEqual([{ counterSet: pfName, counters: { vfs: 2 } }]);
  expect(byIfName(devices, catalog, 'ens1f0v0').consumesCounters).toEqual([{ counterSet: pfName, counters: { vfs: 1 } }]);
  expect(byIfName(devices, catalog, 'ens1f0v1').consumesCounters).toEqual([{ counterSet: pfName, counters: { vfs: 1 } }]);
  expect(byIfName(devices, catalog, 'ens2')).not.toHaveProperty('consumesCounters');
});

test('no counters when the PF is the node\'s (not offered) or offered as a shared parent (it never moves)', () => {
  const kept = buildCatalog({ scanned: [pf, vf0], uplinkIfIndexes: [pf.ifIndex], attached: new Map() });
  expect(withSriovCounters(kept.entries).counterSets).toEqual([]);
  const shared = buildCatalog({ scanned: [pf, vf0], uplinkIfIndexes: [], attached: new Map() });
  const entries = shared.entries.map((entry) => (entry.info === pf ? { ...entry, device: { ...entry.device, allowMultipleAllocations: true as const } } : entry));
  const { devices, counterSets } = withSriovCounters(entries);
  expect(counterSets).toEqual([]);
  expect(devices.every((device) => device.consumesCounters === undefined)).toBe(true);
});

test('a VF bound to vfio-pci (a DPDK pod\'s) still consumes its PF\'s set, found by the PF\'s PCI address', () => {
  // vf0 was prepared with driver vfio-pci: its netdev is gone, the rescan finds it in vfio-pci's list.
  const catalog = buildCatalog({ scanned: [pf, vf1], uplinkIfIndexes: [], attached: new Map(), vfioFunctions: [fakeVfioFunction('0000:05:00.2', { isSriovVf: true, pfPciAddress: '0000:05:00.0', vfIndex: 0 })] });
  const { devices, counterSets } = withSriovCounters(catalog.entries, catalog.vfio);
  const boundVf = devices.find((device) => device.name === 'pci-0000-05-00-2')!;
  expect({ boundVf: boundVf.consumesCounters, counterSets }).toEqual({ boundVf: [{ counterSet: 'pci-0000-05-00-0', counters: { vfs: 1 } }], counterSets: [{ name: 'pci-0000-05-00-0', counters: { vfs: 2 } }] });
  expect(devices.map((device) => device.name)).toEqual([...catalog.entries, ...catalog.vfio!].map((entry) => entry.device.name));
});

test('while the PF is in a pod, and after it is renamed, its VFs still consume its set (sysfs physfn/net is empty in the host netns)', () => {
  const before = buildCatalog({ scanned: [pf, vf0, vf1], uplinkIfIndexes: [], attached: new Map() });
  const pfEntry = before.entries.find((entry) => entry.info === pf)!;
  const attached = new Map<string, CatalogEntry & { attachedTo: { namespace: string; name: string; uid: string } }>([[pfEntry.device.name, { ...pfEntry, attachedTo: { namespace: 'ns', name: 'pf-pod', uid: 'u' } }]]);
  // After the PF moved, the rescan sees its VFs without a PF netdev name.
  const { pfName: _a, ...vf0Now } = vf0;
  const { pfName: _b, ...vf1Now } = vf1;
  const during = buildCatalog({ scanned: [vf0Now, vf1Now], uplinkIfIndexes: [], attached });
  const consumes = [{ counterSet: pfEntry.device.name, counters: { vfs: 1 } }];
  expect(withSriovCounters(during.entries).devices.filter((device) => device.name !== pfEntry.device.name).map((device) => device.consumesCounters)).toEqual([consumes, consumes]);
  const renamed = buildCatalog({ scanned: [{ ...pf, ifName: 'ens1f0np0' }, vf0, vf1], uplinkIfIndexes: [], attached: new Map() });
  expect(withSriovCounters(renamed.entries).counterSets).toEqual([{ name: pfEntry.device.name, counters: { vfs: 2 } }]);
});

import { buildCatalog } from './catalog.ts';
import { withSriovCounters } from './sriov-counters.ts';
import { fakePciNic } from '../../testing/devices.ts';

const pf = fakePciNic('ens1f0', '0000:05:00.0', { sriovTotalVfs: 8, sriovNumVfs: 2 });
const vf0 = fakePciNic('ens1f0v0', '0000:05:00.2', { isSriovVf: true, pfName: 'ens1f0', vfIndex: 0 });
const vf1 = fakePciNic('ens1f0v1', '0000:05:00.3', { isSriovVf: true, pfName: 'ens1f0', vfIndex: 1 });
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

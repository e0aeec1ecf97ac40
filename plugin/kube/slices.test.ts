import type { PublishedDevice } from '../inventory/published-device.ts';
import { desiredSlices, fromResourceSlice, isPoolCurrent, partitionDevices, planPool, sliceName, toResourceSlice, type ExistingSlice, type PoolIdentity } from './slices.ts';

const pool: PoolIdentity = { driverName: 'netclaim.io', nodeName: 'node-a', owner: { name: 'node-a', uid: 'node-uid' } };
const device = (name: string, mtu = 1500): PublishedDevice => ({ name, attributes: { ifName: { string: name }, mtu: { int: mtu }, virtual: { bool: true } } });
const devices = (count: number) => Array.from({ length: count }, (_, index) => device(`d${String(index).padStart(4, '0')}`));

function existingFrom(desired: ReturnType<typeof desiredSlices>, generation: number): ExistingSlice[] {
  return desired.map((slice, index) => ({ name: slice.name, resourceVersion: String(index + 1), generation, resourceSliceCount: desired.length, ownerUid: 'node-uid', devices: slice.devices }));
}

describe('slice partitioning', () => {
  it('keeps at most 128 devices per slice and always at least one slice', () => {
    expect(partitionDevices(devices(300)).map((chunk) => chunk.length)).toEqual([128, 128, 44]);
    expect(partitionDevices(devices(128)).map((chunk) => chunk.length)).toEqual([128]);
    expect(partitionDevices([])).toEqual([[]]);
  });

  it('orders devices by name so the same devices always land in the same slices', () => {
    const shuffled = [...devices(5)].reverse();
    expect(partitionDevices(shuffled, 2).map((chunk) => chunk.map((d) => d.name))).toEqual([['d0000', 'd0001'], ['d0002', 'd0003'], ['d0004']]);
  });

  it('names slices after node and driver, within DNS subdomain length', () => {
    expect(sliceName(pool, 2)).toBe('node-a-netclaim-io-2');
    expect(sliceName({ driverName: 'netclaim.io', nodeName: 'n'.repeat(253) }, 0).length).toBeLessThanOrEqual(253);
  });
});

describe('shared counters (KEP-4815)', () => {
  const sets = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `pf${index}`, counters: { vfs: 2 } }));
  const consuming = (name: string) => ({ ...device(name), consumesCounters: [{ counterSet: 'pf0', counters: { vfs: 1 } }] });

  it('puts counter sets in slices of their own, 8 to a slice, after the device slices', () => {
    const desired = desiredSlices(pool, devices(2), sets(9));
    expect(desired.map((slice) => [slice.name, slice.devices.length, slice.sharedCounters?.length])).toEqual([
      ['node-a-netclaim-io-0', 2, undefined], ['node-a-netclaim-io-counters-0', 0, 8], ['node-a-netclaim-io-counters-1', 0, 1],
    ]);
    expect(toResourceSlice(pool, desired[1]!, 1, 3).spec).not.toHaveProperty('devices');
  });

  it('takes 64 devices to a slice once one consumes counters', () => {
    expect(desiredSlices(pool, [...devices(100), consuming('vf')]).map((slice) => slice.devices.length)).toEqual([64, 37]);
  });

  it('reads counters back as it wrote them, so an unchanged pool is current; a changed count is not', () => {
    const desired = desiredSlices(pool, [consuming('vf0')], sets(1));
    const existing = desired.map((slice, index) => ({ ...fromResourceSlice(toResourceSlice(pool, slice, 3, desired.length)), resourceVersion: String(index) }));
    expect(isPoolCurrent(pool, desired, existing)).toBe(true);
    expect(isPoolCurrent(pool, desiredSlices(pool, [consuming('vf0')], [{ name: 'pf0', counters: { vfs: 3 } }]), existing)).toBe(false);
    expect(isPoolCurrent(pool, desiredSlices(pool, [device('vf0')], sets(1)), existing)).toBe(false);
  });
});

describe('pool planning', () => {
  it('creates every slice with generation 1 for an empty pool', () => {
    const plan = planPool(pool, desiredSlices(pool, devices(300)), [], 0);
    expect(plan?.generation).toBe(1);
    expect(plan?.creates.map((slice) => slice.name)).toEqual(['node-a-netclaim-io-0', 'node-a-netclaim-io-1', 'node-a-netclaim-io-2']);
    expect(plan?.updates).toEqual([]);
  });

  it('does nothing when the pool already says the same', () => {
    const desired = desiredSlices(pool, devices(3));
    expect(planPool(pool, desired, existingFrom(desired, 4), 4)).toBeUndefined();
  });

  it('rewrites every slice with a higher generation on any change and deletes obsolete slices', () => {
    const before = desiredSlices(pool, devices(300));
    const after = desiredSlices(pool, devices(100));
    const plan = planPool(pool, after, existingFrom(before, 7), 7)!;
    expect(plan.generation).toBe(8);
    expect(plan.updates.map((slice) => slice.name)).toEqual(['node-a-netclaim-io-0']);
    expect(plan.deletes).toEqual(['node-a-netclaim-io-1', 'node-a-netclaim-io-2']);
  });

  it('treats mixed generations, a wrong slice count, a missing owner or changed attributes as stale', () => {
    const desired = desiredSlices(pool, devices(3));
    const current = existingFrom(desired, 2);
    expect(isPoolCurrent(pool, desired, current)).toBe(true);
    expect(isPoolCurrent(pool, desired, [{ ...current[0]!, resourceSliceCount: 2 }])).toBe(false);
    expect(isPoolCurrent(pool, desired, [{ ...current[0]!, ownerUid: undefined }])).toBe(false);
    expect(isPoolCurrent(pool, desiredSlices(pool, [device('d0000', 9000), ...devices(3).slice(1)]), current)).toBe(false);
    const two = desiredSlices(pool, devices(200));
    expect(isPoolCurrent(pool, two, [existingFrom(two, 1)[0]!, existingFrom(two, 2)[1]!])).toBe(false);
  });

  it('keeps the generation rising after the pool was wiped', () => {
    expect(planPool(pool, desiredSlices(pool, devices(1)), [], 5)?.generation).toBe(6);
  });
});

describe('wire conversion', () => {
  it('writes int attributes as {int} and reads them back', () => {
    const [slice] = desiredSlices(pool, [device('eth1', 9000)]);
    const typed = toResourceSlice(pool, slice!, 3, 1, '42');
    expect(typed.spec.devices?.[0]?.attributes?.mtu).toEqual({ int: 9000 });
    expect(typed.metadata?.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Node', name: 'node-a', uid: 'node-uid', controller: true }]);
    expect(fromResourceSlice(typed)).toEqual({ name: slice!.name, resourceVersion: '42', generation: 3, resourceSliceCount: 1, ownerUid: 'node-uid', devices: [device('eth1', 9000)] });
  });
});

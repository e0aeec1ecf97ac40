import { dropDisabledConsumableCapacity, validateAllocationShares, validateDeviceCapacity } from './consumable-capacity.ts';
import type { Json } from './patch.ts';

type JsonObject = { [key: string]: Json };
const shared = (capacity: JsonObject): JsonObject => ({ name: 'd', allowMultipleAllocations: true, capacity });
const range = (value: string, policy: JsonObject) => shared({ bw: { value, requestPolicy: policy } });

describe('fake API server: consumable capacity validation, as upstream', () => {
  it('accepts the policies netclaim publishes', () => {
    expect(validateDeviceCapacity(shared({
      'netclaim.io/interfaces': { value: '32', requestPolicy: { default: '1', validValues: ['1'] } },
      'netclaim.io/bandwidth': { value: '10G', requestPolicy: { default: '0', validRange: { min: '0', step: '1M' } } },
    }), 'spec.devices[0]')).toEqual([]);
  });

  it('refuses a request policy on a device that does not allow multiple allocations', () => {
    expect(validateDeviceCapacity({ name: 'd', capacity: { bw: { value: '1G', requestPolicy: { default: '0', validRange: { min: '0' } } } } }, 'p'))
      .toEqual(['p.capacity[bw].requestPolicy: Forbidden: allowMultipleAllocations must be true']);
  });

  it.each([
    ['both policies', range('1G', { default: '1', validValues: ['1'], validRange: { min: '0' } }), /Forbidden: exactly one policy/],
    ['no default', range('1G', { validRange: { min: '0' } }), /default: Required value/],
    ['default below min', range('1G', { default: '1', validRange: { min: '2' } }), /default is less than min/],
    ['max above capacity', range('1G', { default: '1', validRange: { min: '0', max: '2G' } }), /max is larger than capacity/],
    ['default off step', range('1G', { default: '3', validRange: { min: '0', step: '2' } }), /not a multiple of a given step/],
    ['one step beyond capacity', range('10', { default: '0', validRange: { min: '5', step: '6' } }), /one step is larger than capacity/],
    ['default not a valid value', range('10', { default: '3', validValues: ['1', '2'] }), /default value is not valid/],
    ['values not ascending', range('10', { default: '1', validValues: ['2', '1'] }), /sorted in ascending order/],
    ['value above capacity', range('10', { default: '1', validValues: ['1', '20'] }), /option is larger than capacity/],
    ['not a quantity', shared({ bw: { value: '10 G' } }), /value: Invalid value: "10 G": must be a quantity/],
  ])('refuses %s', (_what, device, problem) => {
    expect(validateDeviceCapacity(device, 'p').join('\n')).toMatch(problem);
  });

  it('checks share IDs and consumed capacities of allocation results', () => {
    const claim = (result: JsonObject): JsonObject => ({ status: { allocation: { devices: { results: [{ request: 'r', driver: 'x', pool: 'p', device: 'd', ...result }] } } } });
    expect(validateAllocationShares(claim({ shareID: '0b5c1a9e-58e3-4cc4-9a4c-7b2d0f0b5a11', consumedCapacity: { 'x/bandwidth': '100M' } }))).toEqual([]);
    expect(validateAllocationShares(claim({ shareID: 'share-1' }))).toEqual(['status.allocation.devices.results[0].shareID: Invalid value: must be a valid UUID']);
    expect(validateAllocationShares(claim({ consumedCapacity: { 'x/bandwidth': 'lots' } }))[0]).toMatch(/consumedCapacity\[x\/bandwidth\]: Invalid value/);
    const asking = (value: string): JsonObject => ({ spec: { devices: { requests: [{ name: 'r', exactly: { deviceClassName: 'c', capacity: { requests: { 'x/bandwidth': value } } } }] } } });
    expect(validateAllocationShares(asking('100M'))).toEqual([]);
    expect(validateAllocationShares(asking('100 M'))).toEqual(['spec.devices.requests[0].exactly.capacity.requests[x/bandwidth]: Invalid value: "100 M": must be a quantity']);
  });

  it('with the feature off, drops its fields on write unless the stored object uses them already', () => {
    const slice = (): JsonObject & { spec: { devices: JsonObject[] } } => ({ spec: { devices: [shared({ bw: { value: '1G', requestPolicy: { default: '0', validRange: { min: '0' } } } })] } });
    const fresh = slice();
    dropDisabledConsumableCapacity('ResourceSlice', fresh, undefined, false);
    expect(fresh.spec.devices[0]).toEqual({ name: 'd', capacity: { bw: { value: '1G' } } });
    const kept = slice();
    dropDisabledConsumableCapacity('ResourceSlice', kept, slice(), false);
    expect(kept).toEqual(slice());
    const on = slice();
    dropDisabledConsumableCapacity('ResourceSlice', on, undefined, true);
    expect(on).toEqual(slice());
  });
});

import type { Json } from './patch.ts';
import { resourceTypeByKind } from './resources.ts';
import { ApiError, ObjectStore } from './store.ts';

const sliceType = resourceTypeByKind('resource.k8s.io/v1', 'ResourceSlice')!;
type JsonObject = { [key: string]: Json };

let names = 0;
function slice(spec: JsonObject): JsonObject {
  return { metadata: { name: `node-a-netclaim-io-${names++}` }, spec: { driver: 'netclaim.io', nodeName: 'node-a', pool: { name: 'node-a', generation: 1, resourceSliceCount: 2 }, ...spec } };
}
const counters = (sets: Json): JsonObject => slice({ sharedCounters: sets });
const consuming = (consumesCounters: Json, extra: JsonObject = {}): JsonObject => slice({ devices: [{ name: 'vf0', attributes: {}, consumesCounters, ...extra }] });

function refusal(store: ObjectStore, object: JsonObject): string {
  try {
    store.create(sliceType, undefined, object);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return ((error as ApiError).details?.causes as Array<{ message: string }> | undefined)?.map((cause) => cause.message).join('\n') ?? (error as Error).message;
  }
  return '';
}

describe('partitionable devices (shared counters) in the fake API server', () => {
  test('feature off (the default): counter sets and consumed counters are dropped and the write succeeds', () => {
    const store = new ObjectStore();
    const set = store.create(sliceType, undefined, counters([{ name: 'pf0', counters: { vfs: { value: '2' } } }]));
    expect((set.spec as JsonObject).sharedCounters).toBeUndefined();
    const device = store.create(sliceType, undefined, consuming([{ counterSet: 'pf0', counters: { vfs: { value: '1' } } }]));
    expect(((device.spec as JsonObject).devices as JsonObject[])[0]).toEqual({ name: 'vf0', attributes: {} });
  });

  test('feature on: a counter slice and a consuming device slice are kept as written', () => {
    const store = new ObjectStore({ features: { partitionableDevices: true } });
    const sets = [{ name: 'pf0', counters: { vfs: { value: '2' } } }];
    expect((store.create(sliceType, undefined, counters(sets)).spec as JsonObject).sharedCounters).toEqual(sets);
    const consumption = [{ counterSet: 'pf0', counters: { vfs: { value: '1' } } }];
    expect((((store.create(sliceType, undefined, consuming(consumption)).spec as JsonObject).devices as JsonObject[])[0])!.consumesCounters).toEqual(consumption);
  });

  test.each([
    ['counters and devices in one slice (1.35)', slice({ sharedCounters: [{ name: 'pf0', counters: { vfs: { value: '1' } } }], devices: [] }), 'spec: Invalid value: "": only one of `sharedCounters` or `devices` is allowed'],
    ['more than 8 counter sets', counters(Array.from({ length: 9 }, (_, i) => ({ name: `s${i}`, counters: { c: { value: '1' } } }))), 'spec.sharedCounters: Too many: 9: must have at most 8 items'],
    ['a set without counters', counters([{ name: 'pf0', counters: {} }]), 'spec.sharedCounters[0].counters: Required value'],
    ['a set name that is no DNS label', counters([{ name: 'PF_0', counters: { vfs: { value: '1' } } }]), 'spec.sharedCounters[0].name: Invalid value: "PF_0": must be a DNS label'],
    ['a set twice', counters([{ name: 'a', counters: { c: { value: '1' } } }, { name: 'a', counters: { c: { value: '1' } } }]), 'spec.sharedCounters[1]: Duplicate value: "a"'],
    ['33 counters in a set', counters([{ name: 'a', counters: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`c${i}`, { value: '1' }])) }]), 'spec.sharedCounters[0].counters: Too many: 33: must have at most 32 items'],
    ['a counter value that is no quantity', counters([{ name: 'a', counters: { c: { value: 'lots' } } }]), 'spec.sharedCounters[0].counters[c].value: Invalid value: "lots": must be a quantity'],
    ['three consumptions', consuming(['a', 'b', 'c'].map((counterSet) => ({ counterSet, counters: { c: { value: '1' } } }))), 'spec.devices[0].consumesCounters: Too many: 3: must have at most 2 items'],
    ['one counter set consumed twice', consuming(['a', 'a'].map((counterSet) => ({ counterSet, counters: { c: { value: '1' } } }))), 'spec.devices[0].consumesCounters[1]: Duplicate value: "a"'],
    ['a consumption without a set', consuming([{ counters: { c: { value: '1' } } }]), 'spec.devices[0].consumesCounters[0].counterSet: Required value'],
    ['65 devices consuming counters', slice({ devices: Array.from({ length: 65 }, (_, i) => ({ name: `d${i}`, attributes: {}, consumesCounters: [{ counterSet: 'a', counters: { c: { value: '1' } } }] })) }), 'spec.devices: Too many: 65: must have at most 64 items'],
  ])('feature on: refuses %s', (_what, object, message) => {
    expect(refusal(new ObjectStore({ features: { partitionableDevices: true } }), object)).toContain(message);
  });
});

describe('partitionable devices with 1.34\'s rules', () => {
  const store = () => new ObjectStore({ features: { partitionableDevices: '1.34' } });

  test('counter sets beside the devices that consume them are kept', () => {
    const object = slice({ sharedCounters: [{ name: 'pf0', counters: { vfs: { value: '1' } } }], devices: [{ name: 'vf0', attributes: {}, consumesCounters: [{ counterSet: 'pf0', counters: { vfs: { value: '1' } } }] }] });
    expect(refusal(store(), object)).toBe('');
  });

  test('a device consuming from a counter set of another slice is refused (1.35\'s shape)', () => {
    expect(refusal(store(), consuming([{ counterSet: 'pf0', counters: { vfs: { value: '1' } } }])))
      .toContain('spec.devices[0].consumesCounters[0].counterSet: Invalid value: "pf0": must reference a counterSet defined in the ResourceSlice sharedCounters');
  });
});

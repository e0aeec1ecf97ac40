import type { Json } from './patch.ts';
import { resourceTypeByKind } from './resources.ts';
import { ApiError, ObjectStore } from './store.ts';

const sliceType = resourceTypeByKind('resource.k8s.io/v1', 'ResourceSlice')!;

function slice(taints: Json): { [key: string]: Json } {
  return {
    metadata: { name: 'node-a-netclaim-io-0' },
    spec: { driver: 'netclaim.io', nodeName: 'node-a', pool: { name: 'node-a', generation: 1, resourceSliceCount: 1 }, devices: [{ name: 'eth1', attributes: {}, taints }] },
  };
}

const taintsOf = (object: { [key: string]: Json }) => (object.spec as { devices: Array<{ taints?: unknown }> }).devices[0]!.taints;

describe('device taints in the fake API server', () => {
  test('feature off (the default): the field is dropped and the write succeeds, as the real server does', () => {
    const store = new ObjectStore();
    const created = store.create(sliceType, undefined, slice([{ key: 'netclaim.io/unhealthy', value: 'CarrierLost', effect: 'NoSchedule' }]));
    expect(taintsOf(created)).toBeUndefined();
    // Even an invalid taint is dropped before validation could see it.
    expect(taintsOf(store.create(sliceType, undefined, { ...slice([{ effect: 'Sometimes' }]), metadata: { name: 'other' } }))).toBeUndefined();
  });

  test('feature on: kept, timeAdded set when missing', () => {
    const store = new ObjectStore({ features: { deviceTaints: true } });
    const created = store.create(sliceType, undefined, slice([{ key: 'netclaim.io/unhealthy', value: 'CarrierLost', effect: 'NoSchedule' }]));
    expect(taintsOf(created)).toEqual([{ key: 'netclaim.io/unhealthy', value: 'CarrierLost', effect: 'NoSchedule', timeAdded: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) }]);
  });

  test('feature on: key, value and effect are validated, and at most 4 taints per device', () => {
    const store = new ObjectStore({ features: { deviceTaints: true } });
    const refusal = (taints: Json): string[] => {
      try {
        store.create(sliceType, undefined, slice(taints));
      } catch (error) {
        expect(error).toBeInstanceOf(ApiError);
        return ((error as ApiError).details?.causes as Array<{ message: string }> | undefined)?.map((cause) => cause.message) ?? [(error as Error).message];
      }
      return [];
    };
    expect(refusal([{ key: 'bad key!', value: 'x'.repeat(64), effect: 'Sometimes' }]).join('\n')).toMatch(
      /taints\[0\]\.key: Invalid value: "bad key!"[\s\S]*taints\[0\]\.value: Invalid value[\s\S]*taints\[0\]\.effect: Unsupported value: "Sometimes"/);
    expect(refusal([{ value: 'x' }]).join('\n')).toMatch(/taints\[0\]\.key: Required value[\s\S]*taints\[0\]\.effect: Required value/);
    const five = Array.from({ length: 5 }, (_, i) => ({ key: `netclaim.io/t${i}`, effect: 'NoSchedule' }));
    expect(refusal(five).join('\n')).toMatch(/taints: Too many: 5: must have at most 4 items/);
    expect(refusal([{ key: 'example.com/k', effect: 'NoExecute' }])).toEqual([]);
  });
});

import { claimStatusApplyPatch, claimStatusDevices, claimStatusNotReady } from './claim-status.ts';

const now = new Date('2026-12-02T05:06:07.891Z');
const result = { device: 'eth1', interfaceName: 'net1', mtu: 9000, ips: ['10.0.0.2/24', '2001:db8::2/64'], hardwareAddress: '02:00:00:00:00:01' };

test('an attached device is Ready and NetworkReady with its network data, at second precision', () => {
  expect(claimStatusDevices('netclaim.io', [{ pool: 'node-a', device: 'eth1', result }], now)).toEqual([{
    driver: 'netclaim.io', pool: 'node-a', device: 'eth1',
    conditions: [
      { type: 'Ready', status: 'True', reason: 'NetworkDeviceAttached', message: 'eth1 is net1 in the pod', lastTransitionTime: '2026-12-02T05:06:07Z' },
      { type: 'NetworkReady', status: 'True', reason: 'NetworkConfigured', message: 'mtu 9000, 2 address(es)', lastTransitionTime: '2026-12-02T05:06:07Z' },
    ],
    networkData: { interfaceName: 'net1', ips: ['10.0.0.2/24', '2001:db8::2/64'], hardwareAddress: '02:00:00:00:00:01' },
  }]);
  expect(claimStatusDevices('netclaim.io', [{ pool: 'node-a', device: 'eth1', result }], now, 'NetworkDeviceAttachedLate')[0]!.conditions[0]!.reason).toBe('NetworkDeviceAttachedLate');
});

test('a device not in the pod is not ready, says why, and has no network data', () => {
  const [entry] = claimStatusNotReady('netclaim.io', [{ pool: 'node-a', device: 'eth1' }], 'NetworkDeviceAttachFailed', 'x'.repeat(5000), now);
  expect(entry!.conditions.map((c) => [c.type, c.status, c.reason, c.message.length])).toEqual([
    ['Ready', 'False', 'NetworkDeviceAttachFailed', 1024],
    ['NetworkReady', 'False', 'NetworkDeviceAttachFailed', 1024],
  ]);
  expect(entry).not.toHaveProperty('networkData');
});

test('the apply body names only the claim and the devices given (none: our entries go)', () => {
  expect(claimStatusApplyPatch({ namespace: 'ns', name: 'c' }, [])).toEqual({
    apiVersion: 'resource.k8s.io/v1', kind: 'ResourceClaim', metadata: { name: 'c', namespace: 'ns' }, status: { devices: [] },
  });
});

test('a child of a shared parent is named by its share ID too, ready or not', () => {
  const share = '0b5c1a9e-58e3-4cc4-9a4c-7b2d0f0b5a11';
  expect(claimStatusDevices('netclaim.io', [{ pool: 'node-a', device: 'eth1', shareId: share, result }], now)[0]).toMatchObject({ device: 'eth1', shareID: share });
  expect(claimStatusNotReady('netclaim.io', [{ pool: 'node-a', device: 'eth1', shareId: share }], 'NetworkDeviceAttachFailed', 'boom', now)[0]).toMatchObject({ device: 'eth1', shareID: share });
});

import { ApplyConflict, serverSideApply, type FieldOwners } from './apply.ts';
import type { Json } from './patch.ts';

const claim = (): { [key: string]: Json } => ({
  apiVersion: 'resource.k8s.io/v1',
  kind: 'ResourceClaim',
  metadata: { name: 'c', namespace: 'default' },
  spec: { devices: { requests: [{ name: 'nic' }] } },
});

function deviceStatus(driver: string, device: string, ready: string, extra: { [key: string]: Json } = {}): Json {
  return { driver, pool: 'node-a', device, conditions: [{ type: 'Ready', status: ready, reason: 'R', message: '', lastTransitionTime: '2026-01-01T00:00:00Z' }], ...extra };
}

function applyStatus(live: { [key: string]: Json }, owners: FieldOwners, manager: string, devices: Json[], force = false) {
  return serverSideApply({ live, owners, manager, force, fieldRoots: ['status'], config: { status: { devices } } });
}

describe('server-side apply', () => {
  it('lets two managers own their own device entries in a keyed list', () => {
    const first = applyStatus(claim(), new Map(), 'netclaim.io', [deviceStatus('netclaim.io', 'eth1', 'True')]);
    const second = applyStatus(first.object, first.owners, 'gpu.example.com', [deviceStatus('gpu.example.com', 'gpu0', 'True')]);
    const devices = (second.object.status as { devices: { driver: string }[] }).devices;
    expect(devices.map((device) => device.driver)).toEqual(['netclaim.io', 'gpu.example.com']);
    expect(second.object.spec).toEqual(claim().spec);
  });

  it('updates in place and removes fields the manager stops applying', () => {
    const first = applyStatus(claim(), new Map(), 'netclaim.io', [
      deviceStatus('netclaim.io', 'eth1', 'False', { networkData: { interfaceName: 'net1', ips: ['10.0.0.2/24'] } }),
      deviceStatus('netclaim.io', 'eth2', 'True'),
    ]);
    const second = applyStatus(first.object, first.owners, 'netclaim.io', [deviceStatus('netclaim.io', 'eth1', 'True')]);
    const devices = (second.object.status as { devices: { device: string; networkData?: unknown; conditions: { status: string }[] }[] }).devices;
    expect(devices).toHaveLength(1);
    expect(devices[0]!.device).toBe('eth1');
    expect(devices[0]!.networkData).toBeUndefined();
    expect(devices[0]!.conditions[0]!.status).toBe('True');
  });

  it('reports a conflict on a field another manager owns with a different value, and force takes it over', () => {
    const first = applyStatus(claim(), new Map(), 'netclaim.io', [deviceStatus('netclaim.io', 'eth1', 'True')]);
    expect(() => applyStatus(first.object, first.owners, 'intruder', [deviceStatus('netclaim.io', 'eth1', 'False')])).toThrow(ApplyConflict);
    const forced = applyStatus(first.object, first.owners, 'intruder', [deviceStatus('netclaim.io', 'eth1', 'False')], true);
    const devices = (forced.object.status as { devices: { conditions: { status: string }[] }[] }).devices;
    expect(devices[0]!.conditions[0]!.status).toBe('False');
    expect(forced.owners.get('intruder')?.size).toBeGreaterThan(0);
    const conditionStatusOwnedByFirst = [...(forced.owners.get('netclaim.io') ?? [])].some((id) => id.includes('"conditions"') && id.endsWith('"status"]'));
    expect(conditionStatusOwnedByFirst).toBe(false);
  });

  it('applying the same value as another manager shares ownership instead of conflicting', () => {
    const first = applyStatus(claim(), new Map(), 'a', [deviceStatus('netclaim.io', 'eth1', 'True')]);
    const second = applyStatus(first.object, first.owners, 'b', [deviceStatus('netclaim.io', 'eth1', 'True')]);
    const dropped = applyStatus(second.object, second.owners, 'a', []);
    expect((dropped.object.status as { devices: unknown[] }).devices).toHaveLength(1);
  });

  it('ignores fields outside its roots', () => {
    const result = serverSideApply({ live: claim(), owners: new Map(), manager: 'm', force: false, fieldRoots: ['status'], config: { spec: { changed: true }, status: { x: 1 } } });
    expect(result.object.spec).toEqual(claim().spec);
    expect(result.object.status).toEqual({ x: 1 });
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draHealthV1alpha1, draV1, draV1beta1, registration } from './index.ts';

const here = new URL('.', import.meta.url).pathname;

test('the committed generated code is what nri-proto/generate.sh makes from the .proto files', async () => {
  const out = await mkdtemp(join(tmpdir(), 'netclaim-kubelet-proto-'));
  try {
    execFileSync('bash', [join(here, '..', 'generate.sh'), 'kubelet', out]);
    for (const file of ['kubelet.js', 'kubelet.d.ts']) {
      expect(await readFile(join(out, file), 'utf8')).toBe(await readFile(join(here, 'generated', file), 'utf8'));
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('field numbers match the kubelet API: hand-encoded bytes decode to the named fields', () => {
  // Claim{1 namespace "ns", 2 uid "u", 3 name "n"}
  const claim = draV1.Claim.decode(Buffer.from([0x0a, 2, 0x6e, 0x73, 0x12, 1, 0x75, 0x1a, 1, 0x6e]));
  expect({ ...claim }).toEqual({ namespace: 'ns', uid: 'u', name: 'n' });
  // Device{1 request_names "r", 2 pool_name "p", 3 device_name "d", 4 cdi_device_ids "c", 5 share_id "s"}
  const device = draV1.Device.decode(Buffer.from([0x0a, 1, 0x72, 0x12, 1, 0x70, 0x1a, 1, 0x64, 0x22, 1, 0x63, 0x2a, 1, 0x73]));
  expect({ ...device }).toEqual({ request_names: ['r'], pool_name: 'p', device_name: 'd', cdi_device_ids: ['c'], share_id: 's' });
  // PluginInfo{1 type, 2 name, 3 endpoint, 4 supported_versions}
  const info = registration.PluginInfo.decode(Buffer.from([0x0a, 1, 0x74, 0x12, 1, 0x6e, 0x1a, 1, 0x65, 0x22, 1, 0x76]));
  expect({ ...info }).toEqual({ type: 't', name: 'n', endpoint: 'e', supported_versions: ['v'] });
  // RegistrationStatus{1 plugin_registered true, 2 error "x"}
  expect({ ...registration.RegistrationStatus.decode(Buffer.from([0x08, 1, 0x12, 1, 0x78])) }).toEqual({ plugin_registered: true, error: 'x' });
  // DeviceHealth{1 device{1 pool_name "p", 2 device_name "d"}, 2 health UNHEALTHY, 3 last_updated_time 300, 4 health_check_timeout_seconds 30, 5 message "m"}
  const health = draHealthV1alpha1.DeviceHealth.decode(Buffer.from([0x0a, 6, 0x0a, 1, 0x70, 0x12, 1, 0x64, 0x10, 2, 0x18, 0xac, 0x02, 0x20, 30, 0x2a, 1, 0x6d]));
  // int64 decodes as a Long when the long package is present: compare as numbers.
  expect({ ...health, device: { ...health.device }, last_updated_time: Number(health.last_updated_time), health_check_timeout_seconds: Number(health.health_check_timeout_seconds) }).toEqual({
    device: { pool_name: 'p', device_name: 'd' }, health: draHealthV1alpha1.HealthStatus.UNHEALTHY, last_updated_time: 300, health_check_timeout_seconds: 30, message: 'm',
  });
  expect(draHealthV1alpha1.HealthStatus).toMatchObject({ UNKNOWN: 0, HEALTHY: 1, UNHEALTHY: 2 });
});

test('a v1 response without share_id decodes as v1beta1 and back: one implementation serves both', () => {
  const v1 = draV1.NodePrepareResourcesResponse.encode({
    claims: { 'uid-1': { devices: [{ request_names: ['nic'], pool_name: 'node-a', device_name: 'eth1', cdi_device_ids: [] }], error: '' } },
  }).finish();
  const beta = draV1beta1.NodePrepareResourcesResponse.decode(v1);
  expect(beta.claims?.['uid-1']?.devices?.[0]).toMatchObject({ request_names: ['nic'], pool_name: 'node-a', device_name: 'eth1' });
  expect(Buffer.from(draV1beta1.NodePrepareResourcesResponse.encode(beta).finish())).toEqual(Buffer.from(v1));
});

import { allocatedClaim, TEST_DRIVER, TEST_POOL } from '../../testing/claims.ts';
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { createKubeClients, serverSideApply } from '../kube/client.ts';
import { createLogger } from '../log.ts';
import { ApiReporter } from './api-reporter.ts';
import { claimStatusDevices, claimStatusNotReady } from './claim-status.ts';

const logger = createLogger({}, { level: 'error' });
const result = { device: 'eth1', interfaceName: 'net1', mtu: 1500, ips: ['10.0.0.2/24'], hardwareAddress: '02:00:00:00:00:01' };

describe('ApiReporter against the API server', () => {
  let api: FakeApiServer;
  let reporter: ApiReporter;
  beforeEach(async () => {
    api = await FakeApiServer.start();
    const kube = createKubeClients({ kubeconfig: api.kubeconfigPath });
    reporter = new ApiReporter({ resource: kube.resource, core: kube.core, driverName: TEST_DRIVER, nodeName: TEST_POOL, logger });
  });
  afterEach(async () => {
    await reporter.flush(1000);
    await api.stop();
  });

  function seedClaim(name: string) {
    const claim = allocatedClaim({ name, devices: ['eth1'] });
    const created = api.seed(claim);
    api.replace({ ...created, status: claim.status });
    return { namespace: 'default', name, uid: String(created.metadata.uid) };
  }
  const statusOf = (name: string) => api.read('resource.k8s.io/v1', 'ResourceClaim', name, 'default')?.status as { devices?: Array<{ driver: string; conditions: Array<{ type: string; status: string; reason: string }>; networkData?: unknown }> };

  test('writes the claim status as the driver, replaces it, and removes only its own entries at unprepare', async () => {
    const claim = seedClaim('c1');
    // Another driver's entry in the same claim stays untouched throughout.
    await createKubeClients({ kubeconfig: api.kubeconfigPath }).resource.patchNamespacedResourceClaimStatus({
      namespace: 'default', name: 'c1', fieldManager: 'gpu.example.com', force: true,
      body: { apiVersion: 'resource.k8s.io/v1', kind: 'ResourceClaim', metadata: { name: 'c1', namespace: 'default' }, status: { devices: [{ driver: 'gpu.example.com', pool: TEST_POOL, device: 'gpu0' }] } },
    }, serverSideApply);

    reporter.claimStatus(claim, claimStatusNotReady(TEST_DRIVER, [{ pool: TEST_POOL, device: 'eth1' }], 'NetworkDeviceAttachFailed', 'boom', new Date()));
    await reporter.flush();
    expect(statusOf('c1').devices?.find((d) => d.driver === TEST_DRIVER)).toMatchObject({ conditions: [{ type: 'Ready', status: 'False', reason: 'NetworkDeviceAttachFailed' }, { type: 'NetworkReady', status: 'False' }] });

    reporter.claimStatus(claim, claimStatusDevices(TEST_DRIVER, [{ pool: TEST_POOL, device: 'eth1', result }], new Date(), 'NetworkDeviceAttachedLate'));
    await reporter.flush();
    const ours = statusOf('c1').devices?.find((d) => d.driver === TEST_DRIVER);
    expect(ours?.conditions.map((c) => `${c.type}=${c.status} ${c.reason}`)).toEqual(['Ready=True NetworkDeviceAttachedLate', 'NetworkReady=True NetworkConfigured']);
    expect(ours?.networkData).toEqual({ interfaceName: 'net1', ips: ['10.0.0.2/24'], hardwareAddress: '02:00:00:00:00:01' });

    reporter.clearClaimStatus(claim);
    await reporter.flush();
    expect(statusOf('c1').devices).toEqual([{ driver: 'gpu.example.com', pool: TEST_POOL, device: 'gpu0' }]);
  });

  test('clearing the status of a claim already deleted is nothing to do', async () => {
    const lines: string[] = [];
    const kube = createKubeClients({ kubeconfig: api.kubeconfigPath });
    const quiet = new ApiReporter({ resource: kube.resource, core: kube.core, driverName: TEST_DRIVER, nodeName: TEST_POOL, logger: createLogger({}, { write: (line) => lines.push(line) }) });
    quiet.clearClaimStatus({ namespace: 'default', name: 'gone', uid: 'u' });
    await quiet.flush();
    expect(lines.filter((line) => line.includes('"level":"error"'))).toEqual([]);
  });

  test('records one Warning Event on the pod and on each claim', async () => {
    const claim = seedClaim('c2');
    reporter.warning({ namespace: 'default', name: 'web', uid: 'pod-uid' }, [claim], 'NetworkDeviceAttachFailed', 'it failed');
    await reporter.flush();
    const events = api.list('v1', 'Event', 'default').map((event) => ({ ...(event.involvedObject as object), reason: event.reason, type: event.type, message: event.message }));
    expect(events).toEqual(expect.arrayContaining([
      { kind: 'Pod', apiVersion: 'v1', namespace: 'default', name: 'web', uid: 'pod-uid', reason: 'NetworkDeviceAttachFailed', type: 'Warning', message: 'it failed' },
      { kind: 'ResourceClaim', apiVersion: 'resource.k8s.io/v1', namespace: 'default', name: 'c2', uid: claim.uid, reason: 'NetworkDeviceAttachFailed', type: 'Warning', message: 'it failed' },
    ]));
    expect(events).toHaveLength(2);
  });

  test('NetworkReady follows the carrier: only that condition changes, flaps during a write coalesce into one more write', async () => {
    const claim = seedClaim('c3');
    const attachedAt = new Date('2026-12-02T05:00:00Z');
    reporter.claimStatus(claim, claimStatusDevices(TEST_DRIVER, [{ pool: TEST_POOL, device: 'eth1', result }], attachedAt));
    const lost = { pool: TEST_POOL, device: 'eth1', status: 'False' as const, reason: 'CarrierLost', message: 'net1 has no carrier (operstate down)', at: new Date('2026-12-02T05:01:00Z') };
    const back = { ...lost, status: 'True' as const, reason: 'CarrierUp', message: 'net1 is up with carrier', at: new Date('2026-12-02T05:01:02Z') };
    api.resetRequestCounts();
    // Queued behind the attach's write, in order: the three changes go out as one write.
    reporter.networkReady(claim, lost);
    reporter.networkReady(claim, back);
    reporter.networkReady(claim, lost);
    await reporter.flush();
    expect(api.requestCounts()['patch resourceclaims/status']).toBe(2);
    const ours = statusOf('c3').devices?.find((d) => d.driver === TEST_DRIVER) as unknown as { conditions: Array<Record<string, string>>; networkData: unknown };
    expect(ours.conditions).toEqual([
      { type: 'Ready', status: 'True', reason: 'NetworkDeviceAttached', message: 'eth1 is net1 in the pod', lastTransitionTime: '2026-12-02T05:00:00Z' },
      { type: 'NetworkReady', status: 'False', reason: 'CarrierLost', message: 'net1 has no carrier (operstate down)', lastTransitionTime: '2026-12-02T05:01:00Z' },
    ]);
    expect(ours.networkData).toEqual({ interfaceName: 'net1', ips: ['10.0.0.2/24'], hardwareAddress: '02:00:00:00:00:01' });
  });

  test('after a restart (nothing remembered) NetworkReady is written over the entries read back from the claim', async () => {
    const claim = seedClaim('c4');
    reporter.claimStatus(claim, claimStatusDevices(TEST_DRIVER, [{ pool: TEST_POOL, device: 'eth1', result }], new Date('2026-12-02T05:00:00Z')));
    await reporter.flush();
    const kube = createKubeClients({ kubeconfig: api.kubeconfigPath });
    const restarted = new ApiReporter({ resource: kube.resource, core: kube.core, driverName: TEST_DRIVER, nodeName: TEST_POOL, logger });
    restarted.networkReady(claim, { pool: TEST_POOL, device: 'eth1', status: 'False', reason: 'LinkGone', message: 'link net1 is gone', at: new Date('2026-12-02T06:00:00Z') });
    await restarted.flush();
    const ours = statusOf('c4').devices?.find((d) => d.driver === TEST_DRIVER);
    expect(ours?.conditions.map((c) => `${c.type}=${c.status} ${c.reason}`)).toEqual(['Ready=True NetworkDeviceAttached', 'NetworkReady=False LinkGone']);
    expect(ours?.networkData).toEqual({ interfaceName: 'net1', ips: ['10.0.0.2/24'], hardwareAddress: '02:00:00:00:00:01' });
  });
});

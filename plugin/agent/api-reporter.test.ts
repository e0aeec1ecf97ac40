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
});

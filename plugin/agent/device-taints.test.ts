import { fakePciNic, ScriptedSource } from '../../testing/devices.ts';
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { FakeClock } from '../../testing/fake-clock.ts';
import { DeviceHealthTracker } from '../health/device-health.ts';
import { LinkHealthFeeds } from '../health/link-feeds.ts';
import { createKubeClients } from '../kube/client.ts';
import { createLogger } from '../log.ts';
import { startDevicePublishing, type DevicePublishing } from './device-publishing.ts';
import { DeviceTaints } from './device-taints.ts';

const quiet = createLogger({}, { write: () => {} });
const DEVICE = 'pci-0000-03-00-0';
const TAINT_AFTER_MS = 30_000;

interface WireDevice { name: string; taints?: Array<{ key: string; value?: string; effect: string; timeAdded?: string }> }

describe.each([true, false])('device taints, API server with DRADeviceTaints %s', (served) => {
  let api: FakeApiServer;
  let publishing: DevicePublishing | undefined;
  let taints: DeviceTaints | undefined;

  beforeEach(async () => {
    api = await FakeApiServer.start({ features: { deviceTaints: served } });
    api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-a' } });
  });
  afterEach(async () => {
    taints?.stop();
    await publishing?.stop();
    publishing = undefined;
    await api.stop();
  });

  const published = (): WireDevice | undefined => api.list('resource.k8s.io/v1', 'ResourceSlice')
    .flatMap((slice) => (slice.spec as { devices?: WireDevice[] }).devices ?? []).find((device) => device.name === DEVICE);

  test(served ? 'a device down longer than the hold-down is published with a NoSchedule taint, removed when it recovers'
    : 'the server drops the taint: the publisher notices, stops sending it, and the pool settles', async () => {
    const clock = new FakeClock();
    const tracker = new DeviceHealthTracker({ pool: 'node-a', clock });
    const feeds = new LinkHealthFeeds({ tracker, logger: quiet });
    taints = new DeviceTaints({ driverName: 'netclaim.io', tracker, clock, downForMs: TAINT_AFTER_MS, logger: quiet, onChange: () => publishing?.republish() });
    const source = new ScriptedSource();
    const nic = fakePciNic('enp3s0f0', '0000:03:00.0', { adminUp: true, carrier: true });
    source.devices = [nic];
    publishing = await startDevicePublishing({
      kube: createKubeClients({ kubeconfig: api.kubeconfigPath }), nodeName: 'node-a', driverName: 'netclaim.io', logger: quiet, source,
      minRescanIntervalMs: 10, resyncIntervalMs: 600_000,
      health: { onScan: (catalog) => feeds.catalogBuilt(catalog), onLinkEvent: (event) => feeds.hostLinkEvent(event) },
      decorate: (devices) => taints!.apply(devices),
    });
    const { inventory, publisher } = publishing;
    await publisher.whenSynced();
    expect(tracker.get(DEVICE)?.health).toBe('Healthy');

    source.devices = [{ ...nic, state: 'lowerlayerdown', carrier: false }];
    await inventory.rescan();
    clock.advance(2000);
    expect(tracker.get(DEVICE)?.health).toBe('Unhealthy');
    clock.advance(TAINT_AFTER_MS - 1);
    expect(taints.tainted).toEqual([]);
    clock.advance(1);
    expect(taints.tainted).toEqual([DEVICE]);
    await publisher.whenSynced();
    if (served) {
      expect(published()?.taints).toEqual([{ key: 'netclaim.io/unhealthy', value: 'CarrierLost', effect: 'NoSchedule', timeAdded: expect.any(String) }]);
      expect(publisher.taintsServed).toBe(true);
    } else {
      expect(published()?.taints).toBeUndefined();
      expect(publisher.taintsServed).toBe(false);
      // What the server holds now equals what we want: a resync writes nothing.
      const written = publisher.stats.slicesWritten;
      publisher.resync('test');
      await publisher.whenSynced();
      expect(publisher.stats.slicesWritten).toBe(written);
    }

    source.devices = [nic];
    await inventory.rescan();
    clock.advance(2000);
    expect(taints.tainted).toEqual([]);
    await publisher.whenSynced();
    expect(published()?.taints).toBeUndefined();
    tracker.close();
  });
});

/**
 * ResourceSlice publishing cost: 1000 devices published from scratch, then one-device changes
 * (a device added, an attribute changed), each timed until the pool is synced, with the API
 * calls the fake API server counted for each. The inventory's pure part (naming, attributes,
 * exclusion, filter over 1000 devices) is timed separately. Figures are printed, not asserted.
 */
import { FakeApiServer } from '../testing/fake-apiserver/server.ts';
import { buildCatalog } from '../plugin/inventory/catalog.ts';
import { compileDeviceFilter } from '../plugin/inventory/filter.ts';
import type { PublishedDevice } from '../plugin/inventory/published-device.ts';
import { fakeDevice, fakePciNic } from '../testing/devices.ts';
import { createKubeClients } from '../plugin/kube/client.ts';
import { SlicePublisher } from '../plugin/kube/slice-publisher.ts';
import { createLogger } from '../plugin/log.ts';
import type { DeviceInfo } from '../netops/device-info.ts';
import { summary } from './stats.ts';

const deviceCount = 1000;
const rounds = 5;
const quiet = createLogger({}, { write: () => {} });

function hostDevices(count: number): DeviceInfo[] {
  return Array.from({ length: count }, (_, index) => index % 2 === 0
    ? fakePciNic(`enp${index}s0`, `0000:${(index >> 3).toString(16).padStart(2, '0')}:00.${index % 8}`, { mtu: 9000, ipv4: [`10.${index >> 8}.${index & 255}.1/24`] })
    : fakeDevice({ ifName: `veth${index}.10` }));
}

function publishedDevices(infos: DeviceInfo[]): PublishedDevice[] {
  const filter = compileDeviceFilter('device.attributes["netclaim.io"].mtu >= 1500', 'netclaim.io');
  return buildCatalog({ scanned: infos, uplinkIfIndexes: [], attached: new Map(), filter }).entries.map((entry) => entry.device);
}

function formatCounts(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return `${total} calls (${Object.entries(counts).map(([key, count]) => `${key} ×${count}`).join(', ')})`;
}

async function timedPublish(api: FakeApiServer, publisher: SlicePublisher, devices: PublishedDevice[]): Promise<{ ms: number; counts: Record<string, number> }> {
  api.resetRequestCounts();
  const started = performance.now();
  publisher.publish(devices);
  await publisher.whenSynced();
  return { ms: performance.now() - started, counts: api.requestCounts() };
}

export async function run(): Promise<void> {
  const infos = hostDevices(deviceCount);
  const catalogTimes: number[] = [];
  let devices: PublishedDevice[] = [];
  for (let round = 0; round < 20; round++) {
    const started = performance.now();
    devices = publishedDevices(infos);
    catalogTimes.push(performance.now() - started);
  }
  console.log(summary(`catalog of ${deviceCount} devices (pure)`, catalogTimes));

  const scratch: number[] = [];
  const added: number[] = [];
  const changed: number[] = [];
  const unchanged: number[] = [];
  const lastCounts: Record<string, Record<string, number>> = {};
  for (let round = 0; round < rounds; round++) {
    const api = await FakeApiServer.start();
    api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'bench-node' } });
    const publisher = new SlicePublisher({ kube: createKubeClients({ kubeconfig: api.kubeconfigPath }), nodeName: 'bench-node', driverName: 'netclaim.io', logger: quiet, resyncIntervalMs: 600_000 });
    publisher.start();
    try {
      const fromScratch = await timedPublish(api, publisher, devices);
      scratch.push(fromScratch.ms);
      lastCounts['from scratch'] = fromScratch.counts;
      const extra = publishedDevices([fakePciNic('enp9999s0', '0000:ff:00.0', { mtu: 9000 })]);
      const oneAdded = await timedPublish(api, publisher, [...devices, ...extra]);
      added.push(oneAdded.ms);
      lastCounts['one device added'] = oneAdded.counts;
      const modified = devices.map((device, index) => (index === 500 ? { ...device, attributes: { ...device.attributes, state: { string: 'down' } } } : device));
      const oneChanged = await timedPublish(api, publisher, modified);
      changed.push(oneChanged.ms);
      lastCounts['one attribute changed'] = oneChanged.counts;
      const same = await timedPublish(api, publisher, modified);
      unchanged.push(same.ms);
      lastCounts['no change'] = same.counts;
    } finally {
      await publisher.stop();
      await api.stop();
    }
  }
  console.log(summary(`publish ${devices.length} devices from scratch`, scratch));
  console.log(summary('one device added', added));
  console.log(summary('one attribute changed', changed));
  console.log(summary('republish, nothing changed', unchanged));
  for (const [label, counts] of Object.entries(lastCounts)) console.log(`API calls, ${label}: ${formatCounts(counts)}`);
}

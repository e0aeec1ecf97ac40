import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinkEvent } from '../../netops/devices.ts';
import type { Link } from '../../netops/link.ts';
import { IFF } from '../../netops/netlink/constants.ts';
import { fakeDevice } from '../../testing/devices.ts';
import { FakeClock } from '../../testing/fake-clock.ts';
import type { ClaimRef } from '../claims/plan.ts';
import type { PodLinkAccess } from '../health/link-feeds.ts';
import { createLogger } from '../log.ts';
import type { NetworkReadyReporter } from './api-reporter.ts';
import type { NetworkReadyChange } from './claim-status.ts';
import { AgentDeviceHealth } from './device-health.ts';
import { PodAttachmentStore, type PodAttachments } from './pod-attachments.ts';

const NETNS = '/run/netns/pod-1';
const claim: ClaimRef = { namespace: 'ns', name: 'c', uid: 'claim-uid' };
const pod = { namespace: 'ns', name: 'web', uid: 'pod-1' };

function link(carrier: boolean): Link {
  return { index: 5, name: 'net1', flags: IFF.UP | (carrier ? IFF.LOWER_UP : 0), up: true, hardwareType: 1, mtu: 1500, mac: '02:00:00:00:00:01', operState: carrier ? 'up' : 'down' };
}

class Recorder implements NetworkReadyReporter {
  readonly writes: string[] = [];
  networkReady(ref: ClaimRef, change: NetworkReadyChange): void {
    this.writes.push(`${ref.name}/${change.device}: ${change.status} ${change.reason}`);
  }
}

describe('AgentDeviceHealth: NetworkReady of devices in pods', () => {
  let dir: string;
  let store: PodAttachmentStore;
  let listener: ((event: LinkEvent) => void) | undefined;
  let inPod: Link[];
  const pods: PodLinkAccess = {
    watch: (_netns, onEvent) => {
      listener = onEvent;
      return { close: () => { listener = undefined; } };
    },
    list: () => inPod,
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-health-agent-'));
    store = new PodAttachmentStore(dir);
    inPod = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function record(withResult: boolean): PodAttachments {
    return {
      pod, netnsPath: NETNS,
      devices: [{
        claim, request: 'nic', pool: 'node-a', device: 'eth1',
        attachment: { netnsPath: NETNS, podIfName: 'net1', snapshot: { ifName: 'eth1', ifIndex: 5, mtu: 1500, mac: '02:00:00:00:00:01', up: true, addresses: [], routes: [] }, rules: [] },
        ...(withResult ? { result: { device: 'eth1', interfaceName: 'net1', mtu: 1500, ips: [], hardwareAddress: '02:00:00:00:00:01' } } : {}),
      }],
    };
  }

  test('a device attached while its carrier is already lost gets NetworkReady=False; the carrier back gives True, a flap nothing', async () => {
    const clock = new FakeClock();
    const reporter = new Recorder();
    const health = new AgentDeviceHealth({ pool: 'node-a', logger: createLogger({}, { write: () => {} }), attachments: store, reporter, clock, pods });
    health.start();
    const info = fakeDevice({ ifName: 'eth1', ifIndex: 5, adminUp: true, carrier: false, state: 'lowerlayerdown' });
    health.inventoryHooks.onScan!({ entries: [{ device: { name: 'eth1', attributes: {} }, info }], dropped: [] });
    expect(health.counts()).toEqual({ Healthy: 0, Unhealthy: 1, Unknown: 0 });

    await store.put(record(false));
    health.inventoryHooks.onScan!({ entries: [{ device: { name: 'eth1', attributes: {} }, info, attachedTo: pod }], dropped: [] });
    inPod = [link(false)];
    await store.put(record(true));
    await health.settled();
    expect(reporter.writes).toEqual(['c/eth1: False CarrierLost']);

    listener!({ type: 'new', link: link(true) });
    clock.advance(500);
    listener!({ type: 'new', link: link(false) });
    clock.advance(5000);
    expect(reporter.writes).toEqual(['c/eth1: False CarrierLost']);

    listener!({ type: 'new', link: link(true) });
    clock.advance(2000);
    expect(reporter.writes).toEqual(['c/eth1: False CarrierLost', 'c/eth1: True CarrierUp']);
    expect(health.counts()).toEqual({ Healthy: 1, Unhealthy: 0, Unknown: 0 });

    await store.delete(pod.uid);
    await health.settled();
    expect(listener).toBeUndefined();
    await health.stop();
  });
});

import type { LinkEvent } from '../../netops/devices.ts';
import type { Link } from '../../netops/link.ts';
import { IFF } from '../../netops/netlink/constants.ts';
import { fakeDevice } from '../../testing/devices.ts';
import { FakeClock } from '../../testing/fake-clock.ts';
import type { Catalog, CatalogEntry } from '../inventory/catalog.ts';
import { createLogger } from '../log.ts';
import { DeviceHealthTracker } from './device-health.ts';
import { LinkHealthFeeds, type PodLinkAccess } from './link-feeds.ts';

const quiet = createLogger({}, { write: () => {} });

function link(name: string, index: number, state: 'carrier' | 'no-carrier' | 'admin-down'): Link {
  const flags = state === 'admin-down' ? 0 : IFF.UP | (state === 'carrier' ? IFF.LOWER_UP : 0);
  return { index, name, flags, up: state !== 'admin-down', hardwareType: 1, mtu: 1500, mac: '02:00:00:00:00:01', operState: state === 'carrier' ? 'up' : 'down' };
}

/** A pod's namespace as the test scripts it: its links and a monitor the test fires. */
class ScriptedPods implements PodLinkAccess {
  links = new Map<string, Link[]>();
  listeners = new Map<string, (event: LinkEvent) => void>();
  watch(netnsPath: string, onEvent: (event: LinkEvent) => void) {
    this.listeners.set(netnsPath, onEvent);
    return { close: () => this.listeners.delete(netnsPath) };
  }
  list(netnsPath: string): Link[] {
    return this.links.get(netnsPath) ?? [];
  }
  event(netnsPath: string, event: LinkEvent): void {
    this.listeners.get(netnsPath)?.(event);
  }
}

function setup() {
  const clock = new FakeClock();
  const tracker = new DeviceHealthTracker({ pool: 'node-a', clock });
  const pods = new ScriptedPods();
  const feeds = new LinkHealthFeeds({ tracker, logger: quiet, pods });
  const health = (device: string) => tracker.get(device)?.health;
  return { clock, tracker, pods, feeds, health };
}

const hostEntry = (name: string, ifIndex: number, carrier: boolean): CatalogEntry => ({
  device: { name, attributes: {} }, info: fakeDevice({ ifName: name, ifIndex, adminUp: true, carrier, state: carrier ? 'up' : 'lowerlayerdown' }),
});
const catalog = (...entries: CatalogEntry[]): Catalog => ({ entries, dropped: [] });

describe('link health feeds', () => {
  test('host: the scan gives the first state, events the changes; an event newer than the scan wins over it', () => {
    const { clock, feeds, health } = setup();
    feeds.catalogBuilt(catalog(hostEntry('eth1', 7, true)));
    expect(health('eth1')).toBe('Healthy');
    feeds.hostLinkEvent({ type: 'new', link: link('eth1', 7, 'no-carrier') });
    // A scan that ran before the event still says carrier: the event stands.
    feeds.catalogBuilt(catalog(hostEntry('eth1', 7, true)));
    clock.advance(2000);
    expect(health('eth1')).toBe('Unhealthy');
    feeds.hostLinkEvent({ type: 'deleted', link: link('eth1', 7, 'no-carrier') });
    clock.advance(2000);
    expect(health('eth1')).toBe('Unhealthy');
    // After an overflow only a scan knows.
    feeds.hostLinkEvent({ type: 'overflow' });
    feeds.catalogBuilt(catalog(hostEntry('eth1', 7, true)));
    clock.advance(2000);
    expect(health('eth1')).toBe('Healthy');
  });

  test('host: the RDMA port state from the scan joins the link\'s own', () => {
    const { clock, feeds, tracker } = setup();
    const entry = hostEntry('eth1', 7, true);
    feeds.catalogBuilt(catalog({ ...entry, info: { ...entry.info, rdmaDevice: 'rxe0', rdmaPortState: 'DOWN' } }));
    expect(tracker.get('eth1')).toMatchObject({ health: 'Unhealthy', reason: 'RdmaPortDown' });
    feeds.catalogBuilt(catalog({ ...entry, info: { ...entry.info, rdmaDevice: 'rxe0', rdmaPortState: 'ACTIVE' } }));
    clock.advance(2000);
    expect(tracker.get('eth1')).toMatchObject({ health: 'Healthy' });
  });

  test('pods: watched from the record written before the move; the move within the debounce is not reported; carrier loss is, and the host\'s events about the device are ignored', () => {
    const { clock, feeds, pods, health, tracker } = setup();
    feeds.catalogBuilt(catalog(hostEntry('eth1', 7, true)));
    feeds.podDevices({ podUid: 'pod-1', netnsPath: '/run/netns/pod-1', devices: [{ device: 'eth1', podIfName: 'net1' }] });
    const attached = { ...hostEntry('eth1', 7, true), attachedTo: { namespace: 'ns', name: 'pod', uid: 'pod-1' } };
    feeds.catalogBuilt(catalog(attached));
    // The link arrives in the pod under its new name, then is set up.
    pods.event('/run/netns/pod-1', { type: 'new', link: link('eth1', 7, 'admin-down') });
    pods.event('/run/netns/pod-1', { type: 'new', link: link('net1', 7, 'admin-down') });
    pods.event('/run/netns/pod-1', { type: 'new', link: link('net1', 7, 'carrier') });
    clock.advance(5000);
    expect(health('eth1')).toBe('Healthy');

    feeds.hostLinkEvent({ type: 'deleted', link: link('eth1', 7, 'no-carrier') });
    pods.event('/run/netns/pod-1', { type: 'new', link: link('net1', 7, 'no-carrier') });
    clock.advance(2000);
    expect(tracker.get('eth1')).toMatchObject({ health: 'Unhealthy', reason: 'CarrierLost', message: 'net1 has no carrier (operstate down)' });

    // An overflow in the pod: listed again.
    pods.links.set('/run/netns/pod-1', [link('net1', 7, 'carrier')]);
    pods.event('/run/netns/pod-1', { type: 'overflow' });
    clock.advance(2000);
    expect(health('eth1')).toBe('Healthy');

    feeds.podGone('pod-1');
    expect(pods.listeners.size).toBe(0);
  });

  test('pods: after a restart the record is already there and the links already in the pod', () => {
    const { feeds, pods, tracker } = setup();
    pods.links.set('/run/netns/pod-2', [link('net1', 9, 'no-carrier')]);
    feeds.podDevices({ podUid: 'pod-2', netnsPath: '/run/netns/pod-2', devices: [{ device: 'eth2', podIfName: 'net1' }] });
    feeds.catalogBuilt(catalog({ ...hostEntry('eth2', 4, true), attachedTo: { namespace: 'ns', name: 'pod', uid: 'pod-2' } }));
    expect(tracker.get('eth2')).toMatchObject({ health: 'Unhealthy', reason: 'CarrierLost' });
    feeds.close();
    expect(pods.listeners.size).toBe(0);
  });
});

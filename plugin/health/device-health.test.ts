import { FakeClock } from '../../testing/fake-clock.ts';
import { DeviceHealthTracker, type HealthChange } from './device-health.ts';
import { classifyLink, type HealthObservation } from './link-health.ts';

const up = classifyLink('eth1', { adminUp: true, carrier: true, operState: 'up' });
const noCarrier = classifyLink('eth1', { adminUp: true, carrier: false, operState: 'lowerlayerdown' });
const adminDown = classifyLink('eth1', { adminUp: false, carrier: false, operState: 'down' });
const gone = classifyLink('eth1', undefined);

function tracked(devices: Record<string, HealthObservation | undefined>) {
  const clock = new FakeClock();
  const carrier: string[] = [];
  const tracker = new DeviceHealthTracker({ pool: 'node-a', clock, onCarrierTransition: (device, to) => carrier.push(`${device}:${to}`) });
  const changes: HealthChange[] = [];
  tracker.setDevices(new Map(Object.entries(devices)));
  tracker.subscribe((change) => changes.push(change));
  const health = () => tracker.snapshot().map((state) => `${state.device}:${state.health}`);
  return { clock, tracker, changes, carrier, health };
}

describe('link classification', () => {
  test('carrier, no carrier, gone, administratively down, RDMA port', () => {
    expect([up.health, noCarrier.health, gone.health, adminDown.health]).toEqual(['Healthy', 'Unhealthy', 'Unhealthy', 'Unknown']);
    expect([noCarrier.reason, gone.reason]).toEqual(['CarrierLost', 'LinkGone']);
    expect(noCarrier.message).toBe('eth1 has no carrier (operstate lowerlayerdown)');
    expect(classifyLink('eth1', { adminUp: true, carrier: true, operState: 'up', rdmaPortState: 'DOWN' })).toEqual({
      health: 'Unhealthy', reason: 'RdmaPortDown', message: 'eth1 has carrier but its RDMA port is DOWN',
    });
  });
});

describe('DeviceHealthTracker', () => {
  test('a device is reported as first seen, without waiting; one without state is Unknown', () => {
    const { tracker, clock } = tracked({ a: up, b: undefined });
    expect(tracker.snapshot()).toEqual([
      { pool: 'node-a', device: 'a', ...up, since: clock.now() },
      { pool: 'node-a', device: 'b', health: 'Unknown', reason: 'NoLinkState', message: 'no link state seen yet', since: clock.now() },
    ]);
  });

  test('a lost carrier is reported once it has held for 2 s, and so is its return', () => {
    const { tracker, clock, changes, health, carrier } = tracked({ a: up });
    tracker.observe('a', noCarrier);
    clock.advance(1999);
    expect(changes).toEqual([]);
    clock.advance(1);
    expect(health()).toEqual(['a:Unhealthy']);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.transitions).toEqual([{ device: 'a', from: 'Healthy', to: expect.objectContaining({ health: 'Unhealthy', reason: 'CarrierLost', since: clock.now() }) }]);
    tracker.observe('a', up);
    clock.advance(2000);
    expect(changes.map((change) => change.transitions.map((t) => `${t.from}->${t.to.health}`))).toEqual([['Healthy->Unhealthy'], ['Unhealthy->Healthy']]);
    expect(carrier).toEqual(['a:Unhealthy', 'a:Healthy']);
    expect(clock.pending).toBe(0);
  });

  test('a 500 ms flap is not reported at all, though it is counted', () => {
    const { tracker, clock, changes, health, carrier } = tracked({ a: up });
    tracker.observe('a', noCarrier);
    clock.advance(500);
    tracker.observe('a', up);
    clock.advance(10_000);
    expect(changes).toEqual([]);
    expect(health()).toEqual(['a:Healthy']);
    expect(carrier).toEqual(['a:Unhealthy', 'a:Healthy']);
  });

  test('the debounce runs from the first change: a state that changes reason while pending is reported on time, with the latest reason', () => {
    const { tracker, clock, changes } = tracked({ a: up });
    tracker.observe('a', noCarrier);
    clock.advance(1500);
    tracker.observe('a', gone);
    clock.advance(500);
    expect(changes.map((change) => change.transitions.map((t) => t.to.reason))).toEqual([['LinkGone']]);
  });

  test('an administratively downed link goes Unknown (not Unhealthy) and is no carrier transition', () => {
    const { tracker, clock, health, carrier } = tracked({ a: up });
    tracker.observe('a', adminDown);
    clock.advance(2000);
    expect(health()).toEqual(['a:Unknown']);
    expect(carrier).toEqual([]);
  });

  test('devices leaving the published set leave the list and their pending report is dropped; the set change is reported', () => {
    const { tracker, clock, changes } = tracked({ a: up, b: up });
    tracker.observe('b', noCarrier);
    tracker.setDevices(new Map([['a', up]]));
    expect(changes.map((change) => [change.devices.map((d) => d.device), change.transitions])).toEqual([[['a'], []]]);
    expect(clock.pending).toBe(0);
    tracker.observe('b', up);
    expect(tracker.get('b')).toBeUndefined();
  });
});

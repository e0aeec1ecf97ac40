import { api } from '../../nri-proto/index.ts';
import { MAX_TIMER_MS } from '../concurrency/deadline.ts';
import { adjustmentToWire, containerFromWire, podFromWire, timeoutFromWire } from './convert.ts';
import { wirePod } from '../../testing/fake-nri-runtime.ts';

describe('podFromWire', () => {
  it('takes the netns path from the namespace of type "network"', () => {
    const pod = podFromWire({ ...wirePod({ id: 'p', uid: 'u', namespace: 'ns', name: 'n', netns: '/var/run/netns/cni-1' }), labels: { app: 'x' }, ips: ['10.0.0.2'] });
    expect(pod).toEqual({ id: 'p', uid: 'u', namespace: 'ns', name: 'n', netnsPath: '/var/run/netns/cni-1', labels: { app: 'x' }, annotations: {}, ips: ['10.0.0.2'] });
  });

  it('leaves netnsPath undefined for host-network pods and decoded defaults', () => {
    expect(podFromWire({ id: 'h', linux: { namespaces: [{ type: 'network', path: '' }] } }).netnsPath).toBeUndefined();
    expect(podFromWire(api.PodSandbox.decode(new Uint8Array()))).toEqual({ id: '', uid: '', namespace: '', name: '', netnsPath: undefined, labels: {}, annotations: {}, ips: [] });
  });
});

describe('containerFromWire', () => {
  it('names the state and survives an unknown one', () => {
    expect(containerFromWire({ id: 'c', pod_sandbox_id: 'p', name: 'app', state: api.ContainerState.CONTAINER_RUNNING }).state).toBe('running');
    expect(containerFromWire({ state: 99 as never }).state).toBe('unknown');
  });
});

describe('adjustmentToWire', () => {
  it('sends no adjustment when there are no devices', () => {
    expect(adjustmentToWire(undefined)).toBeUndefined();
    expect(adjustmentToWire({ devices: [] })).toBeUndefined();
  });

  it('wraps optional mode, uid and gid only when set', () => {
    const wire = adjustmentToWire({ devices: [{ path: '/dev/net/tun', type: 'c', major: 10, minor: 200, gid: 5 }] });
    const decoded = api.ContainerAdjustment.decode(api.ContainerAdjustment.encode(wire!).finish());
    const device = decoded.linux?.devices?.[0];
    expect([device?.path, device?.file_mode, device?.uid, device?.gid?.value]).toEqual(['/dev/net/tun', null, null, 5]);
  });

  it('carries environment variables, with or without devices', () => {
    const wire = adjustmentToWire({ env: [{ key: 'PCIDEVICE_NETCLAIM_IO', value: '0000:00:03.0' }] });
    const decoded = api.ContainerAdjustment.decode(api.ContainerAdjustment.encode(wire!).finish());
    expect(decoded.env?.map((pair) => [pair.key, pair.value])).toEqual([['PCIDEVICE_NETCLAIM_IO', '0000:00:03.0']]);
  });
});

describe('timeoutFromWire', () => {
  it('reads Long and number milliseconds and treats zero as unset', () => {
    const decoded = api.ConfigureRequest.decode(api.ConfigureRequest.encode({ request_timeout: 1500 }).finish());
    expect(timeoutFromWire(decoded.request_timeout)).toBe(1500);
    expect(timeoutFromWire(decoded.registration_timeout)).toBeUndefined();
  });

  it('clamps a timeout a timer cannot wait (2^31 ms and more) to the longest it can, and ignores negative ones', () => {
    const decoded = api.ConfigureRequest.decode(api.ConfigureRequest.encode({ request_timeout: 2 ** 50, registration_timeout: -5 }).finish());
    expect(timeoutFromWire(decoded.request_timeout)).toBe(MAX_TIMER_MS);
    expect(timeoutFromWire(decoded.registration_timeout)).toBeUndefined();
  });
});

/**
 * Device health end to end, with the real daemon process on real containerd (2.1: the health
 * path does not depend on the runtime's version) and the kubelet simulator watching the
 * daemon's DRAResourceHealth stream as a kubelet with ResourceHealthStatus does. A stand-in NIC
 * is a veth whose peer stays on the host: the peer down takes the NIC's carrier away, wherever
 * the NIC is. Needs root.
 *
 * "Within 3 s" is each step's jest timeout (the debounce is 2 s), not an assertion on a clock.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ip } from '../../netops/test/kernel-fixtures.ts';
import type { KubeletHealthWatch } from '../../testing/kubelet-sim/kubelet-sim.ts';
import { runningAsRoot } from '../runtime/installation.ts';
import { peerOf, waitUntil, type Nic } from './harness.ts';
import { agentPerDescribe } from './per-describe.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/device-health.test.ts: skipped, driving containerd needs root');

/** A failure bound for waits inside a step; the step's own timeout is the real bound. */
const WAIT_MS = 30_000;
const WITHIN_3_S = 3000;
const SETUP_MS = 60_000;

interface ConditionView { type: string; status: string; reason: string; lastTransitionTime: string }
interface StatusView { devices?: Array<{ device: string; conditions?: ConditionView[]; networkData?: { interfaceName: string } }> }

describeAsRoot('device health on containerd 2.1', () => {
  const harness = agentPerDescribe('2.1', { kubeletHealth: true });
  const health = (): KubeletHealthWatch => harness().health!;
  const setPeer = (nic: Nic, state: 'up' | 'down') => ip('link', 'set', peerOf(nic.ifName), state);
  const healthOf = (nic: Nic) => health().latest(nic.device)?.health;
  let nic: Nic;
  let marker: Nic;

  test('the kubelet watches the stream from registration and hears a NIC with carrier as Healthy, with the pool and device name', async () => {
    const nics = await harness().nics([{ suffix: 'h' }, { suffix: 'm' }]);
    nic = nics[0]!;
    marker = nics[1]!;
    await health().until(`${nic.device} healthy`, () => healthOf(nic) === 'Healthy' && healthOf(marker) === 'Healthy', WAIT_MS);
    expect(health().latest(nic.device)).toMatchObject({ pool: 'node-a', device: nic.device, message: `${nic.ifName} is up with carrier` });
    expect(health().streamsOpened).toBe(1);
  }, SETUP_MS);

  test('its peer down: Unhealthy within 3 s', async () => {
    setPeer(nic, 'down');
    await health().until(`${nic.device} unhealthy`, () => healthOf(nic) === 'Unhealthy', WAIT_MS);
    expect(health().latest(nic.device)?.message).toMatch(/has no carrier/);
  }, WITHIN_3_S);

  test('its peer up again: Healthy within 3 s', async () => {
    setPeer(nic, 'up');
    await health().until(`${nic.device} healthy`, () => healthOf(nic) === 'Healthy', WAIT_MS);
  }, WITHIN_3_S);

  test('a 500 ms flap is one report at most', async () => {
    const since = health().responses.length;
    const flaps = await harness().metric('netclaim_device_carrier_transitions_total', { to: 'down' });
    setPeer(nic, 'down');
    // The flap itself: the peer stays down this long (the stimulus, not a wait for a result).
    await sleep(500);
    setPeer(nic, 'up');
    // A second NIC losing its carrier after the flap is reported after any report the flap could
    // have caused (same debounce, later start): once it is heard, the flap's reports are all in.
    setPeer(marker, 'down');
    await health().until(`${marker.device} unhealthy`, () => healthOf(marker) === 'Unhealthy', WAIT_MS);
    const reports = health().changes(nic.device, since).length - 1;
    expect(reports).toBeLessThanOrEqual(1);
    expect(healthOf(nic)).toBe('Healthy');
    // The daemon did see the flap: it is counted though not reported.
    expect(await harness().metric('netclaim_device_carrier_transitions_total', { to: 'down' })).toBeGreaterThanOrEqual(flaps + 2);
    expect(await harness().metric('netclaim_devices_by_health', { health: 'Unhealthy' })).toBeGreaterThanOrEqual(1);
    setPeer(marker, 'up');
    await health().until(`${marker.device} healthy`, () => healthOf(marker) === 'Healthy', WAIT_MS);
  }, SETUP_MS);

  test('the stream survives the agent\'s restart: the kubelet watches the new daemon when it registers again', async () => {
    const agent = harness();
    await agent.killDaemon();
    await health().until('the stream to end', () => health().streamEnds.length === 1, WAIT_MS);
    expect(health().streamEnds).toEqual([expect.stringContaining('UNAVAILABLE')]);
    await agent.restartDaemon();
    await health().until('a list from the new daemon', () => health().streamsOpened === 2 && healthOf(nic) === 'Healthy', WAIT_MS);
    setPeer(nic, 'down');
    await health().until(`${nic.device} unhealthy on the new stream`, () => healthOf(nic) === 'Unhealthy', WAIT_MS);
    setPeer(nic, 'up');
    await health().until(`${nic.device} healthy again`, () => healthOf(nic) === 'Healthy', WAIT_MS);
  }, SETUP_MS);

  test('a pod\'s NIC loses its carrier: the claim\'s NetworkReady turns False (CarrierLost) and back, and the kubelet hears it', async () => {
    const agent = harness();
    const podNic = await agent.nic('p');
    const config = agent.podObject(agent.podConfig('health'), ['health']);
    const claim = agent.seedClaim({ name: 'health', pod: config, devices: [podNic.device], config: { interface: { name: 'net1', addresses: ['192.168.91.2/24'] } } });
    expect((await agent.prepare(claim))[claim.uid]!.error).toBe('');
    const pod = await agent.runPod(config);
    const statusEntry = () => (agent.readClaim(claim)?.status as StatusView | undefined)?.devices?.find((entry) => entry.device === podNic.device);
    const networkReady = () => statusEntry()?.conditions?.find((condition) => condition.type === 'NetworkReady');
    await waitUntil('NetworkReady=True after attach', WAIT_MS, async () => (networkReady()?.status === 'True' ? true : undefined));
    await health().until(`${podNic.device} healthy in the pod`, () => healthOf(podNic) === 'Healthy', WAIT_MS);

    setPeer(podNic, 'down');
    const lost = await waitUntil('NetworkReady=False', WAIT_MS, async () => (networkReady()?.status === 'False' ? networkReady() : undefined));
    expect(lost).toMatchObject({ reason: 'CarrierLost', message: expect.stringMatching(/^net1 has no carrier \(operstate /) });
    expect(Date.parse(lost.lastTransitionTime)).toBeGreaterThan(Date.now() - 60_000);
    await health().until(`${podNic.device} unhealthy`, () => healthOf(podNic) === 'Unhealthy', WAIT_MS);
    // The rest of the entry is as the attach wrote it.
    expect(statusEntry()?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'True' });
    expect(statusEntry()?.networkData?.interfaceName).toBe('net1');

    setPeer(podNic, 'up');
    await waitUntil('NetworkReady=True again', WAIT_MS, async () => (networkReady()?.status === 'True' ? true : undefined));
    expect(networkReady()).toMatchObject({ reason: 'CarrierUp' });
    await health().until(`${podNic.device} healthy again`, () => healthOf(podNic) === 'Healthy', WAIT_MS);

    await agent.stopPod(pod);
    await agent.removePod(pod);
    expect(await agent.unprepare(claim)).toEqual({ [claim.uid]: '' });
  }, SETUP_MS);
});

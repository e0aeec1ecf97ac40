/**
 * The node agent across crashes and restarts, on real containerd 1.7 and 2.1 with the real
 * daemon process: SIGKILL of the daemon while a pod holds devices, a pod removed while the
 * daemon is down, and containerd restarting under a running agent (kubelet registration
 * withdrawn while NRI is disconnected, offered again after). Needs root.
 */
import { linkExists, linkState, type LinkState } from '../../netops/test/kernel-fixtures.ts';
import { registrationSockets, waitForDeregistration } from '../../testing/kubelet-sim/kubelet-sim.ts';
import { containerdVersions, runningAsRoot } from '../runtime/installation.ts';
import type { ClaimRef } from '../../testing/kubelet-sim/kubelet-sim.ts';
import { waitUntil, type Nic, type RunningPod } from './harness.ts';
import { agentPerDescribe } from './per-describe.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/restarts.test.ts: skipped, driving containerd needs root');

const TEST_TIMEOUT_MS = 90_000;
const RECONNECT_TIMEOUT_MS = 30_000;

const podNicConfig = (octet: number) => ({ interface: { name: 'net1', mtu: 1450, addresses: [`192.168.${octet}.2/24`] }, routes: [{ destination: `192.168.${octet + 100}.0/24`, gateway: `192.168.${octet}.1` }] });

describeAsRoot.each(containerdVersions)('node agent restarts on containerd %s', (version) => {
  const harness = agentPerDescribe(version);

  /** A NIC prepared for a new pod and the pod running with it; `hostBefore` is the NIC before it moved. */
  async function podWithNic(suffix: string, octet: number): Promise<{ nic: Nic; hostBefore: LinkState; pod: RunningPod; claim: ClaimRef }> {
    const agent = harness();
    const nic = await agent.nic(suffix, { addresses: [`198.51.${octet}.1/24`], routes: [[`203.0.${octet}.0/24`, 'via', `198.51.${octet}.254`]] });
    const hostBefore = linkState(nic.ifName);
    const config = agent.podConfig(suffix);
    const claim = agent.seedClaim({ name: suffix, pod: config, devices: [nic.device], config: podNicConfig(octet) });
    expect((await agent.prepare(claim))[claim.uid]!.error).toBe('');
    const pod = await agent.runPod(config);
    expect(linkState('net1', pod.netnsName)).toMatchObject({ mtu: 1450, addresses: [`192.168.${octet}.2/24`], routes: [`192.168.${octet + 100}.0/24 via 192.168.${octet}.1`] });
    return { nic, hostBefore, pod, claim };
  }

  it('keeps a running pod\'s devices across a SIGKILL of the daemon and still returns them at teardown', async () => {
    const agent = harness();
    const { nic, hostBefore, pod, claim } = await podWithNic('kill', 11);
    const inPod = linkState('net1', pod.netnsName);

    await agent.killDaemon();
    const restarted = await agent.restartDaemon();
    // Synchronize saw the pod alive: nothing was torn down, nothing moved.
    await restarted.waitForLog('synchronized with runtime', { pods: 1 });
    expect(restarted.find('device returned to the host')).toEqual([]);
    expect(linkState('net1', pod.netnsName)).toEqual(inPod);
    expect((await agent.status()).map((row) => row.state)).toEqual(['in-pod']);
    // Still published while in the pod, though the host no longer sees it.
    expect(agent.publishedDevices().map((device) => device.name)).toContain(nic.device);

    await agent.stopPod(pod);
    expect(linkState(nic.ifName)).toEqual(hostBefore);
    await agent.removePod(pod);
    expect(await agent.status()).toEqual([]);
    expect(await agent.unprepare(claim)).toEqual({ [claim.uid]: '' });
  }, TEST_TIMEOUT_MS);

  it('cleans up after a pod removed while the daemon was down', async () => {
    const agent = harness();
    const { nic, pod, claim } = await podWithNic('gone', 12);
    await agent.killDaemon();
    await agent.stopPod(pod);
    await agent.removePod(pod);
    // The honest outcome for a stand-in NIC: the runtime deleted the pod's namespace, and the
    // kernel destroys a veth (both ends) with the namespace it is in; only hardware is moved back
    // to the host. Keeping the namespace alive from the test would not help either: its path is
    // gone, so nothing could reach the link through it. What the agent must do on restart is
    // notice (Synchronize no longer lists the pod), say so, and leave no stranded record.
    expect(linkExists(nic.ifName)).toBe(false);
    expect((await agent.status()).map((row) => row.state)).toEqual(['netns-gone']);

    const restarted = await agent.restartDaemon();
    const warning = await restarted.waitForLog('device could not be returned to the host', { device: nic.device, podUid: pod.uid });
    expect(warning.warnings).toEqual([expect.stringContaining('destroyed with its pod namespace')]);
    expect(await agent.status()).toEqual([]);
    await waitUntil(`${nic.device} gone from the ResourceSlice`, 10_000, async () => (agent.publishedDevices().some((d) => d.name === nic.device) ? undefined : true));
    expect(await agent.metric('netclaim_pods_with_devices')).toBe(0);
    expect(await agent.unprepare(claim)).toEqual({ [claim.uid]: '' });
  }, TEST_TIMEOUT_MS);

  it('withdraws the kubelet registration while containerd is down and serves the next pod once it is back', async () => {
    const agent = harness();
    const running = await podWithNic('before', 13);
    const inPod = linkState('net1', running.pod.netnsName);
    const registration = agent.kubelet.socketPath;

    await agent.containerd.stop();
    await waitForDeregistration(registration, 10_000);
    expect(await registrationSockets(agent.registryDir)).toEqual([]);
    expect(await agent.metric('netclaim_nri_connected')).toBe(0);

    const since = agent.daemon.logs.length;
    await agent.containerd.restart();
    await agent.registerWithKubelet(since);
    await agent.daemon.waitForLog('synchronized with runtime', {}, since, RECONNECT_TIMEOUT_MS);
    expect(await agent.metric('netclaim_nri_connected')).toBe(1);
    // The runtime restarted, the pod did not: its device stayed where it was.
    expect(linkState('net1', running.pod.netnsName)).toEqual(inPod);

    const after = await podWithNic('after', 14);
    await agent.stopPod(after.pod);
    expect(linkState(after.nic.ifName)).toEqual(after.hostBefore);
    await agent.removePod(after.pod);
    expect(await agent.unprepare(after.claim)).toEqual({ [after.claim.uid]: '' });

    // containerd sends no Stop/Remove for pods it had before it restarted; the agent notices the
    // pod's namespace going away instead. A veth died with it (see above), so the outcome is a
    // warning and no stranded record; pod-network.test.ts shows hardware coming home this way.
    await agent.stopPod(running.pod);
    await agent.removePod(running.pod);
    expect(agent.daemon.find('device returned to the host', { device: running.nic.device })).toEqual([]);
    const warning = await agent.daemon.waitForLog('device could not be returned to the host', { device: running.nic.device, reason: 'pod network namespace is gone' }, since);
    expect(warning.warnings).toEqual([expect.stringContaining('destroyed with its pod namespace')]);
    expect(await agent.status()).toEqual([]);
  }, TEST_TIMEOUT_MS);
});

/**
 * An agent upgrade as the DaemonSet does it with maxSurge 1 / maxUnavailable 0, on a real
 * containerd (1.7 and 2.1) with the real daemon processes: the new instance starts beside the old
 * one (same state dir, kubelet dirs and NRI socket, its own pod UID), takes the node over, and
 * only then is the old one stopped, while a pod starts every 200 ms through the kubelet simulator (which keeps
 * both registrations and uses the newest, as the kubelet does since 1.33).
 *
 * Each pod lives as the kubelet runs it: prepare, RunPodSandbox, then stop, remove, unprepare, and
 * its NIC serves the next pod; so sandboxes start and are torn down all through the handover.
 * What must hold: every pod's NIC is in its namespace the moment RunPodSandbox returns (no pod
 * starts without its devices), every device is attached exactly once per pod across both
 * instances, and every teardown brings the NIC home as it was. Needs root.
 */
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { linkState } from '../../netops/test/kernel-fixtures.ts';
import { PluginStore, type ClaimRef } from '../../testing/kubelet-sim/kubelet-sim.ts';
import type { PodSandboxConfig } from '../runtime/cri-client.ts';
import { containerdVersions, runningAsRoot } from '../runtime/installation.ts';
import { AgentHarness, DRIVER_NAME, type DaemonProcess, type Nic, type RunningPod } from './harness.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/upgrade.test.ts: skipped, driving containerd needs root');

const OLD_UID = '0a100000-0000-4000-8000-000000000001';
const NEW_UID = '0e200000-0000-4000-8000-000000000002';
/** The workload's cadence: one pod sandbox started every 200 ms, whatever the agent is doing. */
const POD_INTERVAL_MS = 200;
/** NICs, each serving one pod after another. */
const NIC_COUNT = 10;
/** The workload stops once the upgrade is over and this many more pods were started; at most MAX_PODS. */
const PODS_AFTER_UPGRADE = 5;
const MAX_PODS = 200;
/**
 * A sandbox the agent fails (its RunPodSandbox overran while it waited for the handover) is
 * started again, as the kubelet does; a failed start is not a pod without devices.
 */
const MAX_SANDBOX_ATTEMPTS = 5;
const run = promisify(execFile);

interface PodOutcome {
  name: string;
  uid: string;
  device: string;
  /** The MAC of net1 in the pod's namespace right after RunPodSandbox returned. */
  macAtStart: string;
  /** The NIC's MAC on the host right after the sandbox was removed. */
  macHomeAfter: string;
  unprepared: string;
  /** RunPodSandbox calls the agent failed before one succeeded. */
  failedStarts: string[];
}

/** The MAC of a link as the kernel shows it now, 'missing' when there is none; not a synchronous `ip`, which would stall the fake API server in this process. */
async function macOf(ifName: string, netnsName?: string): Promise<string> {
  try {
    const { stdout } = await run('ip', ['-j', ...(netnsName ? ['-n', netnsName] : []), 'link', 'show', 'dev', ifName]);
    return (JSON.parse(stdout) as Array<{ address: string }>)[0]?.address ?? 'missing';
  } catch {
    return 'missing';
  }
}

describeAsRoot.each(containerdVersions)('agent upgrade with a surge instance on containerd %s', (version) => {
  let agent: AgentHarness | undefined;
  let kubelet: PluginStore | undefined;
  afterAll(async () => {
    kubelet?.close();
    await agent?.cleanup();
  }, 90_000);

  it('replaces the agent while a pod starts every 200 ms: each pod has its NIC at start, none is attached twice, all come home', async () => {
    const harness = await AgentHarness.start({ containerd: version, podUid: OLD_UID });
    agent = harness;
    const store = new PluginStore(harness.registryDir);
    kubelet = store;
    const old = harness.daemon;
    const nics = await harness.nics(Array.from({ length: NIC_COUNT }, (_, i) => ({ suffix: `u${i}` })));
    const before = new Map(nics.map((nic) => [nic.ifName, linkState(nic.ifName)]));

    /** One pod's life on one NIC, as the kubelet drives it. */
    const lifecycle = async (index: number, nic: Nic): Promise<PodOutcome> => {
      const config: PodSandboxConfig = harness.podConfig(`upg-${index}`);
      const claim: ClaimRef = harness.seedClaim({ name: `upg-${index}`, pod: config, devices: [nic.device], config: { interface: { name: 'net1' } } });
      const prepared = await store.prepare([claim]);
      expect(prepared[claim.uid]?.error).toBe('');
      const failedStarts: string[] = [];
      let pod: RunningPod | undefined;
      while (!pod) {
        try {
          pod = await harness.runPod(config);
        } catch (error) {
          failedStarts.push((error as Error).message);
          if (failedStarts.length >= MAX_SANDBOX_ATTEMPTS) throw error;
        }
      }
      const macAtStart = await macOf('net1', pod.netnsName);
      await harness.stopPod(pod);
      await harness.removePod(pod);
      const macHomeAfter = await macOf(nic.ifName);
      const unprepared = (await store.unprepare([claim]))[claim.uid] ?? 'no answer';
      return { name: config.metadata!.name!, uid: pod.uid, device: nic.device, macAtStart, macHomeAfter, unprepared, failedStarts };
    };

    // The upgrade, as the DaemonSet controller runs it: the surge pod starts; once it is ready
    // (it took the node over), the old pod is deleted. The workload (a pod every 200 ms: the
    // cadence is the load, not a wait for a result) runs from before the new instance is
    // launched until a few pods started on the new one alone.
    let upgradedAt: number | undefined;
    const slots: Array<Promise<PodOutcome | undefined>> = nics.map(() => Promise.resolve(undefined));
    const outcomes: Array<Promise<PodOutcome>> = [];
    const workload = (async () => {
      for (let index = 0; index < MAX_PODS; index += 1) {
        if (upgradedAt !== undefined && index >= upgradedAt + PODS_AFTER_UPGRADE) return;
        const slot = index % NIC_COUNT;
        // The NIC's previous pod must be gone (and its claim unprepared) before the next uses it.
        const outcome = slots[slot]!.then(() => lifecycle(index, nics[slot]!));
        slots[slot] = outcome.catch(() => undefined);
        outcomes.push(outcome);
        await sleep(POD_INTERVAL_MS);
      }
      throw new Error(`the upgrade did not finish within ${MAX_PODS} pods`);
    })();
    // The old instance is serving the workload (a pod got its device) before the new one starts.
    await old.waitForLog('device attached');
    const successor: DaemonProcess = harness.startSuccessor(NEW_UID);
    // The kubelet's plugin watcher sees the new registration socket as soon as it is offered.
    await successor.waitForLog('registration offered to the kubelet', {}, 0, 60_000);
    await store.sync();
    await successor.started();
    expect(await old.stop()).toBe(0);
    upgradedAt = outcomes.length;
    await workload;
    const pods = await Promise.all(outcomes);

    // No pod started without its NIC: it was in the namespace, with the host NIC's MAC, when
    // RunPodSandbox returned; every teardown brought it home; every claim was unprepared.
    const macs = new Map(nics.map((nic) => [nic.device, before.get(nic.ifName)!.mac]));
    expect(pods.filter((pod) => pod.macAtStart !== macs.get(pod.device) || pod.macHomeAfter !== macs.get(pod.device) || pod.unprepared !== '')).toEqual([]);
    // Each pod's device attached once, by one instance or the other; both took part.
    const attaches = [old, successor].flatMap((daemon) => daemon.find('device attached'))
      .map((line) => `${String(line.podUid)} ${String(line.device)}`).sort();
    expect(attaches).toEqual(pods.map((pod) => `${pod.uid} ${pod.device}`).sort());
    expect(old.find('device attached').length).toBeGreaterThan(0);
    expect(successor.find('device attached').length).toBeGreaterThanOrEqual(PODS_AFTER_UPGRADE);
    const failed = pods.filter((pod) => pod.failedStarts.length);
    if (failed.length) console.warn(`sandboxes the agent failed, started again as the kubelet would:\n${failed.map((pod) => `${pod.name}: ${pod.failedStarts.join('; ')}`).join('\n')}`);

    // The handover itself: the old instance retired for the new one, which took over from it; the
    // new one offered its registration while the old one was still registered.
    expect(old.find('handed the node over to the new agent instance; idle until stopped', { successor: NEW_UID })).toHaveLength(1);
    expect(successor.find('took over the state directory', { previous: OLD_UID })).toHaveLength(1);
    const offered = successor.find('registration offered to the kubelet')[0]!;
    const withdrawn = old.find('registration withdrawn from the kubelet')[0]!;
    expect(Date.parse(String(offered.time))).toBeLessThanOrEqual(Date.parse(String(withdrawn.time)));
    // The kubelet now knows only the new instance, by its per-instance socket.
    expect((await store.sync())?.socketPath).toBe(`${harness.registryDir}/${DRIVER_NAME}-${NEW_UID}-reg.sock`);
    expect(store.registered).toHaveLength(1);

    // Every NIC is home exactly as it was, and no record is left.
    expect(nics.map((nic) => linkState(nic.ifName))).toEqual(nics.map((nic) => before.get(nic.ifName)));
    expect(await harness.status()).toEqual([]);
  }, 240_000);
});

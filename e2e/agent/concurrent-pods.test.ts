/**
 * Twenty pods started at once on one real containerd, each with one stand-in NIC, through the
 * real daemon process: every pod gets its own NIC and nothing leaks (all home after teardown, no
 * records left, every claim unprepared). Needs root.
 */
import { linkExists, linkState, type LinkState } from '../../netops/test/kernel-fixtures.ts';
import type { ClaimRef } from '../../testing/kubelet-sim/kubelet-sim.ts';
import type { PodSandboxConfig } from '../runtime/cri-client.ts';
import { runningAsRoot } from '../runtime/installation.ts';
import type { Nic } from './harness.ts';
import { agentPerDescribe } from './per-describe.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/concurrent-pods.test.ts: skipped, driving containerd needs root');

const POD_COUNT = 20;

describeAsRoot('node agent with many pods at once on containerd 1.7', () => {
  const harness = agentPerDescribe('1.7');

  it(`gives each of ${POD_COUNT} concurrently started pods its own NIC and leaks none`, async () => {
    const agent = harness();
    const pods: Array<{ nic: Nic; before: LinkState; config: PodSandboxConfig; claim: ClaimRef; address: string }> = [];
    const nics = await agent.nics(Array.from({ length: POD_COUNT }, (_, i) => ({ suffix: `c${i}`, addresses: [`198.51.100.${i + 1}/32`] })));
    for (const [i, nic] of nics.entries()) {
      const config = agent.podConfig(`many-${i}`);
      const address = `192.168.${100 + i}.2/24`;
      const claim = agent.seedClaim({ name: `many-${i}`, pod: config, devices: [nic.device], config: { interface: { name: 'net1', addresses: [address] } } });
      pods.push({ nic, before: linkState(nic.ifName), config, claim, address });
    }
    const prepared = await agent.prepare(...pods.map((pod) => pod.claim));
    expect(Object.values(prepared).map((result) => result.error)).toEqual(pods.map(() => ''));

    const running = await Promise.all(pods.map((pod) => agent.runPod(pod.config)));
    running.forEach((pod, i) => {
      expect(linkExists(pods[i]!.nic.ifName)).toBe(false);
      expect(linkState('net1', pod.netnsName)).toMatchObject({ mac: pods[i]!.before.mac, addresses: [pods[i]!.address] });
    });
    const rows = await agent.status();
    expect(rows.map((row) => `${row.podUid} ${row.hostIfName} ${row.state}`).sort())
      .toEqual(running.map((pod, i) => `${pod.uid} ${pods[i]!.nic.ifName} in-pod`).sort());
    expect(await agent.metric('netclaim_pods_with_devices')).toBe(POD_COUNT);

    await Promise.all(running.map(async (pod) => {
      await agent.stopPod(pod);
      await agent.removePod(pod);
    }));
    expect(pods.map((pod) => linkState(pod.nic.ifName))).toEqual(pods.map((pod) => pod.before));
    expect(await agent.status()).toEqual([]);
    expect(await agent.metric('netclaim_pods_with_devices')).toBe(0);
    expect(await agent.unprepare(...pods.map((pod) => pod.claim))).toEqual(Object.fromEntries(pods.map((pod) => [pod.claim.uid, ''])));
  }, 120_000);
});

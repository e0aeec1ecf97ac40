/**
 * Pool addresses through the real daemon and real containerd: two pods whose claims come from one
 * template (the same class and claim config, asking for pool "blue") each get their own address,
 * inside the pod's network namespace and in the claim's status; unprepare releases the IPAddress
 * objects. Needs root.
 */
import { opaqueConfig } from '../../testing/claims.ts';
import { linkState } from '../../netops/test/kernel-fixtures.ts';
import { runningAsRoot } from '../runtime/installation.ts';
import { waitUntil } from './harness.ts';
import { agentPerDescribe } from './per-describe.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/ip-pool.test.ts: skipped, driving containerd needs root');

const TEST_TIMEOUT_MS = 60_000;
/** What every claim made from the template carries: the class's pool, the claim's request for it. */
const fromTemplate = [
  opaqueConfig({ ipPools: [{ name: 'blue', ranges: [{ subnet: '10.77.0.0/24', gateway: '10.77.0.1' }, { subnet: 'fd00:77::/64' }] }] }, { source: 'FromClass' }),
  opaqueConfig({ interface: { name: 'net1', ipam: { pool: 'blue' } } }),
];

describeAsRoot('pool addresses on containerd 2.1', () => {
  const harness = agentPerDescribe('2.1');

  it('gives two pods from one claim template a distinct pool address each, in the pod and in the claim status, and releases them', async () => {
    const agent = harness();
    const nics = await agent.nics([{ suffix: 'pa' }, { suffix: 'pb' }]);
    const pods = nics.map((nic, index) => {
      const config = agent.podObject(agent.podConfig(`pool-${index}`), [`pool-${index}`]);
      return { nic, config, claim: agent.seedClaim({ name: `pool-${index}`, pod: config, devices: [nic.device], allocationConfig: fromTemplate }) };
    });
    const prepared = await agent.prepare(...pods.map((pod) => pod.claim));
    expect(Object.values(prepared).map((result) => result.error)).toEqual(['', '']);

    const running = await Promise.all(pods.map((pod) => agent.runPod(pod.config)));
    const inPod = running.map((pod) => linkState('net1', pod.netnsName));
    for (const state of inPod) {
      expect(state.addresses).toEqual([expect.stringMatching(/^10\.77\.0\.\d+\/24$/), expect.stringMatching(/^fd00:77::[0-9a-f:]+\/64$/)]);
      expect(state.routes).toContain('default via 10.77.0.1');
    }
    expect(new Set(inPod.flatMap((state) => state.addresses)).size).toBe(4);

    for (const [index, pod] of pods.entries()) {
      const ips = await waitUntil(`claim status of ${pod.claim.name}`, 10_000, async () => {
        const devices = (agent.readClaim(pod.claim)?.status as { devices?: Array<{ networkData?: { ips: string[] } }> } | undefined)?.devices;
        return devices?.[0]?.networkData?.ips;
      });
      expect(ips).toEqual(inPod[index]!.addresses);
    }
    const objects = agent.api.list('networking.k8s.io/v1', 'IPAddress');
    expect(objects.map((object) => `${String(object.metadata.name)} ${(object.spec as { parentRef: { name: string } }).parentRef.name}`).sort())
      .toEqual(inPod.flatMap((state, index) => state.addresses.map((address) => `${address.split('/')[0]} pool-${index}`)).sort());

    for (const pod of running) {
      await agent.stopPod(pod);
      await agent.removePod(pod);
    }
    expect(await agent.unprepare(...pods.map((pod) => pod.claim))).toEqual(Object.fromEntries(pods.map((pod) => [pod.claim.uid, ''])));
    expect(agent.api.list('networking.k8s.io/v1', 'IPAddress')).toEqual([]);
  }, TEST_TIMEOUT_MS);
});

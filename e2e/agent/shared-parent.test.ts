/**
 * Two pods sharing one parent (KEP-5075 consumable capacity), the full flow on real containerd:
 * the real daemon publishes the parent with allowMultipleAllocations and capacities (its
 * --share-filter selects it), the scheduler's allocation (two claims, each with its own share ID
 * and consumed bandwidth) is prepared through the kubelet simulator, and at sandbox start each pod
 * gets a macvlan child of the parent, with the claim's address and, where bandwidth was
 * consumed, an egress rate. The pods reach each other over the children; teardown deletes both
 * children and leaves the parent exactly as it was, on the host the whole time. Needs root.
 */
import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { ip, ipJson, linkExists, linkState } from '../../netops/test/kernel-fixtures.ts';
import { rootQdisc } from '../../netops/test/tc.ts';
import type { AllocationResult } from '../../plugin/claims/claim.ts';
import { containerdVersions, runningAsRoot } from '../runtime/installation.ts';
import { DRIVER_NAME, NODE_NAME, waitUntil, type AgentHarness, type Nic, type RunningPod } from './harness.ts';
import { agentPerDescribe } from './per-describe.ts';

const run = promisify(execFile);
const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/shared-parent.test.ts: skipped, driving containerd needs root');

const TEST_TIMEOUT_MS = 90_000;
const SHARE_A = '3f1e9c2a-7b4d-4e6f-8a1b-2c3d4e5f6a7b';
const SHARE_B = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d';
const PORT = 7311;

interface IpLinkDetail { ifname: string; link?: string; linkinfo?: { info_kind?: string; info_data?: { mode?: string } } }

function sharedResult(nic: Nic, shareID: string, bandwidth: string): AllocationResult {
  return {
    request: 'net', driver: DRIVER_NAME, pool: NODE_NAME, device: nic.device, shareID,
    consumedCapacity: { [`${DRIVER_NAME}/interfaces`]: '1', [`${DRIVER_NAME}/bandwidth`]: bandwidth },
  };
}

/** One TCP round trip from a process in `from` to a listener in `to`: proves the children carry traffic. */
async function tcpRoundTrip(from: RunningPod, to: RunningPod, address: string): Promise<string> {
  const server = spawn('ip', ['netns', 'exec', to.netnsName, process.execPath, '-e',
    `const s = require('node:net').createServer((c) => { c.end('pong from ' + '${to.config.metadata!.name}'); s.close(); }).listen(${PORT}, '${address}', () => console.log('listening'));`,
  ], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: server.stdout! }).once('line', () => resolve());
      server.once('exit', (code) => reject(new Error(`listener in ${to.netnsName} exited (${code}) before listening`)));
    });
    const { stdout } = await run('ip', ['netns', 'exec', from.netnsName, process.execPath, '-e',
      `const c = require('node:net').connect(${PORT}, '${address}'); c.setTimeout(5000, () => { console.error('timeout'); process.exit(1); }); let d = ''; c.on('data', (b) => d += b); c.on('end', () => console.log(d));`,
    ], { timeout: 10_000 });
    return stdout.trim();
  } finally {
    server.kill();
  }
}

function childOf(pod: RunningPod, name: string): IpLinkDetail | undefined {
  return ipJson<IpLinkDetail[]>('-n', pod.netnsName, '-d', 'link', 'show', 'dev', name)[0];
}

async function statusDevices(agent: AgentHarness, claim: { namespace: string; name: string }): Promise<unknown[]> {
  return waitUntil(`claim ${claim.name} status`, 10_000, async () => {
    const devices = (agent.api.read('resource.k8s.io/v1', 'ResourceClaim', claim.name, claim.namespace)?.status as { devices?: unknown[] } | undefined)?.devices;
    return devices?.length ? devices : undefined;
  });
}

describeAsRoot.each(containerdVersions)('two pods sharing one parent on containerd %s', (version) => {
  const harness = agentPerDescribe(version, {
    daemonArgs: (prefix) => ['--share-filter', `device.attributes["${DRIVER_NAME}"].ifName == "${prefix}sh"`, '--share-interfaces', '4'],
  });

  it('publishes the parent as shared, gives each pod its own child, and leaves the parent as it was', async () => {
    const agent = harness();
    const parent = await agent.nic('sh', { addresses: ['198.51.100.77/24'] });
    // Carrier on the parent: macvlan children follow its operational state.
    ip('link', 'set', `${parent.ifName}p`, 'up');
    const before = linkState(parent.ifName);
    const published = agent.publishedDevices().find((device) => device.name === parent.device) as { allowMultipleAllocations?: boolean; capacity?: Record<string, unknown> };
    expect(published.allowMultipleAllocations).toBe(true);
    expect(published.capacity).toMatchObject({ [`${DRIVER_NAME}/interfaces`]: { value: '4' } });

    const podA = agent.podObject(agent.podConfig('share-a'), ['share-a']);
    const podB = agent.podObject(agent.podConfig('share-b'), ['share-b']);
    const claimA = agent.seedClaim({
      name: 'share-a', pod: podA, results: [sharedResult(parent, SHARE_A, '100M')],
      config: { interface: { type: 'macvlan', name: 'net1', addresses: ['192.168.91.2/24'] } },
    });
    const claimB = agent.seedClaim({
      name: 'share-b', pod: podB, results: [sharedResult(parent, SHARE_B, '0')],
      config: { interface: { type: 'macvlan', name: 'net1', addresses: ['192.168.91.3/24'] } },
    });
    const prepared = await agent.prepare(claimA, claimB);
    expect(prepared[claimA.uid]).toEqual({ error: '', devices: [{ request_names: ['net'], pool_name: NODE_NAME, device_name: parent.device, cdi_device_ids: [], share_id: SHARE_A }] });
    expect(prepared[claimB.uid]).toEqual({ error: '', devices: [{ request_names: ['net'], pool_name: NODE_NAME, device_name: parent.device, cdi_device_ids: [], share_id: SHARE_B }] });

    const [runningA, runningB] = await Promise.all([agent.runPod(podA), agent.runPod(podB)]);
    for (const [pod, address] of [[runningA, '192.168.91.2/24'], [runningB, '192.168.91.3/24']] as const) {
      expect(childOf(pod, 'net1')?.linkinfo).toMatchObject({ info_kind: 'macvlan', info_data: { mode: 'bridge' } });
      expect(linkState('net1', pod.netnsName)).toMatchObject({ up: true, addresses: [address] });
    }
    // The parent never left the host and is unchanged.
    expect(linkState(parent.ifName)).toEqual(before);
    // The consumed bandwidth is pod A's egress rate (tbf, bytes/s); pod B asked for none: no limit.
    expect(rootQdisc('net1', runningA.netnsName)).toMatchObject({ kind: 'tbf', options: { rate: 12_500_000 } });
    expect(rootQdisc('net1', runningB.netnsName)?.kind).not.toBe('tbf');

    expect(await tcpRoundTrip(runningA, runningB, '192.168.91.3')).toBe(`pong from ${podB.metadata!.name}`);
    expect(await tcpRoundTrip(runningB, runningA, '192.168.91.2')).toBe(`pong from ${podA.metadata!.name}`);

    expect(await statusDevices(agent, claimA)).toEqual([expect.objectContaining({ device: parent.device, shareID: SHARE_A, networkData: expect.objectContaining({ interfaceName: 'net1', ips: ['192.168.91.2/24'] }) })]);

    // One pod goes: its child goes with it, the other pod keeps its own.
    await agent.stopPod(runningA);
    await agent.removePod(runningA);
    expect(linkExists('net1', runningB.netnsName)).toBe(true);
    expect(linkState(parent.ifName)).toEqual(before);
    expect(await agent.unprepare(claimA)).toEqual({ [claimA.uid]: '' });

    await agent.stopPod(runningB);
    await agent.removePod(runningB);
    expect(await agent.unprepare(claimB)).toEqual({ [claimB.uid]: '' });
    expect(linkState(parent.ifName)).toEqual(before);
    // No child left on the host under the parent (its veth peer names it as its link too).
    const children = ipJson<IpLinkDetail[]>('-d', 'link', 'show').filter((link) => link.link === parent.ifName && link.linkinfo?.info_kind !== 'veth');
    expect(children).toEqual([]);
    expect(await agent.status()).toEqual([]);
  }, TEST_TIMEOUT_MS);
});

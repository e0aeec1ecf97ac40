/**
 * The node agent end to end, on real containerd 1.7 and 2.1: the real daemon process, the
 * kubelet simulator, the fake API server. A pod gets two stand-in NICs configured as its claim
 * says and gives them back intact; a claim with a bad config is refused at prepare and touches
 * nothing. Pods the kubelet did not prepare for (their API objects are in the fake API server):
 * a claim never prepared here is prepared at sandbox start, a second consumer of a claim fails
 * naming the claim and the pod that holds it, and a pod that started while the daemon was down
 * gets its devices when it is back. Needs root (`make runtime-deps` installs the runtimes).
 */
import { ip, ipJson, linkExists, linkState, type LinkState } from '../../netops/test/kernel-fixtures.ts';
import { containerdVersions, runningAsRoot } from '../runtime/installation.ts';
import { DRIVER_NAME, NODE_NAME, waitUntil } from './harness.ts';
import { agentPerDescribe } from './per-describe.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/pod-lifecycle.test.ts: skipped, driving containerd needs root');

const TEST_TIMEOUT_MS = 60_000;

interface IpRule { priority: number; src?: string; srclen?: number; table: string }
interface IpNeighbour { dst: string; lladdr?: string; state?: string[] }
interface IpLinkBrief { ifname: string }

/** Two NICs, each with everything a claim can ask for between them. */
const firstNicConfig = {
  interface: { name: 'net1', mtu: 9000, hardwareAddr: '02:00:c0:a8:4d:02', addresses: ['192.168.77.2/24', '2001:db8:77::2/64'] },
  routes: [
    { destination: '192.168.200.0/24', gateway: '192.168.77.1' },
    { destination: '0.0.0.0/0', gateway: '192.168.77.1', table: 100 },
  ],
  rules: [{ priority: 100, source: '192.168.77.0/24', table: 100 }],
  neighbors: [{ destination: '192.168.77.1', hardwareAddr: '02:00:c0:a8:4d:01' }],
};
const secondNicConfig = {
  interface: { name: 'net2', mtu: 1400, addresses: ['192.168.78.2/24', '2001:db8:78::2/64'] },
  routes: [{ destination: '2001:db8:99::/48', gateway: '2001:db8:78::1' }],
};

describeAsRoot.each(containerdVersions)('node agent on containerd %s', (version) => {
  const harness = agentPerDescribe(version);

  it('gives a pod two configured NICs, reports them, and returns them to the host as they were', async () => {
    const agent = harness();
    const first = await agent.nic('a', { addresses: ['198.51.100.1/24', '2001:db8:51::1/64'], routes: [['203.0.113.0/24', 'via', '198.51.100.254']] });
    const second = await agent.nic('b', { mtu: 1500, addresses: ['198.51.101.1/24'] });
    // Carrier on the pod ends, so the in-pod IPv6 gateway route has a live link under it.
    for (const nic of [first, second]) ip('link', 'set', `${nic.ifName}p`, 'up');
    const hostBefore: LinkState[] = [linkState(first.ifName), linkState(second.ifName)];

    const pod = agent.podConfig('two-nics');
    const claim = agent.seedClaim({
      name: 'two-nics', pod, devices: [first.device, second.device],
      allocationConfig: [
        { source: 'FromClaim', requests: ['nic-0'], opaque: { driver: DRIVER_NAME, parameters: firstNicConfig } },
        { source: 'FromClaim', requests: ['nic-1'], opaque: { driver: DRIVER_NAME, parameters: secondNicConfig } },
      ],
    });
    const prepares = { api: 'dra', method: 'NodePrepareResources', outcome: 'ok' };
    const preparesBefore = await agent.metric('netclaim_requests_total', prepares);
    const prepared = await agent.prepare(claim);
    expect(prepared[claim.uid]).toEqual({
      error: '',
      devices: [
        { request_names: ['nic-0'], pool_name: NODE_NAME, device_name: first.device, cdi_device_ids: [] },
        { request_names: ['nic-1'], pool_name: NODE_NAME, device_name: second.device, cdi_device_ids: [] },
      ],
    });
    expect(await agent.metric('netclaim_requests_total', prepares)).toBe(preparesBefore + 1);
    // The devices were found in the published slices, so a sync has succeeded since the start.
    expect(await agent.metric('netclaim_slices_last_synced_timestamp_seconds')).toBeGreaterThan(0);

    const runsBefore = await agent.metric('netclaim_requests_total', { api: 'nri', method: 'RunPodSandbox', outcome: 'ok' });
    const running = await agent.runPod(pod);

    // Inside the pod: both NICs under their new names with everything the claim asked for.
    expect(linkExists(first.ifName)).toBe(false);
    expect(linkExists(second.ifName)).toBe(false);
    expect(linkState('net1', running.netnsName)).toEqual({
      name: 'net1', mtu: 9000, mac: '02:00:c0:a8:4d:02', up: true,
      addresses: ['192.168.77.2/24', '2001:db8:77::2/64'],
      routes: ['192.168.200.0/24 via 192.168.77.1', 'default via 192.168.77.1 table 100'],
    });
    expect(linkState('net2', running.netnsName)).toMatchObject({
      name: 'net2', mtu: 1400, mac: hostBefore[1]!.mac, up: true,
      addresses: ['192.168.78.2/24', '2001:db8:78::2/64'],
      routes: ['2001:db8:99::/48 via 2001:db8:78::1'],
    });
    const rules = ipJson<IpRule[]>('-n', running.netnsName, 'rule', 'show');
    expect(rules).toContainEqual(expect.objectContaining({ priority: 100, src: '192.168.77.0', srclen: 24, table: '100' }));
    const neighbours = ipJson<IpNeighbour[]>('-n', running.netnsName, 'neigh', 'show', 'dev', 'net1');
    expect(neighbours).toContainEqual(expect.objectContaining({ dst: '192.168.77.1', lladdr: '02:00:c0:a8:4d:01', state: ['PERMANENT'] }));
    // The same view from a process in the pod's namespace, as the pod's containers see it.
    const inPod = ip('netns', 'exec', running.netnsName, 'ip', '-j', 'link', 'show');
    expect((JSON.parse(inPod) as IpLinkBrief[]).map((link) => link.ifname)).toEqual(expect.arrayContaining(['lo', 'eth0', 'net1', 'net2']));

    // Claim status, written by server-side apply with the driver as field manager.
    const devices = await waitUntil('claim status with both devices', 10_000, async () => {
      const written = (agent.readClaim(claim)?.status as { devices?: unknown[] } | undefined)?.devices;
      return written?.length === 2 ? written : undefined;
    });
    const ready = [
      expect.objectContaining({ type: 'Ready', status: 'True' }),
      expect.objectContaining({ type: 'NetworkReady', status: 'True' }),
    ];
    expect(devices).toEqual([
      {
        driver: DRIVER_NAME, pool: NODE_NAME, device: first.device, conditions: ready,
        networkData: { interfaceName: 'net1', ips: ['192.168.77.2/24', '2001:db8:77::2/64'], hardwareAddress: '02:00:c0:a8:4d:02' },
      },
      {
        driver: DRIVER_NAME, pool: NODE_NAME, device: second.device, conditions: ready,
        networkData: { interfaceName: 'net2', ips: ['192.168.78.2/24', '2001:db8:78::2/64'], hardwareAddress: hostBefore[1]!.mac },
      },
    ]);
    expect(agent.api.fieldManagers('resource.k8s.io/v1', 'ResourceClaim', claim.name, claim.namespace)).toContain(DRIVER_NAME);

    expect(await agent.metric('netclaim_requests_total', { api: 'nri', method: 'RunPodSandbox', outcome: 'ok' })).toBe(runsBefore + 1);
    expect(await agent.metric('netclaim_pods_with_devices')).toBe(1);

    const rows = await agent.status();
    expect(rows.map(({ podUid, hostIfName, podIfName, device, state }) => ({ podUid, hostIfName, podIfName, device, state }))).toEqual([
      { podUid: running.uid, hostIfName: first.ifName, podIfName: 'net1', device: first.device, state: 'in-pod' },
      { podUid: running.uid, hostIfName: second.ifName, podIfName: 'net2', device: second.device, state: 'in-pod' },
    ]);

    // Teardown: the runtime's StopPodSandbox brings both home with host name, addresses and routes.
    await agent.stopPod(running);
    expect([linkState(first.ifName), linkState(second.ifName)]).toEqual(hostBefore);
    await agent.removePod(running);
    expect(await agent.status()).toEqual([]);
    expect(await agent.unprepare(claim)).toEqual({ [claim.uid]: '' });
    expect(await agent.metric('netclaim_pods_with_devices')).toBe(0);
    expect(await agent.metric('netclaim_request_duration_seconds_count', { api: 'dra', method: 'NodeUnprepareResources', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  }, TEST_TIMEOUT_MS);

  it('refuses a claim with a bad config at prepare, naming the field, and touches nothing', async () => {
    const agent = harness();
    const nic = await agent.nic('bad', { addresses: ['198.51.102.1/24'] });
    const before = linkState(nic.ifName);
    const pod = agent.podConfig('bad-config');
    const claim = agent.seedClaim({ name: 'bad-config', pod, devices: [nic.device], config: { interface: { name: 'net1', mtu: 20 } } });

    const prepared = await agent.prepare(claim);
    expect(prepared[claim.uid]!.devices).toEqual([]);
    expect(prepared[claim.uid]!.error).toMatch(/interface\.mtu: must be at least 68/);

    // A kubelet would not start this pod; if its sandbox starts anyway, nothing is prepared for it.
    const running = await agent.runPod(pod);
    expect(linkState(nic.ifName)).toEqual(before);
    expect(ipJson<IpLinkBrief[]>('-n', running.netnsName, 'link', 'show').map((link) => link.ifname).sort()).toEqual(['eth0', 'lo']);
    expect(await agent.status()).toEqual([]);
    await agent.stopPod(running);
    await agent.removePod(running);
    expect(linkState(nic.ifName)).toEqual(before);
  }, TEST_TIMEOUT_MS);

  it('prepares at sandbox start a claim the kubelet never prepared here, and attaches it', async () => {
    const agent = harness();
    const nic = await agent.nic('spot', { addresses: ['198.51.103.1/24'] });
    const pod = agent.podObject(agent.podConfig('on-the-spot'), ['on-the-spot']);
    const claim = agent.seedClaim({ name: 'on-the-spot', pod, devices: [nic.device], config: { interface: { name: 'net1', addresses: ['192.168.79.2/24'] } } });
    const running = await agent.runPod(pod);
    expect(linkState('net1', running.netnsName).addresses).toEqual(['192.168.79.2/24']);
    await agent.daemon.waitForLog('claim prepared at sandbox start: the kubelet had not prepared it on this node for this pod', { claimUid: claim.uid });
    await agent.stopPod(running);
    await agent.removePod(running);
    expect(await agent.unprepare(claim)).toEqual({ [claim.uid]: '' });
    // Unprepare takes back what the driver wrote in the claim's status.
    await waitUntil('claim status entries removed', 10_000, async () => {
      const devices = (agent.readClaim(claim)?.status as { devices?: unknown[] } | undefined)?.devices ?? [];
      return devices.length === 0 ? true : undefined;
    });
  }, TEST_TIMEOUT_MS);

  it('fails the sandbox of a second consumer of a claim, naming the claim, the device and the pod that has it', async () => {
    const agent = harness();
    const nic = await agent.nic('shared', { addresses: ['198.51.104.1/24'] });
    const first = agent.podObject(agent.podConfig('first'), ['shared']);
    const claim = agent.seedClaim({ name: 'shared', pod: first, devices: [nic.device], config: { interface: { name: 'net1' } } });
    expect((await agent.prepare(claim))[claim.uid]!.error).toBe('');
    const holder = await agent.runPod(first);
    expect(linkExists('net1', holder.netnsName)).toBe(true);

    // The scheduler lets a second pod share the claim; the kubelet does not prepare it again.
    const second = agent.podObject(agent.podConfig('second'), ['shared']);
    agent.reserveClaim(claim, [first, second]);
    const namespace = first.metadata!.namespace!;
    await expect(agent.runPod(second)).rejects.toThrow(
      `device ${nic.device} of claim ${namespace}/shared is in pod ${namespace}/${first.metadata!.name} (uid ${first.metadata!.uid})`);
    await waitUntil('a NetworkDeviceUnavailable event on the second pod', 10_000, async () =>
      agent.events(second.metadata!.uid!).find((event) => event.reason === 'NetworkDeviceUnavailable'));
    expect(agent.events(second.metadata!.uid!)[0]).toMatchObject({ type: 'Warning', message: expect.stringContaining(`claim ${namespace}/shared`) });
    expect(linkExists('net1', holder.netnsName)).toBe(true);

    await agent.stopPod(holder);
    await agent.removePod(holder);
    expect(await agent.unprepare(claim)).toEqual({ [claim.uid]: '' });
  }, TEST_TIMEOUT_MS);

  it('gives a pod that started while the daemon was down its devices once the daemon is back', async () => {
    const agent = harness();
    const nic = await agent.nic('down', { addresses: ['198.51.105.1/24'] });
    const hostBefore = linkState(nic.ifName);
    const pod = agent.podObject(agent.podConfig('while-down'), ['while-down']);
    const claim = agent.seedClaim({ name: 'while-down', pod, devices: [nic.device], config: { interface: { name: 'net1', addresses: ['192.168.80.2/24'] } } });
    expect((await agent.prepare(claim))[claim.uid]!.error).toBe('');

    await agent.killDaemon();
    // The runtime runs the pod without the plugin that is not there.
    const running = await agent.runPod(pod);
    expect(linkExists('net1', running.netnsName)).toBe(false);

    await agent.restartDaemon();
    await waitUntil('net1 in the running pod', 15_000, async () => (linkExists('net1', running.netnsName) ? true : undefined));
    expect(linkState('net1', running.netnsName).addresses).toEqual(['192.168.80.2/24']);
    await waitUntil('a NetworkDeviceAttachedLate event on the pod', 10_000, async () =>
      agent.events(running.uid).find((event) => event.reason === 'NetworkDeviceAttachedLate' && event.type === 'Warning'));
    const devices = await waitUntil('claim status of the late attach', 10_000, async () =>
      (agent.readClaim(claim)?.status as { devices?: Array<{ conditions: Array<{ type: string; reason: string }> }> } | undefined)?.devices);
    expect(devices[0]!.conditions).toContainEqual(expect.objectContaining({ type: 'Ready', status: 'True', reason: 'NetworkDeviceAttachedLate' }));
    expect(await agent.metric('netclaim_pods_started_without_devices_total')).toBe(1);

    await agent.stopPod(running);
    expect(linkState(nic.ifName)).toEqual(hostBefore);
    await agent.removePod(running);
    expect(await agent.unprepare(claim)).toEqual({ [claim.uid]: '' });
  }, TEST_TIMEOUT_MS);
});

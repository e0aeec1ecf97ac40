/**
 * Pod sandbox start with the node agent (issue 5): CRI RunPodSandbox latency as the kubelet sees
 * it, on a real containerd 1.7 with the real daemon (its NRI plugin moves and configures the
 * claimed NICs), the fake API server and the kubelet sim. One pod of each series a round, the
 * order rotating, so drift of the host affects all alike:
 * - no claims, the daemon connected: the baseline;
 * - one device (a veth; the claim's config gives it an address and a route);
 * - four devices;
 * - the peer: the same four through CNI host-device with static IPAM giving the same addresses
 *   and routes, on a second containerd 1.7 whose pods get four host-device networks after the
 *   bridge (no NRI plugin there);
 * - the kernel floor: the bare move message of a veth into a fresh netns (and back).
 * The daemon's own histograms say how much of each pod's start was its NRI handler and attach.
 * Then bursts of 20 pods started at once: with one device each, and without claims as the peer;
 * afterwards every device must be home as it was. Needs root and `make runtime-deps`.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { NETLINK } from '../netops/netlink/constants.ts';
import { NetlinkSocket } from '../netops/netlink/socket.ts';
import { ip, KernelFixture, linkExists, linkState, type LinkState } from '../netops/test/kernel-fixtures.ts';
import { opaqueConfig } from '../testing/claims.ts';
import { AgentHarness, waitUntil, type Nic } from '../e2e/agent/harness.ts';
import type { ClaimRef } from '../testing/kubelet-sim/kubelet-sim.ts';
import { TestContainerd } from '../e2e/runtime/containerd.ts';
import type { CriClient, PodSandboxConfig } from '../e2e/runtime/cri-client.ts';
import { runningAsRoot } from '../e2e/runtime/installation.ts';
import { netnsPathOfPod, testPodConfig } from '../e2e/runtime/pods.ts';
import { bareMoves } from './netops.bench.ts';
import { formatMs, median, percentile, summary, verdict } from './stats.ts';

const podsPerSeries = 30;
const warmupRounds = 2;
const burstSize = 20;
const addedOverFloorTargetMs = 25;

/** Device i of a pod: its address, and a route through a gateway on its subnet (RFC 2544 benchmarking range). */
function deviceNetwork(index: number): { address: string; destination: string; gateway: string } {
  return { address: `198.18.${index}.2/24`, destination: `198.19.${index}.0/24`, gateway: `198.18.${index}.1` };
}

function podIfName(index: number): string {
  return `net${index + 1}`;
}

function claimParameters(index: number): unknown {
  const { address, destination, gateway } = deviceNetwork(index);
  return { interface: { name: podIfName(index), addresses: [address] }, routes: [{ destination, gateway }] };
}

/** host-device as a separate network per device (containerd names them eth1..eth4): the same addresses and routes as the claims. */
function hostDeviceNetwork(device: string, index: number): object[] {
  const { address, destination, gateway } = deviceNetwork(index);
  return [{ type: 'host-device', device, ipam: { type: 'static', addresses: [{ address }], routes: [{ dst: destination, gw: gateway }] } }];
}

async function timedRunPodSandbox(cri: CriClient, config: PodSandboxConfig): Promise<{ id: string; ms: number }> {
  const started = performance.now();
  const id = await cri.runPodSandbox(config);
  return { id, ms: performance.now() - started };
}

async function stopAndRemove(cri: CriClient, id: string): Promise<void> {
  await cri.stopPodSandbox(id);
  await cri.removePodSandbox(id);
}

/**
 * Pods without claims, each with its API object bound to this node and held by the daemon's pod
 * cache before its sandbox starts, as on a node (the watch brings a pod long before the kubelet
 * has its sandbox made), so that their RunPodSandbox is answered from memory.
 */
async function podsKnownToDaemon(agent: AgentHarness, label: string, count: number): Promise<PodSandboxConfig[]> {
  const cached = await agent.metric('netclaim_node_pods_cached');
  const configs = Array.from({ length: count }, () => agent.podObject(agent.podConfig(label), []));
  await waitUntil(`the daemon's pod cache to hold ${count} more pods`, 10_000,
    async () => ((await agent.metric('netclaim_node_pods_cached')) >= cached + count ? true : undefined));
  return configs;
}

/** A pod with a claim on `nics` (one request each, each configured), prepared as the kubelet would before RunPodSandbox. */
async function preparedPod(agent: AgentHarness, nics: readonly Nic[], label: string): Promise<{ config: PodSandboxConfig; claim: ClaimRef }> {
  const config = agent.podConfig(label);
  const claim = agent.seedClaim({
    name: config.metadata!.name!,
    pod: config,
    devices: nics.map((nic) => nic.device),
    allocationConfig: nics.map((_, index) => opaqueConfig(claimParameters(index), { requests: [`nic-${index}`] })),
  });
  return { config, claim };
}

async function prepare(agent: AgentHarness, claims: ClaimRef[]): Promise<void> {
  const failed = Object.entries(await agent.prepare(...claims)).filter(([, result]) => result.error !== '');
  if (failed.length > 0) throw new Error(`prepare failed: ${failed.map(([uid, result]) => `${uid}: ${result.error}`).join('; ')}`);
}

async function unprepare(agent: AgentHarness, claims: ClaimRef[]): Promise<void> {
  const failed = Object.entries(await agent.unprepare(...claims)).filter(([, error]) => error !== '');
  if (failed.length > 0) throw new Error(`unprepare failed: ${failed.map(([uid, error]) => `${uid}: ${error}`).join('; ')}`);
}

/** Seconds the daemon has spent so far in its NRI RunPodSandbox handler, and in attaching devices within it, by its own histograms. */
async function daemonSecondsSoFar(agent: AgentHarness): Promise<{ handler: number; attach: number }> {
  return {
    handler: await agent.metric('netclaim_request_duration_seconds_sum', { api: 'nri', method: 'RunPodSandbox', outcome: 'ok' }),
    attach: await agent.metric('netclaim_device_operation_duration_seconds_sum', { operation: 'attach', outcome: 'ok' }),
  };
}

interface PodTimes { ms: number; handlerMs: number; attachMs: number }

/**
 * RunPodSandbox of a pod with a claim on `nics` (none: no claim at all), and how much of it the
 * daemon spent in its handler and attaching; the claim's prepare and unprepare are not timed.
 */
async function netclaimPod(agent: AgentHarness, nics: readonly Nic[]): Promise<PodTimes> {
  const cri = agent.containerd.cri;
  const { config, claim } = nics.length > 0 ? await preparedPod(agent, nics, `bench-${nics.length}`) : { config: (await podsKnownToDaemon(agent, 'bench-none', 1))[0]!, claim: undefined };
  if (claim) await prepare(agent, [claim]);
  const before = await daemonSecondsSoFar(agent);
  const { id, ms } = await timedRunPodSandbox(cri, config);
  const after = await daemonSecondsSoFar(agent);
  await stopAndRemove(cri, id);
  if (claim) await unprepare(agent, [claim]);
  return { ms, handlerMs: (after.handler - before.handler) * 1000, attachMs: (after.attach - before.attach) * 1000 };
}

async function hostDevicePod(peer: TestContainerd): Promise<number> {
  const { id, ms } = await timedRunPodSandbox(peer.cri, testPodConfig('bench-hostdev'));
  await stopAndRemove(peer.cri, id);
  return ms;
}

/** The bare moves of `ifName` into a netns made for this sample, as each pod has its own new one. */
async function floorSample(kernel: KernelFixture, host: NetlinkSocket, ifName: string, sample: number): Promise<{ moveIn: number; moveOut: number }> {
  const netns = kernel.netns(`f${sample}`);
  const pod = NetlinkSocket.open(NETLINK.ROUTE, netns.path);
  try {
    return await bareMoves(host, pod, ifName, netns.path);
  } finally {
    pod.close();
    ip('netns', 'del', netns.name);
  }
}

/** Throws unless each interface is in the netns with its address and route: a path that attached nothing would look fast. */
function checkConfigured(netnsName: string, ifNames: readonly string[]): void {
  ifNames.forEach((ifName, index) => {
    const { address, destination, gateway } = deviceNetwork(index);
    const state = linkState(ifName, netnsName);
    if (!state.up || !state.addresses.includes(address) || !state.routes.includes(`${destination} via ${gateway}`)) {
      throw new Error(`${ifName} in ${netnsName} is not configured as asked: ${JSON.stringify(state)}`);
    }
  });
}

/** One untimed pod each of the four-device paths, looked into before the timed rounds. */
async function checkFourDevicePaths(agent: AgentHarness, four: readonly Nic[], peer: TestContainerd): Promise<void> {
  const { config, claim } = await preparedPod(agent, four, 'bench-check');
  await prepare(agent, [claim]);
  const running = await agent.runPod(config);
  checkConfigured(running.netnsName, four.map((_, index) => podIfName(index)));
  await stopAndRemove(agent.containerd.cri, running.id);
  await unprepare(agent, [claim]);

  const id = await peer.cri.runPodSandbox(testPodConfig('bench-check'));
  const netnsPath = netnsPathOfPod(await peer.cri.podSandboxStatus(id, true))!;
  checkConfigured(netnsPath.split('/').at(-1)!, four.map((_, index) => `eth${index + 1}`));
  await stopAndRemove(peer.cri, id);
}

interface Burst { wallMs: number; latencies: number[] }

/** `burstSize` RunPodSandbox calls at once, each pod with a claim on one of `nics` (none given: no claims). */
async function burst(agent: AgentHarness, nics: readonly Nic[] | undefined): Promise<Burst> {
  const cri = agent.containerd.cri;
  const pods = nics
    ? await Promise.all(nics.map((nic) => preparedPod(agent, [nic], 'bench-burst')))
    : (await podsKnownToDaemon(agent, 'bench-burst-none', burstSize)).map((config) => ({ config, claim: undefined }));
  const claims = pods.flatMap((pod) => (pod.claim ? [pod.claim] : []));
  if (claims.length > 0) await prepare(agent, claims);
  const started = performance.now();
  const runs = await Promise.all(pods.map((pod) => timedRunPodSandbox(cri, pod.config)));
  const wallMs = performance.now() - started;
  await Promise.all(runs.map((run) => stopAndRemove(cri, run.id)));
  if (claims.length > 0) await unprepare(agent, claims);
  return { wallMs, latencies: runs.map((run) => run.ms) };
}

function describeBurst(name: string, result: Burst): string {
  return `${name.padEnd(34)} wall ${formatMs(result.wallMs).padStart(10)}   worst pod ${formatMs(Math.max(...result.latencies))}   p50 pod ${formatMs(median(result.latencies))}`;
}

async function measure(agent: AgentHarness, peer: TestContainerd, kernel: KernelFixture, hostDeviceNics: readonly string[]): Promise<void> {
  const one = [await agent.nic('a')];
  const four = await agent.nics([0, 1, 2, 3].map((index) => ({ suffix: `b${index}` })));
  const burstNics = await agent.nics(Array.from({ length: burstSize }, (_, index) => ({ suffix: `c${index}` })));
  const floorNic = kernel.veth('f');
  const host = NetlinkSocket.open(NETLINK.ROUTE, null);
  try {
    await checkFourDevicePaths(agent, four, peer);
    const pods = { none: [] as PodTimes[], one: [] as PodTimes[], four: [] as PodTimes[] };
    const samples = { hostDevice: [] as number[], moveIn: [] as number[], moveOut: [] as number[] };
    const series: (() => Promise<void>)[] = [
      async () => { pods.none.push(await netclaimPod(agent, [])); },
      async () => { pods.one.push(await netclaimPod(agent, one)); },
      async () => { pods.four.push(await netclaimPod(agent, four)); },
      async () => { samples.hostDevice.push(await hostDevicePod(peer)); },
      async () => {
        const { moveIn, moveOut } = await floorSample(kernel, host, floorNic, samples.moveIn.length);
        samples.moveIn.push(moveIn);
        samples.moveOut.push(moveOut);
      },
    ];
    for (let round = 0; round < warmupRounds + podsPerSeries; round++) {
      // Rotate which series goes first, so none always follows the same neighbour.
      for (let step = 0; step < series.length; step++) await series[(round + step) % series.length]!();
    }
    // The warm-up rounds (JIT, caches, first use of each path) are dropped from every series alike, keeping rounds aligned for the paired differences.
    for (const times of [pods.none, pods.one, pods.four, samples.hostDevice, samples.moveIn, samples.moveOut]) times.splice(0, warmupRounds);

    const latency = { none: pods.none.map((pod) => pod.ms), one: pods.one.map((pod) => pod.ms), four: pods.four.map((pod) => pod.ms) };
    console.log(`RunPodSandbox on containerd 1.7 with the netclaim daemon, ${podsPerSeries} pods a series, interleaved`);
    console.log(summary('no claims (baseline)', latency.none));
    console.log(summary('one device', latency.one));
    console.log(summary('four devices', latency.four));
    console.log(summary('four via CNI host-device (peer)', samples.hostDevice));
    console.log(summary('kernel floor: bare move in', samples.moveIn));
    console.log(summary('kernel floor: bare move out', samples.moveOut));
    console.log('where the time goes, by the daemon\'s own metrics:');
    for (const [name, times] of [['no claims', pods.none], ['one device', pods.one], ['four devices', pods.four]] as const) {
      console.log(summary(`  NRI handler, ${name}`, times.map((pod) => pod.handlerMs)));
      if (name !== 'no claims') console.log(summary(`  attach within it, ${name}`, times.map((pod) => pod.attachMs)));
    }
    const pairedAdded = (withDevices: number[]): number => median(withDevices.map((ms, round) => ms - latency.none[round]!));
    const oneAdded = median(latency.one) - median(latency.none);
    const fourAdded = median(latency.four) - median(latency.none);
    console.log(`one device vs none: +${formatMs(oneAdded)} at p50 (median paired difference ${formatMs(pairedAdded(latency.one))}), p95 ${formatMs(percentile(latency.one, 95))} vs ${formatMs(percentile(latency.none, 95))}`);
    console.log(`four devices vs none: +${formatMs(fourAdded)} at p50 (median paired difference ${formatMs(pairedAdded(latency.four))}), p95 ${formatMs(percentile(latency.four, 95))} vs ${formatMs(percentile(latency.none, 95))}`);
    console.log(`ratio netclaim four / host-device four: p50 ${(median(latency.four) / median(samples.hostDevice)).toFixed(2)}, p95 ${(percentile(latency.four, 95) / percentile(samples.hostDevice, 95)).toFixed(2)}`);
    console.log(verdict('one device adds over the kernel floor (move in)', oneAdded - median(samples.moveIn), addedOverFloorTargetMs, ' ms'));

    const before: LinkState[] = burstNics.map((nic) => linkState(nic.ifName));
    const withoutClaims = await burst(agent, undefined);
    const withDevices = await burst(agent, burstNics);
    const home = burstNics.filter((nic, index) => JSON.stringify(linkState(nic.ifName)) === JSON.stringify(before[index])).length;
    const stillRecorded = (await agent.status()).length;
    console.log(`\n${burstSize} pods started at once`);
    console.log(describeBurst('no claims', withoutClaims));
    console.log(describeBurst('one device each', withDevices));
    console.log(`ratio wall one device each / no claims: ${(withDevices.wallMs / withoutClaims.wallMs).toFixed(2)}`);
    console.log(`devices home after teardown, as they were: ${home}/${burstSize}; devices still recorded by the daemon: ${stillRecorded}`);
    console.log(`host-device devices home after the series: ${hostDeviceNics.filter((name) => linkExists(name)).length}/${hostDeviceNics.length}`);
    console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${availableParallelism()} cpus`);
  } finally {
    host.close();
  }
}

export async function run(): Promise<void> {
  if (!runningAsRoot()) {
    console.log('agent bench: skipped, driving containerd needs root');
    return;
  }
  // The peer's NICs and the floor's veth and namespaces: outside the harness's prefix, so the daemon never publishes them.
  const kernel = new KernelFixture();
  let agent: AgentHarness | undefined;
  let peer: TestContainerd | undefined;
  const problems: unknown[] = [];
  try {
    agent = await AgentHarness.start({ containerd: '1.7' });
    const hostDeviceNics = [0, 1, 2, 3].map((index) => kernel.veth(`h${index}`));
    peer = await TestContainerd.start('1.7', { label: 'bench-hd', extraCniNetworks: hostDeviceNics.map(hostDeviceNetwork) });
    await measure(agent, peer, kernel, hostDeviceNics);
  } catch (error) {
    problems.push(error);
  }
  // Pods first, while the daemon and the CNI plugins can still bring the devices home; then the links.
  for (const step of [() => peer?.cleanup(), () => agent?.cleanup(), () => kernel.cleanup()]) {
    try {
      await step();
    } catch (error) {
      problems.push(error);
    }
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new AggregateError(problems, 'agent bench failed, and so did some of its cleanup');
}

if (import.meta.main) await run();

/** The NRI-side logic against the real kernel: plans in, devices into pods and home again. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseInterfaceConfig } from '../apis/config.ts';
import { ip, KernelFixture, linkExists, linkState } from '../../netops/test/kernel-fixtures.ts';
import { rootQdisc } from '../../netops/test/tc.ts';
import { writeCharDeviceUevent } from '../../netops/test/sysfs-fixtures.ts';
import type { NetdevPlannedDevice, PodAttachPlan, PodPlanDevice } from '../claims/plan.ts';
import { createLogger } from '../log.ts';
import type { Pod } from '../nri/types.ts';
import type { ClaimRef } from '../claims/plan.ts';
import type { PodRef } from '../inventory/catalog.ts';
import type { Reporter } from './api-reporter.ts';
import type { ClaimStatusDevice } from './claim-status.ts';
import type { CatalogEntry } from '../inventory/catalog.ts';
import { PodAttachmentStore } from './pod-attachments.ts';
import type { ClaimOnNode, PodClaimsAnswer } from './pod-claims.ts';
import { deviceAttachRequest, PodNetwork, type PodClaimsSide, type PodEvent, type PodNetworkOptions } from './pod-network.ts';
import { stateLayout } from './state-layout.ts';

const fixture = new KernelFixture();
let stateDir: string;
const logger = createLogger({}, { level: 'error' });

class RecordingReporter implements Reporter {
  statuses: Array<{ claim: string; devices: ClaimStatusDevice[] }> = [];
  warnings: Array<{ objects: string[]; reason: string; message: string }> = [];
  cleared: string[] = [];
  claimStatus(claim: ClaimRef, devices: ClaimStatusDevice[]): void {
    this.statuses.push({ claim: `${claim.namespace}/${claim.name}`, devices });
  }
  clearClaimStatus(claim: ClaimRef): void {
    this.cleared.push(`${claim.namespace}/${claim.name}`);
  }
  warning(pod: PodRef, claims: readonly ClaimRef[], reason: string, message: string): void {
    this.warnings.push({ objects: [`Pod/${pod.name}`, ...claims.map((claim) => `ResourceClaim/${claim.name}`)], reason, message });
  }
}

function device(hostIfName: string, claimName: string, config: unknown, rdmaCharDevices: string[] = []): NetdevPlannedDevice & PodPlanDevice {
  const parsed = parseInterfaceConfig(config);
  return {
    claim: { namespace: 'default', name: claimName, uid: `uid-${claimName}` }, request: 'nic', pool: 'node-a', device: hostIfName,
    hostIfName, podIfName: parsed.interface?.name ?? hostIfName, config: parsed, rdmaCharDevices,
  };
}

function pod(uid: string, netnsPath: string | undefined): Pod {
  return { id: `sandbox-${uid}`, uid, namespace: 'default', name: `pod-${uid}`, netnsPath, labels: {}, annotations: {}, ips: [] };
}

/** Records marks and knows every device by its interface name, as a host scan would. */
class RecordingInventory {
  marks: string[] = [];
  lookup(device: string): CatalogEntry {
    return { device: { name: device, attributes: {} }, info: { ifName: device } as CatalogEntry['info'] };
  }
  markAttached(device: string, pod: { name: string }): void {
    this.marks.push(`attached ${device} ${pod.name}`);
  }
  markReturned(device: string): void {
    this.marks.push(`returned ${device}`);
  }
}

/** Plans by pod UID, as PreparedClaims indexes them; a claim is looked up in the plans that hold it. */
function planSource(plans: Map<string, PodAttachPlan>) {
  return {
    planForPod: (uid: string) => plans.get(uid),
    get: (claimUid: string) => [...plans.values()].find((plan) => plan.devices.some((d) => d.claim.uid === claimUid)),
  };
}

async function agent(plans: Map<string, PodAttachPlan>, extra: Partial<PodNetworkOptions> = {}) {
  const attachments = new PodAttachmentStore(stateLayout(stateDir).pods);
  await attachments.load();
  const reporter = new RecordingReporter();
  const inventory = new RecordingInventory();
  const counted: PodEvent[] = [];
  const network = new PodNetwork({
    driverName: 'netclaim.io', plans: planSource(plans), attachments, reporter, logger, inventory, sysfsRoot: path.join(stateDir, 'sys'),
    count: (event) => counted.push(event), ...extra,
  });
  networks.push(network);
  return { network, attachments, reporter, inventory, counted };
}
/** Every agent a test made, so that its background writes finish before the state dir goes. */
const networks: PodNetwork[] = [];

beforeEach(() => {
  stateDir = mkdtempSync(path.join(tmpdir(), 'netclaim-agent-'));
});
afterEach(async () => {
  await Promise.all(networks.splice(0).map((network) => network.settled()));
  fixture.cleanup();
  rmSync(stateDir, { recursive: true, force: true });
});

test('all devices of a pod go in at RunPodSandbox, claim status is reported, and all come home at Stop', async () => {
  const a = fixture.veth('a', { addresses: ['192.168.254.1/24'] });
  const b = fixture.veth('b');
  const ns = fixture.netns('pod');
  const before = [linkState(a), linkState(b)];
  const plans = new Map([['p1', { pod: { name: 'pod-p1', uid: 'p1' }, devices: [
    device(a, 'claim-a', { interface: { name: 'net1', addresses: ['10.90.0.2/24'] } }),
    device(b, 'claim-b', { interface: { name: 'net2', addresses: ['10.91.0.2/24', '2001:db8:91::2/64'], mtu: 1400 } }),
  ] }]]);
  const { network, attachments, reporter, inventory } = await agent(plans);

  await network.runPodSandbox(pod('p1', ns.path));
  expect(linkState('net1', ns.name).addresses).toEqual(['10.90.0.2/24']);
  expect(linkState('net2', ns.name)).toMatchObject({ mtu: 1400, addresses: ['10.91.0.2/24', '2001:db8:91::2/64'] });
  expect(attachments.get('p1')?.devices.map((d) => d.result?.interfaceName)).toEqual(['net1', 'net2']);
  expect(inventory.marks).toEqual([`attached ${a} pod-p1`, `attached ${b} pod-p1`]);
  // Each device's published entry is checkpointed, to keep publishing it after a restart.
  expect(attachments.get('p1')?.devices.map((d) => d.published?.info.ifName)).toEqual([a, b]);
  expect(reporter.statuses.map((s) => [s.claim, s.devices.map((d) => d.networkData)])).toEqual([
    ['default/claim-a', [{ interfaceName: 'net1', ips: ['10.90.0.2/24'], hardwareAddress: before[0]!.mac }]],
    ['default/claim-b', [{ interfaceName: 'net2', ips: ['10.91.0.2/24', '2001:db8:91::2/64'], hardwareAddress: before[1]!.mac }]],
  ]);
  expect(reporter.statuses[0]!.devices[0]!.conditions.map((c) => `${c.type}=${c.status}`)).toEqual(['Ready=True', 'NetworkReady=True']);

  // A repeated RunPodSandbox (runtime retry) is a no-op.
  await network.runPodSandbox(pod('p1', ns.path));
  // containerd 1.7 sends StopPodSandbox without the netns path: the record has it.
  await network.stopPodSandbox(pod('p1', undefined));
  expect([linkState(a), linkState(b)]).toEqual(before);
  expect(inventory.marks.slice(2)).toEqual([`returned ${a}`, `returned ${b}`]);
  expect(attachments.get('p1')).toBeUndefined();
  await network.stopPodSandbox(pod('p1', undefined)); // RemovePodSandbox after Stop: nothing left to do
});

test('one failing device fails the sandbox and brings the others home', async () => {
  const a = fixture.veth('c');
  const b = fixture.veth('d');
  const ns = fixture.netns('pod');
  const before = [linkState(a), linkState(b)];
  const plans = new Map([['p2', { pod: { name: 'pod-p2', uid: 'p2' }, devices: [
    device(a, 'claim-ok', { interface: { name: 'net1', addresses: ['10.92.0.2/24'] } }),
    device(b, 'claim-bad', { interface: { name: 'net2', addresses: ['10.93.0.2/24'] }, routes: [{ destination: '10.94.0.0/16', gateway: '10.99.9.9' }] }),
  ] }]]);
  const { network, attachments, reporter } = await agent(plans);
  await expect(network.runPodSandbox(pod('p2', ns.path))).rejects.toThrow(
    new RegExp(`netclaim cannot attach the pod's network devices: device ${b} \\(claim default/claim-bad\\): attach ${b} to .* failed: add route 10\\.94\\.0\\.0/16 via 10\\.99\\.9\\.9`));
  expect([linkState(a), linkState(b)]).toEqual(before);
  expect(linkExists('net1', ns.name)).toBe(false);
  expect(attachments.get('p2')).toBeUndefined();
  expect(reporter.warnings).toEqual([expect.objectContaining({
    objects: ['Pod/pod-p2', 'ResourceClaim/claim-ok', 'ResourceClaim/claim-bad'], reason: 'NetworkDeviceAttachFailed',
  })]);
  // Both claims say why their devices are not in the pod.
  expect(reporter.statuses.map((status) => [status.claim, status.devices.map((d) => d.conditions.map((c) => `${c.type}=${c.status} ${c.reason}`))])).toEqual([
    ['default/claim-ok', [['Ready=False NetworkDeviceAttachFailed', 'NetworkReady=False NetworkDeviceAttachFailed']]],
    ['default/claim-bad', [['Ready=False NetworkDeviceAttachFailed', 'NetworkReady=False NetworkDeviceAttachFailed']]],
  ]);
  expect(reporter.statuses[1]!.devices[0]!.conditions[0]!.message).toMatch(/add route 10\.94\.0\.0\/16 via 10\.99\.9\.9/);
  expect(reporter.statuses[1]!.devices[0]!.networkData).toBeUndefined();
});

test('a device missing from the host fails the sandbox before anything moves', async () => {
  const a = fixture.veth('e');
  const ns = fixture.netns('pod');
  const plans = new Map([['p3', { pod: { name: 'pod-p3', uid: 'p3' }, devices: [device(a, 'c1', {}), device(`${fixture.prefix}zz`, 'c2', {})] }]]);
  const { network } = await agent(plans);
  await expect(network.runPodSandbox(pod('p3', ns.path))).rejects.toThrow(`device ${fixture.prefix}zz of claim default/c2: device ${fixture.prefix}zz not found on the host`);
  expect(linkExists(a)).toBe(true);
});

test('pods without netclaim claims are not touched', async () => {
  const { network, attachments } = await agent(new Map());
  await network.runPodSandbox(pod('other', '/var/run/netns/does-not-matter'));
  await network.stopPodSandbox(pod('other', undefined));
  expect(attachments.all()).toEqual([]);
});

test('after a restart, Synchronize brings home the devices of pods that vanished meanwhile', async () => {
  const a = fixture.veth('f', { addresses: ['192.168.254.9/24'] });
  const ns = fixture.netns('gone');
  const before = linkState(a);
  const plans = new Map([['p4', { pod: { name: 'pod-p4', uid: 'p4' }, devices: [device(a, 'c4', { interface: { name: 'net4' } })] }]]);
  const first = await agent(plans);
  await first.network.runPodSandbox(pod('p4', ns.path));
  await first.network.settled(); // its result checkpoint is on disk before it "dies"
  // The agent dies; the pod is torn down (hardware returns to the host under its pod name).
  ip('-n', ns.name, 'link', 'set', 'net4', 'netns', '1');
  ip('netns', 'del', ns.name);
  const second = await agent(plans);
  expect(second.attachments.get('p4')).toBeDefined();
  await second.network.synchronize([pod('someone-else', undefined)]);
  expect(linkState(a)).toEqual(before);
  expect(second.attachments.get('p4')).toBeUndefined();
});

test('a pod whose namespace vanished without Stop/Remove (runtime restarted meanwhile) is torn down by the namespace check', async () => {
  const a = fixture.veth('h', { addresses: ['192.168.254.17/24'] });
  const ns = fixture.netns('norun');
  const before = linkState(a);
  const plans = new Map([['p7', { pod: { name: 'pod-p7', uid: 'p7' }, devices: [device(a, 'c7', { interface: { name: 'net7' } })] }]]);
  const { network, attachments } = await agent(plans);
  await network.runPodSandbox(pod('p7', ns.path));
  await network.reapPodsWithoutNamespace();
  expect(attachments.get('p7')).toBeDefined(); // its namespace is alive: nothing to do
  // The namespace dies with no event (hardware returns to the host under its pod name).
  ip('-n', ns.name, 'link', 'set', 'net7', 'netns', '1');
  ip('netns', 'del', ns.name);
  await network.reapPodsWithoutNamespace();
  expect(linkState(a)).toEqual(before);
  expect(attachments.get('p7')).toBeUndefined();
});

test('CreateContainer injects the RDMA character devices of the pod, numbered as sysfs says', async () => {
  writeCharDeviceUevent(path.join(stateDir, 'sys'), 'infiniband_verbs', 'uverbs0', 231, 192);
  writeCharDeviceUevent(path.join(stateDir, 'sys'), 'misc', 'rdma_cm', 10, 58);
  const plans = new Map([['p5', { pod: { name: 'pod-p5', uid: 'p5' }, devices: [
    device('ignored0', 'c5', {}, ['/dev/infiniband/uverbs0', '/dev/infiniband/rdma_cm']),
  ] }]]);
  const { network } = await agent(plans);
  expect(await network.createContainer(pod('p5', undefined))).toEqual({ devices: [
    { path: '/dev/infiniband/uverbs0', type: 'c', major: 231, minor: 192, fileMode: 0o666 },
    { path: '/dev/infiniband/rdma_cm', type: 'c', major: 10, minor: 58, fileMode: 0o666 },
  ] });
  expect(await network.createContainer(pod('no-plan', undefined))).toBeUndefined();
});

function vfioDevice(device: string, claimName: string, pciAddress: string, iommuGroup: number): PodPlanDevice {
  return {
    claim: { namespace: 'default', name: claimName, uid: `uid-${claimName}` }, request: 'dpdk', pool: 'node-a', device,
    config: parseInterfaceConfig({ driver: 'vfio-pci' }), vfio: { pciAddress, iommuGroup, originalDriver: 'iavf' },
  };
}

describe('devices bound to vfio-pci', () => {
  test('nothing moves at RunPodSandbox, no attachment is recorded, and the claim status carries the PCI address', async () => {
    const ns = fixture.netns('pod');
    const plans = new Map([['v1', { pod: { name: 'pod-v1', uid: 'v1' }, devices: [vfioDevice('pci-0000-00-03-0', 'dpdk', '0000:00:03.0', 30)] }]]);
    const { network, attachments, reporter, inventory, counted } = await agent(plans);
    await network.runPodSandbox(pod('v1', ns.path));
    expect(attachments.get('v1')).toBeUndefined();
    expect(inventory.marks).toEqual([]);
    expect(reporter.statuses).toEqual([{ claim: 'default/dpdk', devices: [{
      driver: 'netclaim.io', pool: 'node-a', device: 'pci-0000-00-03-0',
      conditions: [expect.objectContaining({ type: 'Ready', status: 'True', reason: 'VfioDeviceReady', message: 'PCI function 0000:00:03.0 is bound to vfio-pci (IOMMU group 30) for the pod' })],
      data: { pciAddress: '0000:00:03.0', iommuGroup: 30, driver: 'vfio-pci' },
    }] }]);
    // A running pod with only vfio devices is not one "started without its devices".
    await network.synchronize([pod('v1', ns.path)]);
    await network.settled();
    expect(counted).toEqual([]);
    await network.stopPodSandbox(pod('v1', undefined));
    expect(reporter.warnings).toEqual([]);
  });

  test('a claim with a netdev and a vfio function gets one status with both entries', async () => {
    const a = fixture.veth('m');
    const ns = fixture.netns('pod');
    const plans = new Map([['v2', { pod: { name: 'pod-v2', uid: 'v2' }, devices: [
      device(a, 'mixed', { interface: { name: 'net1' } }), vfioDevice('pci-0000-00-04-0', 'mixed', '0000:00:04.0', 31),
    ] }]]);
    const { network, attachments, reporter } = await agent(plans);
    await network.runPodSandbox(pod('v2', ns.path));
    expect(attachments.get('v2')?.devices.map((d) => d.device)).toEqual([a]);
    expect(reporter.statuses.map((s) => [s.claim, s.devices.map((d) => [d.device, d.networkData?.interfaceName, d.data?.pciAddress])])).toEqual([
      ['default/mixed', [[a, 'net1', undefined], ['pci-0000-00-04-0', undefined, '0000:00:04.0']]],
    ]);
    await network.stopPodSandbox(pod('v2', undefined));
    expect(linkExists(a)).toBe(true);
  });

  test('CreateContainer injects /dev/vfio/vfio and each group\'s node, and the PCI addresses as PCIDEVICE_NETCLAIM_IO', async () => {
    writeCharDeviceUevent(path.join(stateDir, 'sys'), 'misc', 'vfio', 10, 196, 'vfio/vfio');
    writeCharDeviceUevent(path.join(stateDir, 'sys'), 'vfio', '30', 243, 0, 'vfio/30');
    writeCharDeviceUevent(path.join(stateDir, 'sys'), 'vfio', '31', 243, 1, 'vfio/31');
    const plans = new Map([['v3', { pod: { name: 'pod-v3', uid: 'v3' }, devices: [
      vfioDevice('pci-0000-00-03-0', 'c1', '0000:00:03.0', 30), vfioDevice('pci-0000-00-04-0', 'c2', '0000:00:04.0', 31),
    ] }]]);
    const { network } = await agent(plans);
    expect(await network.createContainer(pod('v3', undefined))).toEqual({
      devices: [
        { path: '/dev/vfio/vfio', type: 'c', major: 10, minor: 196, fileMode: 0o666 },
        { path: '/dev/vfio/30', type: 'c', major: 243, minor: 0, fileMode: 0o666 },
        { path: '/dev/vfio/31', type: 'c', major: 243, minor: 1, fileMode: 0o666 },
      ],
      env: [{ key: 'PCIDEVICE_NETCLAIM_IO', value: '0000:00:03.0,0000:00:04.0' }],
    });
  });
});

test('netclaim status reports devices by pod from the records and the kernel', async () => {
  const { deviceStatus } = await import('../cli/commands/status.ts');
  const a = fixture.veth('g');
  const ns = fixture.netns('pod');
  const plans = new Map([['p6', { pod: { name: 'pod-p6', uid: 'p6' }, devices: [device(a, 'c6', { interface: { name: 'net6' } })] }]]);
  const { network } = await agent(plans);
  await network.runPodSandbox(pod('p6', ns.path));
  // Results are checkpointed just after RunPodSandbox answers; until then the device reads "attaching".
  await network.settled();
  expect(await deviceStatus(stateDir)).toEqual([{
    pod: 'default/pod-p6', podUid: 'p6', claim: 'default/c6', device: a, hostIfName: a, podIfName: 'net6', netnsPath: ns.path, state: 'in-pod',
  }]);
  ip('-n', ns.name, 'link', 'set', 'net6', 'netns', '1');
  expect((await deviceStatus(stateDir))[0]!.state).toBe('missing-from-pod');
  ip('link', 'del', 'net6');
});

describe('pods without a prepared plan', () => {
  /** The pod cache's answers and an on-the-spot preparer that plans the claim for the pod it is reserved for. */
  function claimsSide(plans: Map<string, PodAttachPlan>, answers: Map<string, PodClaimsAnswer>, planned: Map<string, { podUid: string; device: PodPlanDevice }>): PodClaimsSide & { prepared: string[] } {
    const prepared: string[] = [];
    return {
      prepared,
      cached: (uid) => answers.get(uid),
      lookup: async (pod) => answers.get(pod.uid) ?? { known: false, reason: 'no answer from the API server within 500 ms' },
      prepare: async (claim) => {
        prepared.push(claim.name);
        const entry = planned.get(claim.uid)!;
        const plan = plans.get(entry.podUid) ?? { pod: { name: `pod-${entry.podUid}`, uid: entry.podUid }, devices: [] };
        plans.set(entry.podUid, { ...plan, devices: [...plan.devices, entry.device] });
        return { prepared: { version: 1, claim, pod: plan.pod, devices: [entry.device] } };
      },
    };
  }
  const onNode = (device: PodPlanDevice): ClaimOnNode => ({ claim: device.claim, view: {}, devices: [{ request: device.request, driver: 'netclaim.io', pool: device.pool, device: device.device }] });

  test('a claim the kubelet never prepared here is prepared at sandbox start and attached', async () => {
    const a = fixture.veth('i');
    const ns = fixture.netns('pod');
    const plans = new Map<string, PodAttachPlan>();
    const planned = device(a, 'never-prepared', { interface: { name: 'net1' } });
    const side = claimsSide(plans, new Map([['q1', { known: true, claims: [onNode(planned)] }]]), new Map([[planned.claim.uid, { podUid: 'q1', device: planned }]]));
    const { network, attachments } = await agent(plans, { claims: side });
    await network.runPodSandbox(pod('q1', ns.path));
    expect(side.prepared).toEqual(['never-prepared']);
    expect(linkExists('net1', ns.name)).toBe(true);
    expect(attachments.get('q1')?.devices.map((d) => d.claim.name)).toEqual(['never-prepared']);
    await network.stopPodSandbox(pod('q1', undefined));
  });

  test('a device another pod has fails the sandbox naming the claim, the device and that pod; nothing moves', async () => {
    const a = fixture.veth('j');
    const first = fixture.netns('first');
    const second = fixture.netns('second');
    const shared = device(a, 'shared', { interface: { name: 'net1' } });
    const plans = new Map([['holder', { pod: { name: 'pod-holder', uid: 'holder' }, devices: [shared] }]]);
    const side = claimsSide(plans, new Map([['late', { known: true, claims: [onNode(shared)] }]]), new Map());
    const { network, reporter } = await agent(plans, { claims: side });
    await network.runPodSandbox(pod('holder', first.path));
    await expect(network.runPodSandbox(pod('late', second.path))).rejects.toThrow(
      `netclaim cannot give the pod its network devices: device ${a} of claim default/shared is in pod default/pod-holder (uid holder)`);
    expect(linkExists('net1', first.name)).toBe(true);
    expect(reporter.warnings).toEqual([expect.objectContaining({ objects: ['Pod/pod-late'], reason: 'NetworkDeviceUnavailable' })]);
    expect(side.prepared).toEqual([]);
    await network.stopPodSandbox(pod('holder', undefined));
  });

  test('with the API server unreachable and the pod unknown, the pod starts as before and is counted', async () => {
    const ns = fixture.netns('pod');
    const side = claimsSide(new Map(), new Map(), new Map());
    const { network, attachments, counted } = await agent(new Map(), { claims: side });
    await network.runPodSandbox(pod('cold', ns.path));
    expect(attachments.all()).toEqual([]);
    expect(counted).toEqual(['claims-unknown']);
  });

  test('a pod whose claims are learnt after its sandbox started gets its devices in its running namespace', async () => {
    const a = fixture.veth('k');
    const ns = fixture.netns('pod');
    const plans = new Map<string, PodAttachPlan>();
    const answers = new Map<string, PodClaimsAnswer>();
    const planned = device(a, 'learnt', { interface: { name: 'net1' } });
    const side = claimsSide(plans, answers, new Map([[planned.claim.uid, { podUid: 'q2', device: planned }]]));
    const { network, reporter, counted } = await agent(plans, { claims: side });
    await network.runPodSandbox(pod('q2', ns.path));
    expect(linkExists('net1', ns.name)).toBe(false);
    answers.set('q2', { known: true, claims: [onNode(planned)] });
    network.claimsLearnt('q2');
    await network.settled();
    expect(linkExists('net1', ns.name)).toBe(true);
    expect(counted).toEqual(['claims-unknown', 'started-without-devices']);
    expect(reporter.warnings).toEqual([expect.objectContaining({ objects: ['Pod/pod-q2'], reason: 'NetworkDeviceAttachedLate' })]);
    expect(reporter.statuses[0]!.devices[0]!.conditions[0]).toMatchObject({ type: 'Ready', status: 'True', reason: 'NetworkDeviceAttachedLate' });
    network.claimsLearnt('q2'); // learnt again: it has its devices, nothing to do
    await network.settled();
    await network.stopPodSandbox(pod('q2', undefined));
  });

  test('Synchronize attaches the prepared devices of a pod that started while the agent was away', async () => {
    const a = fixture.veth('l');
    const ns = fixture.netns('pod');
    const plans = new Map([['q3', { pod: { name: 'pod-q3', uid: 'q3' }, devices: [device(a, 'c-sync', { interface: { name: 'net3' } })] }]]);
    const { network, counted, reporter } = await agent(plans);
    await network.synchronize([pod('q3', ns.path), pod('plain', '/var/run/netns/not-ours')]);
    await network.settled();
    expect(linkExists('net3', ns.name)).toBe(true);
    expect(counted).toEqual(['started-without-devices']);
    expect(reporter.warnings.map((w) => w.reason)).toEqual(['NetworkDeviceAttachedLate']);
    await network.stopPodSandbox(pod('q3', undefined));
  });

  test('with late attach off, such a pod is only reported, with its claim not ready', async () => {
    const a = fixture.veth('m');
    const ns = fixture.netns('pod');
    const plans = new Map([['q4', { pod: { name: 'pod-q4', uid: 'q4' }, devices: [device(a, 'c-off', {})] }]]);
    const { network, counted, reporter, attachments } = await agent(plans, { lateAttach: false });
    await network.synchronize([pod('q4', ns.path)]);
    await network.settled();
    expect(linkExists(a)).toBe(true);
    expect(attachments.all()).toEqual([]);
    expect(counted).toEqual(['started-without-devices']);
    expect(reporter.warnings).toEqual([expect.objectContaining({ objects: ['Pod/pod-q4', 'ResourceClaim/c-off'], reason: 'NetworkDeviceMissing', message: expect.stringContaining('--late-attach=false') })]);
    expect(reporter.statuses[0]!.devices[0]!.conditions.map((c) => `${c.type}=${c.status} ${c.reason}`)).toEqual(['Ready=False PodStartedWithoutDevice', 'NetworkReady=False PodStartedWithoutDevice']);
    // Reported once per sandbox, not at every reconnection.
    await network.synchronize([pod('q4', ns.path)]);
    await network.settled();
    expect(counted).toEqual(['started-without-devices']);
  });

  test('a sandbox re-created for the same pod with a new namespace: the stale record is torn down, then the devices go into the new one', async () => {
    const a = fixture.veth('n', { addresses: ['192.168.254.33/24'] });
    const old = fixture.netns('old');
    const fresh = fixture.netns('new');
    const plans = new Map([['q5', { pod: { name: 'pod-q5', uid: 'q5' }, devices: [device(a, 'c-re', { interface: { name: 'net5' } })] }]]);
    const { network, attachments } = await agent(plans);
    await network.runPodSandbox(pod('q5', old.path));
    await network.runPodSandbox(pod('q5', fresh.path));
    expect(linkExists('net5', old.name)).toBe(false);
    expect(linkExists('net5', fresh.name)).toBe(true);
    expect(attachments.get('q5')?.netnsPath).toBe(fresh.path);
    await network.stopPodSandbox(pod('q5', undefined));
    expect(linkState(a).addresses).toEqual(['192.168.254.33/24']);
  });
});

describe('sub-interfaces (interface.type)', () => {
  /** A veth parent with carrier (its peer up), as children need. */
  function parentNic(suffix: string): string {
    const parent = fixture.veth(suffix, { addresses: ['192.168.254.33/24'] });
    fixture.configure(`${parent}p`, {});
    return parent;
  }

  function childPlan(uid: string, devices: PodPlanDevice[]): [string, PodAttachPlan] {
    return [uid, { pod: { name: `pod-${uid}`, uid }, devices }];
  }

  function podLinks(netns: string): string[] {
    return ip('-n', netns, '-o', 'link', 'show').split('\n').filter(Boolean).map((line) => line.split(': ')[1]!.split('@')[0]!).filter((name) => name !== 'lo');
  }

  test('two pods get macvlan children of one parent, which stays on the host untouched and unmarked; Stop deletes each child', async () => {
    const parent = parentNic('s');
    const before = linkState(parent);
    const pods = [fixture.netns('a'), fixture.netns('b')];
    const plans = new Map([
      childPlan('s1', [device(parent, 'share-1', { interface: { type: 'macvlan', name: 'net1', addresses: ['10.95.0.1/24'] } })]),
      childPlan('s2', [device(parent, 'share-2', { interface: { type: 'macvlan', mode: 'private', name: 'net1', addresses: ['10.95.0.2/24'] } })]),
    ]);
    const { network, attachments, inventory, reporter } = await agent(plans);
    await Promise.all([network.runPodSandbox(pod('s1', pods[0]!.path)), network.runPodSandbox(pod('s2', pods[1]!.path))]);
    for (const [i, ns] of pods.entries()) expect(linkState('net1', ns.name)).toMatchObject({ up: true, addresses: [`10.95.0.${i + 1}/24`] });
    expect(linkState(parent)).toEqual(before);
    expect(attachments.get('s2')?.devices[0]?.attachment.child?.spec).toEqual({ kind: 'macvlan', mode: 'private' });
    expect(attachments.get('s2')?.devices[0]?.published).toBeUndefined();
    expect(inventory.marks).toEqual([]);
    expect(reporter.statuses.map((status) => status.devices[0]!.networkData?.interfaceName)).toEqual(['net1', 'net1']);

    await network.stopPodSandbox(pod('s1', undefined));
    expect(podLinks(pods[0]!.name)).toEqual([]);
    expect(linkExists('net1', pods[1]!.name)).toBe(true);
    await network.stopPodSandbox(pod('s2', undefined));
    expect(podLinks(pods[1]!.name)).toEqual([]);
    expect(linkState(parent)).toEqual(before);
    expect(inventory.marks).toEqual([]);
    expect(attachments.all()).toEqual([]);
  });

  test('a share\'s consumed bandwidth is its child\'s egress rate, and its share ID is checkpointed and reported', async () => {
    const parent = parentNic('r');
    const ns = fixture.netns('pod');
    const shareId = '0b5c1a9e-58e3-4cc4-9a4c-7b2d0f0b5a11';
    const shared = { ...device(parent, 'share-r', { interface: { type: 'macvlan', name: 'net1' } }), shareId, rateMbps: 100 };
    const { network, attachments, reporter } = await agent(new Map([childPlan('s7', [shared])]));
    await network.runPodSandbox(pod('s7', ns.path));
    expect(rootQdisc('net1', ns.name)).toMatchObject({ kind: 'tbf', options: { rate: 12_500_000 } });
    expect(attachments.get('s7')?.devices[0]?.shareId).toBe(shareId);
    expect(reporter.statuses[0]!.devices[0]).toMatchObject({ device: parent, shareID: shareId });
    await network.stopPodSandbox(pod('s7', undefined));
    expect(podLinks(ns.name)).toEqual([]);
  });

  test('a device that fails rolls back the pod\'s child with it', async () => {
    const parent = parentNic('t');
    const moved = fixture.veth('u');
    const ns = fixture.netns('pod');
    const before = [linkState(parent), linkState(moved)];
    const plans = new Map([childPlan('s3', [
      device(parent, 'share-3', { interface: { type: 'macvlan', name: 'net1', addresses: ['10.96.0.2/24'] } }),
      device(moved, 'whole-3', { interface: { name: 'net2', addresses: ['10.97.0.2/24'] }, routes: [{ destination: '10.98.0.0/16', gateway: '10.99.9.9' }] }),
    ])]);
    const { network, attachments } = await agent(plans);
    await expect(network.runPodSandbox(pod('s3', ns.path))).rejects.toThrow(/add route 10\.98\.0\.0\/16 via 10\.99\.9\.9/);
    expect(podLinks(ns.name)).toEqual([]);
    expect([linkState(parent), linkState(moved)]).toEqual(before);
    expect(attachments.get('s3')).toBeUndefined();
  });

  test('after a restart, reconcile deletes the children of pods the runtime no longer has', async () => {
    const parent = parentNic('v');
    const ns = fixture.netns('pod');
    const before = linkState(parent);
    const plans = new Map([childPlan('s4', [device(parent, 'share-4', { interface: { type: 'macvlan', name: 'net1' } })])]);
    const first = await agent(plans);
    await first.network.runPodSandbox(pod('s4', ns.path));
    await first.network.settled();
    // The agent dies and comes back; the runtime's list no longer has the pod (its namespace lives on).
    const second = await agent(plans);
    await second.network.synchronize([]);
    expect(podLinks(ns.name)).toEqual([]);
    expect(linkState(parent)).toEqual(before);
    expect(second.attachments.get('s4')).toBeUndefined();
  });

  test('an ipvlan child whose mode differs from its siblings\' in other pods fails the sandbox before anything is created', async () => {
    const parent = parentNic('w');
    const ns = fixture.netns('pod');
    const plans = new Map([childPlan('s6', [device(parent, 'share-6', { interface: { type: 'ipvlan', mode: 'l3', name: 'net1' } })])]);
    const { network, attachments } = await agent(plans);
    // Another pod already has an l2 ipvlan child of the parent (recorded as the agent records it).
    await attachments.put({ pod: { uid: 's5', namespace: 'default', name: 'pod-s5' }, netnsPath: '/var/run/netns/elsewhere', devices: [{
      claim: { namespace: 'default', name: 'share-5', uid: 'uid-share-5' }, request: 'nic', pool: 'node-a', device: parent,
      attachment: { netnsPath: '/var/run/netns/elsewhere', podIfName: 'net1', rules: [], snapshot: { ifName: parent, ifIndex: 1, mtu: 1500, mac: '02:00:00:00:00:01', up: true, addresses: [], routes: [] }, child: { spec: { kind: 'ipvlan', mode: 'l2', flags: 'bridge' } } },
    }] });
    await expect(network.runPodSandbox(pod('s6', ns.path))).rejects.toThrow(`${parent}: the parent's ipvlan children run in mode l2 with flags bridge`);
    expect(podLinks(ns.name)).toEqual([]);
  });
});

test('a VF with settings is attached through its PF: the plan\'s PF and index and the config\'s settings; without settings, no vf', () => {
  const vf = { ...device('ens1f0v2', 'vf', { vf: { vlan: 10, trust: true } }), vf: { pfIfName: 'ens1f0', vfIndex: 2 } };
  expect(deviceAttachRequest(vf, '/run/netns/p').vf).toEqual({ pfIfName: 'ens1f0', vfIndex: 2, settings: { vlan: 10, trust: true } });
  expect(deviceAttachRequest({ ...vf, config: parseInterfaceConfig({}) }, '/run/netns/p')).not.toHaveProperty('vf');
  expect(deviceAttachRequest(device('eth1', 'plain', {}), '/run/netns/p')).not.toHaveProperty('vf');
});

/**
 * Smoke test of the runtime harness against the real containerd 1.7 and 2.1: CRI answers,
 * a pod gets a netns, and cleanup leaves nothing behind on the host. Needs root.
 */
import { existsSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KernelFixture, linkState } from '../../netops/test/kernel-fixtures.ts';
import { TestContainerd } from './containerd.ts';
import { linkExists, readIpForward } from './host-network.ts';
import { cniCacheFilesOfNetwork, criCgroupDirs, shimPidsFor } from './host-residue.ts';
import { containerdVersions, loadInstallation, runningAsRoot } from './installation.ts';
import { netnsPathOfPod, testPodConfig } from './pods.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/runtime/containerd.test.ts: skipped, driving containerd needs root');

const podTimeoutMs = 60_000;

async function expectHostRestored(containerd: TestContainerd, before: { ipForward: string; cgroupDirs: Set<string> }, netnsPath: string): Promise<void> {
  expect(existsSync(containerd.dir)).toBe(false);
  expect(existsSync(netnsPath)).toBe(false);
  expect(await linkExists(containerd.bridgeName)).toBe(false);
  expect(readIpForward()).toBe(before.ipForward);
  expect([...criCgroupDirs()].filter((dir) => !before.cgroupDirs.has(dir))).toEqual([]);
  expect(shimPidsFor(containerd.criSocket)).toEqual([]);
  expect(cniCacheFilesOfNetwork(containerd.networkName)).toEqual([]);
}

describeAsRoot.each(containerdVersions)('real containerd %s', (version) => {
  let containerd: TestContainerd | undefined;
  let before: { ipForward: string; cgroupDirs: Set<string> };

  beforeEach(() => {
    before = { ipForward: readIpForward(), cgroupDirs: criCgroupDirs() };
  });

  afterEach(async () => {
    await containerd?.cleanup();
    containerd = undefined;
  }, podTimeoutMs);

  test('answers Version with its own version and runs a pod in a netns through its own shim', async () => {
    containerd = await TestContainerd.start(version);
    const answer = await containerd.cri.version();
    expect(answer.runtime_name).toBe('containerd');
    expect(answer.runtime_version.startsWith(`${version}.`)).toBe(true);
    expect(answer.runtime_version).toBe(loadInstallation().containerd[version].version);

    const config = testPodConfig('smoke');
    const podId = await containerd.cri.runPodSandbox(config);
    const status = await containerd.cri.podSandboxStatus(podId, true);
    expect(status.status.state).toBe('SANDBOX_READY');
    expect(status.status.metadata.uid).toBe(config.metadata.uid);
    const netnsPath = netnsPathOfPod(status);
    expect(netnsPath).toMatch(/^\/var\/run\/netns\/cni-/);
    expect(existsSync(netnsPath!)).toBe(true);
    const shimBinaries = shimPidsFor(containerd.criSocket).map((pid) => readlinkSync(`/proc/${pid}/exe`));
    expect(shimBinaries.length).toBeGreaterThan(0);
    for (const binary of shimBinaries) expect(binary).toBe(`${loadInstallation().containerd[version].binDir}/containerd-shim-runc-v2`);

    await containerd.cri.stopPodSandbox(podId);
    expect((await containerd.cri.podSandboxStatus(podId)).status.state).toBe('SANDBOX_NOTREADY');
    await containerd.cri.removePodSandbox(podId);
    expect((await containerd.cri.listPodSandbox()).map((pod) => pod.id)).not.toContain(podId);
    expect(existsSync(netnsPath!)).toBe(false);

    await containerd.cleanup();
    await expectHostRestored(containerd, before, netnsPath!);
  }, podTimeoutMs);

  test('keeps pods across a SIGKILL and restart, and cleanup still removes them', async () => {
    containerd = await TestContainerd.start(version);
    const podId = await containerd.cri.runPodSandbox(testPodConfig('survivor'));
    const netnsPath = netnsPathOfPod(await containerd.cri.podSandboxStatus(podId, true))!;

    await containerd.kill();
    expect(containerd.running).toBe(false);
    await containerd.restart();
    expect((await containerd.cri.podSandboxStatus(podId)).status.state).toBe('SANDBOX_READY');

    // Left running on purpose, then killed again: cleanup must cope with a dead containerd and a live pod.
    await containerd.kill();
    await containerd.cleanup();
    await expectHostRestored(containerd, before, netnsPath);
  }, podTimeoutMs);

  test('attaches extra CNI networks after the bridge: a host-device NIC is eth1 in the pod and back home at stop', async () => {
    const kernel = new KernelFixture();
    try {
      const nic = kernel.veth('hd');
      containerd = await TestContainerd.start(version, {
        extraCniNetworks: [[{ type: 'host-device', device: nic, ipam: { type: 'static', addresses: [{ address: '198.18.0.2/24' }] } }]],
      });
      const podId = await containerd.cri.runPodSandbox(testPodConfig('extra-net'));
      const netns = netnsPathOfPod(await containerd.cri.podSandboxStatus(podId, true))!.split('/').at(-1)!;
      expect(linkState('eth1', netns)).toMatchObject({ up: true, addresses: ['198.18.0.2/24'] });

      await containerd.cri.stopPodSandbox(podId);
      expect(linkState(nic).name).toBe(nic);
      await containerd.cri.removePodSandbox(podId);
    } finally {
      kernel.cleanup();
    }
  }, podTimeoutMs);

  test('cleanup restores the host even when a killed containerd cannot come back', async () => {
    containerd = await TestContainerd.start(version);
    const podId = await containerd.cri.runPodSandbox(testPodConfig('orphan'));
    const netnsPath = netnsPathOfPod(await containerd.cri.podSandboxStatus(podId, true))!;
    expect(cniCacheFilesOfNetwork(containerd.networkName).length).toBeGreaterThan(0);

    await containerd.kill();
    writeFileSync(join(containerd.dir, 'config.toml'), 'this is not TOML');
    await expect(containerd.cleanup()).rejects.toThrow(/cleanup of containerd .* was incomplete/);
    await expectHostRestored(containerd, before, netnsPath);
  }, podTimeoutMs);
});

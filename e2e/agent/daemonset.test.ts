/**
 * The agent as its DaemonSet runs it: the image `make image` assembles, imported into a real
 * containerd (1.7 and 2.1, in turn) and run through CRI as the pod the default overlay (`kubectl kustomize
 * manifests/`) describes: host network, privileged, read-only root, its host mounts, args, env
 * and memory limit, all derived from the rendered DaemonSet. The kubelet's and the runtime's
 * paths are this host's real ones, as on a node (registry and plugin directories under
 * /var/lib/kubelet, the NRI socket /var/run/nri/nri.sock, pod namespaces under /var/run/netns),
 * so the kubelet simulator dials the very socket path the agent advertises. The whole flow then
 * runs: slice published, claim prepared, a pod started with its NIC configured, teardown home,
 * and the agent stops cleanly within its grace period. This proves the mounts and privileges the
 * manifests ask for are enough.
 *
 * What differs from a node, and why: the agent reaches the fake API server through a kubeconfig
 * mounted read-only and `--kubeconfig` (on a node it uses its service account, which needs TLS
 * the fake server does not speak), and a `--filter` offers this test's stand-in NICs (veths; by
 * default the agent offers PCI functions, and this machine has none to spare). Needs root,
 * `make runtime-deps`, `make image` and `make kubectl`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { IDaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { ip, linkExists, linkState } from '../../netops/test/kernel-fixtures.ts';
import { kustomize } from '../../manifests/render.ts';
import { containerdVersions, runningAsRoot } from '../runtime/installation.ts';
import { AgentHarness, DRIVER_NAME, NODE_NAME, waitUntil } from './harness.ts';
import { criPodFor, probeUrl, type CriPod } from './daemonset-pod.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/daemonset.test.ts: skipped, driving containerd needs root');

const IMAGE_TARBALL = resolve(import.meta.dirname, '../../build/image/netclaim-oci.tar');
/** A node's paths that belong to the kubelet and the runtime: the manifests must meet them. */
const KUBELET_REGISTRY_DIR = '/var/lib/kubelet/plugins_registry';
const RUNTIME_NRI_SOCKET = '/var/run/nri/nri.sock';
/** Host directories a previous run created and could not remove (it was killed): removed first. */
const CREATED_MARKER = '/run/netclaim-e2e-daemonset.json';
const KUBECONFIG_DIR_IN_POD = '/etc/netclaim-e2e';
const SETUP_TIMEOUT_MS = 120_000;
const PROBE_POLL_MS = 100;

/** Makes the host directories the kubelet would create for the pod; their topmost new ancestors go into CREATED_MARKER for removal. */
function createHostDirectories(pod: CriPod): void {
  if (existsSync(CREATED_MARKER)) removeCreatedDirectories();
  const missing = pod.directoriesRequired.filter((dir) => !existsSync(dir));
  if (missing.length > 0) throw new Error(`hostPath directories of type Directory missing on this host: ${missing.join(', ')}`);
  const created = new Set<string>();
  for (const dir of pod.directoriesToCreate) {
    let topmost: string | undefined;
    for (let candidate = dir; !existsSync(candidate); candidate = dirname(candidate)) topmost = candidate;
    if (topmost) created.add(topmost);
  }
  writeFileSync(CREATED_MARKER, JSON.stringify([...created]));
  for (const dir of pod.directoriesToCreate) mkdirSync(dir, { recursive: true, mode: 0o755 });
}

function removeCreatedDirectories(): void {
  const created = JSON.parse(readFileSync(CREATED_MARKER, 'utf8')) as string[];
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  rmSync(CREATED_MARKER, { force: true });
}

/** Polls an httpGet probe as the kubelet would, until it answers 2xx; bounded by the probe's own period × failureThreshold. */
async function probeSucceeds(url: string, periodSeconds: number, failureThreshold: number, agentLog: () => string): Promise<void> {
  const budgetMs = periodSeconds * failureThreshold * 1000;
  await waitUntil(`${url} to answer 2xx`, budgetMs, async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_POLL_MS * 10) }).catch(() => undefined);
    await response?.body?.cancel();
    return response?.ok ? true : undefined;
  }).catch((error: unknown) => {
    throw new Error(`${(error as Error).message}\nagent log:\n${agentLog()}`);
  });
}

describeAsRoot.each(containerdVersions)('the agent as its DaemonSet runs it, on containerd %s', (version) => {
  const daemonSet = kustomize('.').find((object) => (object as { kind?: string }).kind === 'DaemonSet') as IDaemonSet;
  const podSpec = daemonSet.spec!.template.spec!;
  const manifestContainer = podSpec.containers[0]!;
  let agent: AgentHarness | undefined;
  let pod: CriPod;
  let containerId = '';

  const harness = () => {
    if (!agent) throw new Error('the harness did not start');
    return agent;
  };
  /** The agent container's log as the runtime wrote it (CRI log lines: time, stream, tag, then the line). */
  const agentLog = (lines = 40): string => {
    const file = join(pod.sandbox.log_directory!, pod.container.log_path!);
    if (!existsSync(file)) return '(no log yet)';
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).map((line) => line.split(' ').slice(3).join(' ')).join('\n');
  };

  beforeAll(async () => {
    if (!existsSync(IMAGE_TARBALL)) throw new Error(`${IMAGE_TARBALL} is missing: run \`make image\` first`);
    agent = await AgentHarness.start({ containerd: version, containerdOptions: { nriSocket: RUNTIME_NRI_SOCKET }, startDaemon: false });
    pod = criPodFor(daemonSet, { nodeName: NODE_NAME, logDirectory: join(agent.dir, 'pod-logs') }, {
      args: [
        `--kubeconfig=${KUBECONFIG_DIR_IN_POD}/${basename(agent.api.kubeconfigPath)}`,
        `--filter=device.attributes["${DRIVER_NAME}"].ifName.startsWith("${agent.kernel.prefix}")`,
      ],
      mounts: [{ container_path: KUBECONFIG_DIR_IN_POD, host_path: dirname(agent.api.kubeconfigPath), readonly: true }],
    });
    createHostDirectories(pod);
    // The image by the name the manifest gives it: CRI must find it without a pull (imagePullPolicy IfNotPresent).
    await agent.containerd.importImage(IMAGE_TARBALL, manifestContainer.image!);
    const cri = agent.containerd.cri;
    const sandboxId = await cri.runPodSandbox(pod.sandbox);
    containerId = await cri.createContainer(sandboxId, pod.container, pod.sandbox);
    await cri.startContainer(containerId);
    const startup = manifestContainer.startupProbe!;
    await probeSucceeds(probeUrl(manifestContainer, startup), startup.periodSeconds ?? 10, startup.failureThreshold ?? 3, agentLog);
    // The kubelet's plugin watcher finds the registration socket in its own directory.
    await agent.useKubeletRegistry(KUBELET_REGISTRY_DIR);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    const problems: unknown[] = [];
    await agent?.cleanup().catch((error: unknown) => problems.push(error));
    if (existsSync(CREATED_MARKER)) removeCreatedDirectories();
    if (problems.length > 0) throw new AggregateError(problems, 'cleanup after the DaemonSet test was incomplete');
  }, SETUP_TIMEOUT_MS);

  test('runs from the image the manifest names, with the DaemonSet\'s args, mounts and limits', async () => {
    const status = await harness().containerd.cri.containerStatus(containerId, true);
    expect(status.status.state).toBe('CONTAINER_RUNNING');
    // The node name came through the downward API and $(NODE_NAME); the claims the fixtures make name this driver.
    expect(pod.container.args).toEqual(expect.arrayContaining([`--node-name=${NODE_NAME}`, `--driver-name=${DRIVER_NAME}`]));
    expect(pod.container.mounts?.map((mount) => mount.container_path)).toEqual(expect.arrayContaining(['/var/lib/kubelet/plugins', '/var/run/netns']));
    // The registration the kubelet sim accepted points at the socket path the agent advertised, under the mounted plugins dir.
    expect(harness().kubelet.info.endpoint.startsWith('/var/lib/kubelet/plugins/')).toBe(true);
    const readiness = manifestContainer.readinessProbe!;
    await probeSucceeds(probeUrl(manifestContainer, readiness), readiness.periodSeconds ?? 10, readiness.failureThreshold ?? 3, agentLog);
  });

  test('publishes a NIC, gives it to a pod configured as its claim says, and brings it home at teardown', async () => {
    const agent = harness();
    const nic = await agent.nic('ds', { addresses: ['198.51.100.1/24'] });
    ip('link', 'set', `${nic.ifName}p`, 'up');
    const before = linkState(nic.ifName);
    const podConfig = agent.podConfig('ds-flow');
    const claim = agent.seedClaim({
      name: 'ds-flow', pod: podConfig, devices: [nic.device],
      config: { interface: { name: 'net1', mtu: 9000, addresses: ['192.168.77.2/24'] }, routes: [{ destination: '192.168.200.0/24', gateway: '192.168.77.1' }] },
    });
    const prepared = await agent.prepare(claim);
    expect(prepared[claim.uid]?.error).toBe('');

    const running = await agent.runPod(podConfig);
    expect(linkExists(nic.ifName)).toBe(false);
    expect(linkState('net1', running.netnsName)).toMatchObject({
      name: 'net1', mtu: 9000, up: true, addresses: ['192.168.77.2/24'], routes: ['192.168.200.0/24 via 192.168.77.1'],
    });
    // The claim's status is written by the agent through the API, as on a node.
    await waitUntil('the claim status written by the agent', 15_000, async () => (agent.readClaim(claim)?.status as { devices?: unknown[] } | undefined)?.devices?.length ? true : undefined);
    // What an operator runs with `kubectl exec ds/netclaim -- netclaim status`: the command on the image's PATH, with no shell.
    const status = await agent.containerd.cri.execSync(containerId, ['netclaim', 'status', '--json'], 30);
    expect({ exitCode: status.exitCode, stderr: status.stderr }).toEqual({ exitCode: 0, stderr: '' });
    expect(JSON.parse(status.stdout)).toEqual([expect.objectContaining({ hostIfName: nic.ifName, podIfName: 'net1', state: 'in-pod' })]);

    await agent.stopPod(running);
    await agent.removePod(running);
    expect(linkState(nic.ifName)).toEqual(before);
    expect(await agent.unprepare(claim)).toEqual({ [claim.uid]: '' });
  }, 60_000);

  test('stops cleanly within the DaemonSet\'s grace period', async () => {
    const cri = harness().containerd.cri;
    await cri.stopContainer(containerId, podSpec.terminationGracePeriodSeconds ?? 30);
    const status = await cri.containerStatus(containerId);
    expect({ state: status.status.state, exitCode: status.status.exit_code, reason: status.status.reason }).toEqual({ state: 'CONTAINER_EXITED', exitCode: 0, reason: 'Completed' });
  }, 90_000);
});


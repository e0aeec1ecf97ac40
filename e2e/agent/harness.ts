/**
 * The whole node agent under test, wired as on a node: the fake API server (the only simulated
 * part), a real containerd (1.7 or 2.1) with NRI on its own socket, the REAL daemon process
 * (`bin/netclaim daemon`, its own temp state, registry and plugins dirs, metrics on a random
 * port) and the kubelet simulator registered with it. For tests, benchmarks and the demo.
 *
 *   const agent = await AgentHarness.start({ containerd: '1.7' });
 *   try {
 *     const nic = await agent.nic('a', { addresses: ['198.51.100.1/24'] });   // a veth, once published
 *     const pod = agent.podConfig('web');
 *     const claim = agent.seedClaim({ name: 'web-nics', pod, devices: [nic.device], config: { interface: { name: 'net1' } } });
 *     await agent.prepare(claim);                     // NodePrepareResources through the kubelet sim
 *     const running = await agent.runPod(pod);        // CRI RunPodSandbox: NRI moves the NIC in
 *     // ... ip -n running.netnsName ...
 *     await agent.stopPod(running); await agent.removePod(running);
 *     await agent.unprepare(claim);
 *     await agent.killDaemon(); await agent.restartDaemon();   // crash and come back, same state dir
 *   } finally {
 *     await agent.cleanup();   // daemon, pods, containerd, kernel objects, temp dir; also after a failure
 *   }
 *
 * Only devices whose interface name starts with this harness's kernel prefix are published
 * (the daemon's --filter), so links made by other tests on the same host never reach a slice.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ip, KernelFixture } from '../../netops/test/kernel-fixtures.ts';
import type { AllocationConfig, AllocationResult } from '../../plugin/claims/claim.ts';
import type { DeviceStatusRow } from '../../plugin/cli/commands/status.ts';
import { allocatedClaim, opaqueConfig, TEST_DRIVER, TEST_POOL } from '../../testing/claims.ts';
import { FakeApiServer, type KubeObject } from '../../testing/fake-apiserver/server.ts';
import { seedPod } from '../../testing/pods.ts';
import { KubeletHealthWatch, registerPlugin, type ClaimRef, type PrepareResult, type RegisteredPlugin } from '../../testing/kubelet-sim/kubelet-sim.ts';
import { TestContainerd, type TestContainerdOptions } from '../runtime/containerd.ts';
import type { PodSandboxConfig } from '../runtime/cri-client.ts';
import type { ContainerdVersion } from '../runtime/installation.ts';
import { netnsPathOfPod, testPodConfig } from '../runtime/pods.ts';

const run = promisify(execFile);
const NETCLAIM = resolve(import.meta.dirname, '../../bin/netclaim');
const DAEMON_START_TIMEOUT_MS = 20_000;
const DAEMON_STOP_TIMEOUT_MS = 25_000;
const WAIT_TIMEOUT_MS = 15_000;
const POLL_MS = 25;

/** The pool of this node's devices: the fixtures' allocated claims name it. */
export const NODE_NAME = TEST_POOL;
export const DRIVER_NAME = TEST_DRIVER;

/** One JSON log line of the daemon. */
export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** One run of `bin/netclaim daemon`: its log, the metrics port it announced, and its exit. */
export class DaemonProcess {
  readonly logs: LogLine[] = [];
  readonly exited: Promise<number | null>;
  readonly #child: ChildProcess;
  #metricsPort: number | undefined;
  #exitCode: number | null | undefined;

  constructor(args: string[], logFile: WriteStream) {
    // Its own process group: a Ctrl-C at the terminal must not stop the daemon before cleanup
    // has used it to bring devices home; the harness ends it explicitly.
    this.#child = spawn(NETCLAIM, ['daemon', ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.exited = new Promise((resolve) => this.#child.once('exit', (code) => {
      this.#exitCode = code;
      resolve(code);
    }));
    // The logger writes JSON lines to stderr; Node's own warnings and crashes come as plain text.
    for (const stream of [this.#child.stdout!, this.#child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        logFile.write(line + '\n');
        const parsed = parseLogLine(line) ?? { level: 'text', msg: line };
        this.logs.push(parsed);
        if (parsed.msg === 'netclaim agent started' && typeof parsed.metricsPort === 'number') this.#metricsPort = parsed.metricsPort;
      });
    }
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  get running(): boolean {
    return this.#exitCode === undefined;
  }

  get metricsPort(): number {
    if (this.#metricsPort === undefined) throw new Error('the daemon has not announced its metrics port yet');
    return this.#metricsPort;
  }

  /** Resolves with the metrics port once the daemon logs "netclaim agent started". */
  async started(): Promise<number> {
    await waitUntil('the daemon to log "netclaim agent started"', DAEMON_START_TIMEOUT_MS, async () => {
      if (!this.running) throw new Error(`the daemon exited (code ${this.#exitCode}) before it started:\n${this.logTail()}`);
      return this.#metricsPort;
    }).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n${this.logTail()}`);
    });
    return this.metricsPort;
  }

  /** SIGKILL, as a crash or an OOM kill would: no cleanup of any kind. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.#child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, as the kubelet stops a DaemonSet pod; SIGKILL when it does not exit in time. */
  async stop(): Promise<number | null> {
    if (!this.running) return this.#exitCode ?? null;
    this.#child.kill('SIGTERM');
    const exited = await Promise.race([this.exited.then(() => true), sleep(DAEMON_STOP_TIMEOUT_MS, false, { ref: false })]);
    if (!exited) await this.kill();
    return this.#exitCode ?? null;
  }

  /** Log lines matching `msg` (and every given field) logged since `since` (an index into `logs`). */
  find(msg: string, fields: Record<string, unknown> = {}, since = 0): LogLine[] {
    return this.logs.slice(since).filter((line) => line.msg === msg && Object.entries(fields).every(([key, value]) => line[key] === value));
  }

  async waitForLog(msg: string, fields: Record<string, unknown> = {}, since = 0, timeoutMs = WAIT_TIMEOUT_MS): Promise<LogLine> {
    return waitUntil(`the daemon to log "${msg}" ${JSON.stringify(fields)}`, timeoutMs, async () => this.find(msg, fields, since)[0]);
  }

  logTail(lines = 30): string {
    return this.logs.slice(-lines).map((line) => JSON.stringify(line)).join('\n');
  }
}

function parseLogLine(line: string): LogLine | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && 'msg' in value ? value as LogLine : undefined;
  } catch {
    return undefined;
  }
}

/** Polls an async probe until it yields a value; bounded, throws after `timeoutMs`. */
export async function waitUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last: ${String(lastError)})` : ''}`);
    await sleep(POLL_MS);
  }
}

export interface Nic {
  /** The host interface name (a veth end). */
  ifName: string;
  /** Its name in the ResourceSlice, which claims allocate. */
  device: string;
}

/** The host end of a stand-in NIC's veth pair: down, the NIC loses carrier. */
export function peerOf(ifName: string): string {
  return `${ifName}p`;
}

export interface RunningPod {
  id: string;
  config: PodSandboxConfig;
  uid: string;
  netnsPath: string;
  /** The name under /var/run/netns, for `ip -n` and `ip netns exec`. */
  netnsName: string;
}

type VethOptions = Parameters<KernelFixture['veth']>[1];

interface SliceDevice { name: string; attributes?: Record<string, { string?: string; int?: number; bool?: boolean; version?: string }> }

export interface AgentHarnessOptions {
  containerd: ContainerdVersion;
  /** More daemon flags, given this harness's kernel name prefix (e.g. a --share-filter on it). */
  daemonArgs?: (kernelPrefix: string) => string[];
  /** The kubelet sim has the ResourceHealthStatus feature: it watches the daemon's device health (`harness.health`). */
  kubeletHealth?: boolean;
  containerdOptions?: TestContainerdOptions;
  /** false: no `bin/netclaim daemon` process; the test runs the agent itself (e.g. as a pod) and calls useKubeletRegistry. */
  startDaemon?: boolean;
  /** The first daemon's --pod-uid (per-instance kubelet socket names, as in the DaemonSet). */
  podUid?: string;
}

export class AgentHarness {
  readonly api: FakeApiServer;
  readonly containerd: TestContainerd;
  readonly kernel: KernelFixture;
  readonly dir: string;
  readonly stateDir: string;
  readonly registryDir: string;
  readonly pluginsDir: string;
  /** What the kubelet sim heard of device health, across daemon restarts (with `kubeletHealth`). */
  readonly health: KubeletHealthWatch | undefined;
  #daemon: DaemonProcess | undefined;
  /** Daemons a successor replaced; stopped at cleanup if still running. */
  readonly #replaced: DaemonProcess[] = [];
  #podUid: string | undefined;
  #kubelet: RegisteredPlugin | undefined;
  #daemonRuns = 0;
  readonly #logFile: WriteStream;
  readonly #daemonArgs: string[];

  private constructor(api: FakeApiServer, containerd: TestContainerd, kernel: KernelFixture, dir: string, daemonArgs: string[], kubeletHealth: boolean) {
    this.api = api;
    this.#daemonArgs = daemonArgs;
    this.health = kubeletHealth ? new KubeletHealthWatch() : undefined;
    this.containerd = containerd;
    this.kernel = kernel;
    this.dir = dir;
    this.stateDir = join(dir, 'state');
    this.registryDir = join(dir, 'registry');
    this.pluginsDir = join(dir, 'plugins');
    this.#logFile = createWriteStream(join(dir, 'daemon.log'), { flags: 'a' });
  }

  /** Starts everything and registers the daemon with the kubelet sim; undoes what it started on failure. */
  static async start(options: AgentHarnessOptions): Promise<AgentHarness> {
    const kernel = new KernelFixture();
    // Short: unix socket paths under it must fit in 108 bytes.
    const dir = mkdtempSync('/tmp/nc-agent-');
    let api: FakeApiServer | undefined;
    let containerd: TestContainerd | undefined;
    try {
      api = await FakeApiServer.start();
      api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: NODE_NAME } });
      containerd = await TestContainerd.start(options.containerd, { label: `agent${options.containerd.replace('.', '')}`, ...options.containerdOptions });
    } catch (error) {
      await containerd?.cleanup().catch(() => undefined);
      await api?.stop();
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const harness = new AgentHarness(api, containerd, kernel, dir, options.daemonArgs?.(kernel.prefix) ?? [], options.kubeletHealth ?? false);
    harness.#podUid = options.podUid;
    try {
      if (options.startDaemon !== false) await harness.startDaemon();
    } catch (error) {
      await harness.cleanup().catch(() => undefined);
      throw error;
    }
    return harness;
  }

  get daemon(): DaemonProcess {
    if (!this.#daemon) throw new Error('no daemon started');
    return this.#daemon;
  }

  get kubelet(): RegisteredPlugin {
    if (!this.#kubelet) throw new Error('the kubelet sim has not registered the daemon');
    return this.#kubelet;
  }

  /**
   * Runs the daemon (again) on the same state dir, waits until it started and offered
   * registration, and registers it with the kubelet sim, as the kubelet's plugin watcher would.
   */
  async startDaemon(): Promise<DaemonProcess> {
    if (this.#daemon?.running) throw new Error('the daemon is still running');
    const daemon = this.#spawnDaemon(this.#podUid);
    this.#daemon = daemon;
    await daemon.started();
    await this.registerWithKubelet();
    return daemon;
  }

  /**
   * A second daemon on the same state dir, sockets and runtime, as the DaemonSet's surge pod in an
   * upgrade: it opens its doors and asks the running daemon to hand the node over. Not awaited;
   * `started()` on it resolves once it took over. Both are stopped at cleanup.
   */
  startSuccessor(podUid: string): DaemonProcess {
    if (this.#daemon) this.#replaced.push(this.#daemon);
    this.#podUid = podUid;
    this.#daemon = this.#spawnDaemon(podUid);
    return this.#daemon;
  }

  #spawnDaemon(podUid: string | undefined): DaemonProcess {
    this.#daemonRuns += 1;
    this.#logFile.write(`--- daemon run ${this.#daemonRuns} ---\n`);
    return new DaemonProcess([
      '--node-name', NODE_NAME,
      '--driver-name', DRIVER_NAME,
      '--kubeconfig', this.api.kubeconfigPath,
      '--state-dir', this.stateDir,
      '--nri-socket', this.containerd.nriSocket,
      '--kubelet-registry-dir', this.registryDir,
      '--kubelet-plugins-dir', this.pluginsDir,
      '--metrics-address', '127.0.0.1:0',
      // Tests wait for pods whose namespace vanished unannounced to be noticed: don't make them wait long.
      '--namespace-check-interval', '1',
      '--filter', `device.attributes["${DRIVER_NAME}"].ifName.startsWith("${this.kernel.prefix}")`,
      ...this.#daemonArgs,
      ...(podUid ? ['--pod-uid', podUid] : []),
    ], this.#logFile);
  }

  /**
   * Registers the current daemon with the kubelet sim once it offers registration (after NRI
   * connected). A killed daemon's socket file stays behind until the next one replaces it, so
   * this waits for the new daemon's own "registration offered" line first.
   */
  async registerWithKubelet(since = 0): Promise<RegisteredPlugin> {
    await this.daemon.waitForLog('registration offered to the kubelet', {}, since, DAEMON_START_TIMEOUT_MS);
    this.#kubelet?.dra.close();
    this.#kubelet = undefined;
    this.#kubelet = await registerPlugin(this.registryDir, this.health ? { health: this.health } : {});
    await this.daemon.waitForLog('kubelet registered the plugin', {}, since);
    return this.#kubelet;
  }

  /** Registers the plugin whose registration socket appears in `registryDir` with the kubelet sim, for an agent this harness did not start. */
  async useKubeletRegistry(registryDir: string): Promise<RegisteredPlugin> {
    this.#kubelet?.dra.close();
    this.#kubelet = undefined;
    this.#kubelet = await registerPlugin(registryDir, { timeoutMs: DAEMON_START_TIMEOUT_MS });
    return this.#kubelet;
  }

  async killDaemon(): Promise<void> {
    this.#kubelet?.dra.close();
    this.#kubelet = undefined;
    await this.#daemon?.kill();
  }

  /** After killDaemon(): a new daemon process on the same state dir, registered again. */
  async restartDaemon(): Promise<DaemonProcess> {
    return this.startDaemon();
  }

  /**
   * A stand-in NIC (veth) with this harness's prefix, returned once the daemon has published it.
   * Its peer (`<ifName>p`, on the host) is up, so the NIC has carrier as a cabled NIC would;
   * setting the peer down takes the carrier away.
   */
  async nic(suffix: string, options: VethOptions = {}): Promise<Nic> {
    const [nic] = await this.nics([{ suffix, ...options }]);
    return nic!;
  }

  /** Several stand-in NICs at once: one wait for the daemon to publish them all. */
  async nics(specs: Array<{ suffix: string } & VethOptions>): Promise<Nic[]> {
    const ifNames = specs.map(({ suffix, ...options }) => this.kernel.veth(suffix, options));
    for (const ifName of ifNames) ip('link', 'set', peerOf(ifName), 'up');
    return waitUntil(`${ifNames.join(', ')} in the ResourceSlice`, WAIT_TIMEOUT_MS, async () => {
      const published = new Map(this.publishedDevices().flatMap((device) => {
        const ifName = device.attributes?.ifName?.string;
        return ifName ? [[ifName, device.name] as const] : [];
      }));
      const nics = ifNames.map((ifName) => ({ ifName, device: published.get(ifName) }));
      return nics.every((nic) => nic.device !== undefined) ? nics as Nic[] : undefined;
    });
  }

  /** Every device in this node's ResourceSlices. */
  publishedDevices(): SliceDevice[] {
    return this.api.list('resource.k8s.io/v1', 'ResourceSlice')
      .filter((slice) => (slice.spec as { nodeName?: string } | undefined)?.nodeName === NODE_NAME)
      .flatMap((slice) => (slice.spec as { devices?: SliceDevice[] }).devices ?? []);
  }

  podConfig(namePrefix: string): PodSandboxConfig {
    return testPodConfig(namePrefix);
  }

  /**
   * The pod's API object as the scheduler leaves it (bound to this node, using `claims`); returns
   * the sandbox config with the uid the API server gave it, as the kubelet's sandboxes carry.
   */
  podObject(config: PodSandboxConfig, claims: string[]): PodSandboxConfig {
    const metadata = config.metadata!;
    const created = seedPod(this.api, { namespace: metadata.namespace!, name: metadata.name!, nodeName: NODE_NAME, claims });
    return { ...config, metadata: { ...metadata, uid: String(created.metadata.uid) } };
  }

  /** Sets the claim's consumers, as the scheduler does when another pod starts to share it. */
  reserveClaim(claim: ClaimRef, pods: PodSandboxConfig[]): void {
    const stored = this.api.read('resource.k8s.io/v1', 'ResourceClaim', claim.name, claim.namespace)!;
    const reservedFor = pods.map((pod) => ({ resource: 'pods', name: pod.metadata!.name!, uid: pod.metadata!.uid! }));
    this.api.replace({ ...stored, status: { ...stored.status as object, reservedFor } });
  }

  /** Events the daemon recorded about an object, by reason. */
  events(involvedUid: string): Array<{ reason: string; type: string; message: string }> {
    return this.api.list('v1', 'Event')
      .filter((event) => (event.involvedObject as { uid?: string } | undefined)?.uid === involvedUid)
      .map((event) => ({ reason: String(event.reason), type: String(event.type), message: String(event.message) }));
  }

  /**
   * Creates a claim as the scheduler leaves it: allocated to `devices` of this node, one request
   * each (or the given allocation `results`), reserved for the pod, in the pod's namespace;
   * `config` becomes its opaque parameters.
   */
  seedClaim(spec: { name: string; pod: PodSandboxConfig; devices?: string[]; results?: AllocationResult[]; config?: unknown; allocationConfig?: AllocationConfig[] }): ClaimRef {
    const metadata = spec.pod.metadata!;
    const claim = allocatedClaim({
      namespace: metadata.namespace!,
      name: spec.name,
      ...(spec.devices ? { devices: spec.devices } : {}),
      ...(spec.results ? { results: spec.results } : {}),
      pods: [{ name: metadata.name!, uid: metadata.uid! }],
      config: spec.allocationConfig ?? (spec.config === undefined ? [] : [opaqueConfig(spec.config)]),
    });
    const created = this.api.seed(claim);
    // Creation takes the spec only, as the API does; the allocation is status.
    this.api.replace({ ...created, status: claim.status });
    return { namespace: metadata.namespace!, name: spec.name, uid: String(created.metadata.uid) };
  }

  readClaim(claim: ClaimRef): KubeObject | undefined {
    return this.api.read('resource.k8s.io/v1', 'ResourceClaim', claim.name, claim.namespace);
  }

  async prepare(...claims: ClaimRef[]): Promise<Record<string, PrepareResult>> {
    return this.kubelet.dra.prepare(claims);
  }

  async unprepare(...claims: ClaimRef[]): Promise<Record<string, string>> {
    return this.kubelet.dra.unprepare(claims);
  }

  /** CRI RunPodSandbox, as the kubelet does once the pod's claims are prepared. */
  async runPod(config: PodSandboxConfig): Promise<RunningPod> {
    const id = await this.containerd.cri.runPodSandbox(config);
    const netnsPath = netnsPathOfPod(await this.containerd.cri.podSandboxStatus(id, true));
    if (!netnsPath) throw new Error(`pod ${config.metadata?.name} has no network namespace`);
    return { id, config, uid: config.metadata!.uid!, netnsPath, netnsName: basename(netnsPath) };
  }

  async stopPod(pod: RunningPod): Promise<void> {
    await this.containerd.cri.stopPodSandbox(pod.id);
  }

  async removePod(pod: RunningPod): Promise<void> {
    await this.containerd.cri.removePodSandbox(pod.id);
  }

  async metrics(): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${this.daemon.metricsPort}/metrics`);
    if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
    return response.text();
  }

  /** One sample of a metric (0 when the series does not exist yet), e.g. ('netclaim_requests_total', { api: 'nri', method: 'RunPodSandbox', outcome: 'ok' }). */
  async metric(name: string, labels: Record<string, string> = {}): Promise<number> {
    const text = await this.metrics();
    for (const line of text.split('\n')) {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match || match[1] !== name) continue;
      const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
    }
    return 0;
  }

  /** `netclaim status --json` on this daemon's state dir. */
  async status(): Promise<DeviceStatusRow[]> {
    const { stdout } = await run(NETCLAIM, ['status', '--json', '--state-dir', this.stateDir]);
    return JSON.parse(stdout) as DeviceStatusRow[];
  }

  /** Tears everything down in an order that returns devices: pods while the daemon still listens, then the rest. */
  async cleanup(): Promise<void> {
    const problems: unknown[] = [];
    const attempt = async (step: () => Promise<unknown> | unknown): Promise<void> => {
      try {
        await step();
      } catch (error) {
        problems.push(error);
      }
    };
    // containerd's cleanup stops and removes every pod; with the daemon alive, that brings devices home.
    await attempt(() => this.containerd.cleanup());
    this.#kubelet?.dra.close();
    this.#kubelet = undefined;
    this.health?.close();
    await attempt(() => this.#daemon?.stop());
    for (const daemon of this.#replaced) await attempt(() => daemon.stop());
    await attempt(() => this.kernel.cleanup());
    await attempt(() => this.api.stop());
    await attempt(() => new Promise((resolve) => this.#logFile.end(resolve)));
    if (process.env.NETCLAIM_KEEP_AGENT_LOGS) console.log(`daemon log kept in ${join(this.dir, 'daemon.log')}`);
    else await attempt(() => rmSync(this.dir, { recursive: true, force: true }));
    if (problems.length) throw new AggregateError(problems, `agent harness cleanup in ${this.dir} was incomplete`);
  }
}

/**
 * A real containerd (1.7 or 2.1, installed by install.sh) run for one test: its own temp dir
 * for root, state, sockets, runc state, opt path and CNI config; NRI enabled on its own
 * socket, so two instances never fight over /var/run/nri/nri.sock; a bridge CNI network with a
 * unique bridge name and a subnet free on this host (plus any extra networks asked for, e.g.
 * host-device as a peer to compare with). `cleanup()` tears down whatever pods
 * remain and restores the host: cgroup dirs, mounts, pod netns files, the bridge and
 * net.ipv4.ip_forward.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { bridgeConflist, containerdConfigToml, extraConflist } from './containerd-config.ts';
import type { ContainerdLayout } from './containerd-config.ts';
import { CriClient } from './cri-client.ts';
import { chooseFreeSubnet, deleteLinkIfPresent, hostIpv4Prefixes, readIpForward, restoreIpForward } from './host-network.ts';
import {
  criCgroupDirs, deleteRuncContainers, missingRuntimeDirs, netnsMountsOfRuncContainers, removeCgroupDirsCreatedSince, removeCniCacheFiles, removeEmptyDirs, removeNetnsFile,
  shimPidsFor, unmountAllUnder,
} from './host-residue.ts';
import { containerdBinary, loadInstallation } from './installation.ts';
import type { ContainerdVersion, RuntimeInstallation } from './installation.ts';
import { netnsPathOfPod } from './pods.ts';

const run = promisify(execFile);
const criNamespace = 'k8s.io';
const readyTimeoutMs = 20_000;
const stopTimeoutMs = 15_000;
const pollIntervalMs = 25;

export interface TestContainerdOptions {
  /** Part of the temp dir name, to tell instances apart in /tmp and in error messages. */
  label?: string;
  /**
   * CNI networks attached to every pod after the bridge network, each a list of chained plugin
   * configs; containerd names their interfaces eth1, eth2, ... Separate networks rather than
   * plugins chained after the bridge: a chain passes one CNI_IFNAME to every plugin, and
   * host-device renames the device it moves in to that name, which the bridge's eth0 has taken.
   */
  extraCniNetworks?: readonly (readonly object[])[];
  /**
   * The NRI socket, e.g. the runtime's default /var/run/nri/nri.sock for an agent run as its
   * DaemonSet runs it; by default one in this instance's own directory, so instances never meet.
   */
  nriSocket?: string;
}

export class TestContainerd {
  readonly version: ContainerdVersion;
  readonly dir: string;
  readonly criSocket: string;
  readonly nriSocket: string;
  readonly bridgeName: string;
  readonly networkName: string;
  readonly subnetCidr: string;
  readonly pauseImageRef: string;
  readonly installation: RuntimeInstallation;
  readonly cri: CriClient;
  readonly #layout: ContainerdLayout;
  readonly #hostBefore: { ipForward: string; cgroupDirs: Set<string>; missingRuntimeDirs: string[] };
  #process: ChildProcess | undefined;
  #cleanedUp = false;
  #exited: Promise<void> = Promise.resolve();

  private constructor(version: ContainerdVersion, installation: RuntimeInstallation, label: string, subnetCidr: string, options: TestContainerdOptions) {
    this.version = version;
    this.installation = installation;
    this.#hostBefore = { ipForward: readIpForward(), cgroupDirs: criCgroupDirs(), missingRuntimeDirs: missingRuntimeDirs() };
    const unique = randomBytes(3).toString('hex');
    // Short: unix socket paths must fit in 108 bytes.
    this.dir = mkdtempSync(`/tmp/nc-${label}-`);
    this.criSocket = join(this.dir, 'containerd.sock');
    this.nriSocket = options.nriSocket ?? join(this.dir, 'nri.sock');
    this.bridgeName = `ncbr${unique}`;
    this.networkName = `netclaim-e2e-${unique}`;
    this.subnetCidr = subnetCidr;
    this.pauseImageRef = installation.pauseImage.ref;
    this.#layout = {
      rootDir: join(this.dir, 'root'),
      stateDir: join(this.dir, 'state'),
      criSocket: this.criSocket,
      nriSocket: this.nriSocket,
      nriPluginDir: join(this.dir, 'nri-plugins'),
      nriPluginConfigDir: join(this.dir, 'nri-conf.d'),
      runcRoot: join(this.dir, 'runc'),
      optDir: join(this.dir, 'opt'),
      cniConfDir: join(this.dir, 'net.d'),
      cniBinDir: installation.cniBinDir,
      cniNetworkCount: 1 + (options.extraCniNetworks ?? []).length,
      pauseImageRef: this.pauseImageRef,
    };
    for (const dir of [this.#layout.nriPluginDir, this.#layout.nriPluginConfigDir, this.#layout.cniConfDir]) mkdirSync(dir, { recursive: true });
    writeFileSync(this.#configPath, containerdConfigToml(version, this.#layout));
    writeFileSync(join(this.#layout.cniConfDir, '10-netclaim-e2e.conflist'), bridgeConflist({
      networkName: this.networkName,
      bridgeName: this.bridgeName,
      subnetCidr,
      ipamDataDir: join(this.dir, 'cni-ipam'),
    }));
    // containerd attaches networks in file name order: these sort after the bridge's 10-.
    (options.extraCniNetworks ?? []).forEach((plugins, index) => {
      writeFileSync(join(this.#layout.cniConfDir, `${20 + index}-netclaim-e2e-extra.conflist`), extraConflist(`${this.networkName}-${index + 1}`, plugins));
    });
    this.cri = new CriClient(this.criSocket, installation.criProto);
  }

  /** Starts containerd, waits until CRI and NRI answer, and imports the pause image. */
  static async start(version: ContainerdVersion, options: TestContainerdOptions = {}): Promise<TestContainerd> {
    const installation = loadInstallation();
    const subnet = chooseFreeSubnet(await hostIpv4Prefixes());
    const containerd = new TestContainerd(version, installation, options.label ?? `ctrd${version.replace('.', '')}`, subnet, options);
    try {
      await containerd.#launch();
      await containerd.importImage(installation.pauseImage.ociTarball, containerd.pauseImageRef);
    } catch (error) {
      await containerd.cleanup();
      throw error;
    }
    return containerd;
  }

  get #configPath(): string {
    return join(this.dir, 'config.toml');
  }

  get logPath(): string {
    return join(this.dir, 'containerd.log');
  }

  get running(): boolean {
    return this.#process !== undefined;
  }

  /** SIGTERM and wait for exit; SIGKILL if it does not go in time. Pods and shims survive. */
  async stop(): Promise<void> {
    const child = this.#process;
    if (!child) return;
    child.kill('SIGTERM');
    const exited = await Promise.race([this.#exited.then(() => true), sleep(stopTimeoutMs, undefined, { ref: false }).then(() => false)]);
    if (!exited) await this.kill();
  }

  /** SIGKILL, as a crash would: no cleanup by containerd, shims and pods keep running. */
  async kill(): Promise<void> {
    if (!this.#process) return;
    this.#process.kill('SIGKILL');
    await this.#exited;
  }

  /** Starts again on the same root and state, as after a crash or an upgrade. */
  async restart(): Promise<void> {
    if (this.#cleanedUp) throw new Error(`containerd ${this.version} in ${this.dir} was cleaned up; start a new one`);
    await this.stop();
    await this.#launch();
  }

  /** Removes every pod, stops containerd and puts the host back as it was; safe to call twice. */
  async cleanup(): Promise<void> {
    if (this.#cleanedUp) return;
    this.#cleanedUp = true;
    const problems: unknown[] = [];
    const attempt = async (step: () => Promise<void> | void): Promise<void> => {
      try {
        await step();
      } catch (error) {
        problems.push(error);
      }
    };
    const netnsPaths: string[] = [];
    // Pods can only be torn down properly (CNI DEL, netns unmount) by a live containerd.
    if (!this.running) await attempt(() => this.#launch());
    if (this.running) await attempt(() => this.#removeAllPods(netnsPaths));
    await attempt(() => this.stop());
    this.cri.close();
    const runcStateRoot = join(this.#layout.runcRoot, criNamespace);
    await attempt(async () => {
      netnsPaths.push(...await netnsMountsOfRuncContainers(this.installation.runc, runcStateRoot));
    });
    await attempt(() => deleteRuncContainers(this.installation.runc, runcStateRoot));
    for (const pid of shimPidsFor(this.criSocket)) await attempt(() => { process.kill(pid, 'SIGKILL'); });
    for (const path of netnsPaths) await attempt(() => removeNetnsFile(path));
    await attempt(() => removeCniCacheFiles(this.networkName));
    await attempt(() => unmountAllUnder(this.dir));
    await attempt(() => deleteLinkIfPresent(this.bridgeName));
    await attempt(() => restoreIpForward(this.#hostBefore.ipForward));
    await attempt(() => {
      const stuck = removeCgroupDirsCreatedSince(this.#hostBefore.cgroupDirs);
      if (stuck.length > 0) throw new Error(`cgroup dirs still in use: ${stuck.join(', ')}`);
    });
    // The socket file outlives containerd; one outside this instance's directory would stay behind.
    await attempt(() => rmSync(this.nriSocket, { force: true }));
    await attempt(() => rmSync(this.dir, { recursive: true, force: true }));
    removeEmptyDirs(this.#hostBefore.missingRuntimeDirs);
    if (problems.length > 0) throw new AggregateError(problems, `cleanup of containerd ${this.version} in ${this.dir} was incomplete`);
  }

  async #removeAllPods(netnsPaths: string[]): Promise<void> {
    for (const pod of await this.cri.listPodSandbox()) {
      const netnsPath = netnsPathOfPod(await this.cri.podSandboxStatus(pod.id, true));
      if (netnsPath) netnsPaths.push(netnsPath);
      await this.cri.stopPodSandbox(pod.id);
      await this.cri.removePodSandbox(pod.id);
    }
  }

  async #launch(): Promise<void> {
    const binDir = this.installation.containerd[this.version].binDir;
    const log = openSync(this.logPath, 'a');
    const child = spawn(containerdBinary(this.installation, this.version, 'containerd'), ['--config', this.#configPath], {
      // containerd finds its shim through PATH: this version's binaries must come first.
      env: { ...process.env, PATH: `${binDir}:${process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin'}` },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.#process = child;
    this.#exited = new Promise((resolve) => child.once('exit', () => {
      if (this.#process === child) this.#process = undefined;
      resolve();
    }));
    try {
      await this.#waitUntilReady();
    } catch (error) {
      await this.kill();
      throw error;
    }
  }

  async #waitUntilReady(): Promise<void> {
    const deadline = Date.now() + readyTimeoutMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`containerd ${this.version} exited during startup; see ${this.logPath}:\n${this.#logTail()}`);
      try {
        await this.cri.version();
        // Listening is checked without connecting: a probe connection makes containerd log a plugin error.
        if (unixSocketListening(this.nriSocket)) return;
      } catch (error) {
        lastError = error;
      }
      await sleep(pollIntervalMs);
    }
    throw new Error(`containerd ${this.version} not ready within ${readyTimeoutMs} ms (last: ${String(lastError)}); see ${this.logPath}`);
  }

  /** `ctr images import` of an OCI layout tarball; resolves once CRI sees the image by `reference`. */
  async importImage(ociTarball: string, reference: string): Promise<void> {
    const ctr = containerdBinary(this.installation, this.version, 'ctr');
    await run(ctr, ['--address', this.criSocket, '--namespace', criNamespace, 'images', 'import', ociTarball]);
    // The CRI image store learns of the import from an event: wait until it has it.
    const deadline = Date.now() + readyTimeoutMs;
    while (!(await this.cri.imagePresent(reference))) {
      if (Date.now() > deadline) throw new Error(`CRI does not see ${reference} after importing ${ociTarball}`);
      await sleep(pollIntervalMs);
    }
  }

  #logTail(): string {
    try {
      return readFileSync(this.logPath, 'utf8').split('\n').slice(-20).join('\n');
    } catch {
      return '';
    }
  }
}

/** /proc/net/unix lists listening sockets with the __SO_ACCEPTCON flag (0x10000). */
export function unixSocketListening(path: string): boolean {
  const acceptConnections = 0x10000;
  return readFileSync('/proc/net/unix', 'utf8').split('\n').slice(1).some((line) => {
    const columns = line.trim().split(/\s+/);
    return columns[7] === path && (parseInt(columns[3] ?? '0', 16) & acceptConnections) !== 0;
  });
}

/**
 * What a test containerd can leave on the host after its pods are gone or after a crash:
 * cgroup dirs, mounts, netns bind mounts, runc containers and shims. Each function removes
 * only things that belong to one harness instance (by path, state root or socket address).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cgroupMount = '/sys/fs/cgroup';
/** containerd's CRI puts pods without a cgroup parent under this dir of every hierarchy. */
const criCgroupDirName = 'k8s.io';

function hierarchies(): string[] {
  // Dirent types do not follow symlinks: cgroup v1 aliases such as cpu -> cpu,cpuacct are skipped.
  const controllers = readdirSync(cgroupMount, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [cgroupMount, ...controllers.map((entry) => join(cgroupMount, entry.name))];
}

function dirsBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const below = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(dir, entry.name));
  return [dir, ...below.flatMap(dirsBelow)];
}

/** All cgroup dirs (and the k8s.io dirs themselves) that CRI pods may occupy right now. */
export function criCgroupDirs(): Set<string> {
  return new Set(hierarchies().flatMap((root) => dirsBelow(join(root, criCgroupDirName))));
}

/** rmdir the CRI cgroup dirs that appeared since `before`, deepest first; returns those that would not go. */
export function removeCgroupDirsCreatedSince(before: ReadonlySet<string>): string[] {
  const created = [...criCgroupDirs()].filter((dir) => !before.has(dir)).sort((a, b) => b.length - a.length);
  const stuck: string[] = [];
  for (const dir of created) {
    try {
      rmdirSync(dir);
    } catch {
      stuck.push(dir);
    }
  }
  return stuck;
}

/** Host-wide dirs containerd and libcni create on first use; removed again only if the test created them. */
const runtimeCreatedDirs = ['/var/lib/cni/results', '/var/lib/cni', '/run/containerd/s', '/run/containerd', '/run/netns'];

export function missingRuntimeDirs(): string[] {
  return runtimeCreatedDirs.filter((dir) => !existsSync(dir));
}

/** rmdir only succeeds on empty dirs, so one still used by anything else stays. */
export function removeEmptyDirs(dirs: readonly string[]): void {
  for (const dir of dirs) {
    try {
      rmdirSync(dir);
    } catch {
      // in use or already gone
    }
  }
}

function decodeMountPoint(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

export function mountPointsUnder(dir: string): string[] {
  const prefix = dir.endsWith('/') ? dir : dir + '/';
  return readFileSync('/proc/self/mountinfo', 'utf8').split('\n')
    .map((line) => line.split(' ')[4])
    .filter((field): field is string => field !== undefined)
    .map(decodeMountPoint)
    .filter((mountPoint) => mountPoint.startsWith(prefix))
    .sort((a, b) => b.length - a.length);
}

async function unmount(path: string): Promise<void> {
  await run('umount', ['--lazy', path]).catch(() => undefined);
}

export async function unmountAllUnder(dir: string): Promise<void> {
  for (const mountPoint of mountPointsUnder(dir)) await unmount(mountPoint);
}

/** A pod netns is a bind mount on a file under /var/run/netns; both must go. */
export async function removeNetnsFile(path: string): Promise<void> {
  if (!existsSync(path)) return;
  await unmount(path);
  rmSync(path, { force: true });
}

const cniResultsDir = '/var/lib/cni/results';

interface CniCacheEntry { containerId?: string; networkName?: string }

function readCniCache(): { file: string; entry: CniCacheEntry }[] {
  if (!existsSync(cniResultsDir)) return [];
  return readdirSync(cniResultsDir).flatMap((name) => {
    const file = join(cniResultsDir, name);
    try {
      return [{ file, entry: JSON.parse(readFileSync(file, 'utf8')) as CniCacheEntry }];
    } catch {
      return [];
    }
  });
}

/**
 * libcni's cache files (kept from ADD until DEL) of the pods attached to this network,
 * including their entries for the shared loopback network.
 */
export function cniCacheFilesOfNetwork(networkName: string): string[] {
  const cache = readCniCache();
  const containerIds = new Set(cache.filter(({ entry }) => entry.networkName === networkName).map(({ entry }) => entry.containerId));
  return cache.filter(({ entry }) => containerIds.has(entry.containerId)).map(({ file }) => file);
}

/** For pods whose containerd died before their CNI DEL. */
export function removeCniCacheFiles(networkName: string): void {
  for (const file of cniCacheFilesOfNetwork(networkName)) rmSync(file, { force: true });
}

interface RuncContainer { id: string; pid: number }

async function runcContainers(runcBinary: string, stateRoot: string): Promise<RuncContainer[]> {
  if (!existsSync(stateRoot)) return [];
  const { stdout } = await run(runcBinary, ['--root', stateRoot, 'list', '--format', 'json']);
  return (JSON.parse(stdout) as RuncContainer[] | null) ?? [];
}

/**
 * The /run/netns bind mounts holding the network namespaces of this state root's containers,
 * matched by namespace inode: after a containerd crash nothing else records which are ours.
 */
export async function netnsMountsOfRuncContainers(runcBinary: string, stateRoot: string): Promise<string[]> {
  const namespaces = new Set<string>();
  for (const { pid } of await runcContainers(runcBinary, stateRoot)) {
    try {
      if (pid > 0) namespaces.add(readlinkSync(`/proc/${pid}/ns/net`));
    } catch {
      // the process is already gone
    }
  }
  return readFileSync('/proc/self/mountinfo', 'utf8').split('\n').flatMap((line) => {
    const [, , , root, mountPoint] = line.split(' ');
    return root && mountPoint?.startsWith('/run/netns/') && namespaces.has(root) ? [decodeMountPoint(mountPoint)] : [];
  });
}

/** Force-deletes every runc container kept under this runc state root. */
export async function deleteRuncContainers(runcBinary: string, stateRoot: string): Promise<void> {
  for (const { id } of await runcContainers(runcBinary, stateRoot)) {
    await run(runcBinary, ['--root', stateRoot, 'delete', '--force', id]).catch(() => undefined);
  }
}

/** Shims serving a containerd started with this socket address carry it on their command line. */
export function shimPidsFor(containerdAddress: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    const addressIndex = argv.indexOf('-address');
    if (argv[0]?.endsWith('containerd-shim-runc-v2') && argv[addressIndex + 1] === containerdAddress) pids.push(Number(entry));
  }
  return pids;
}

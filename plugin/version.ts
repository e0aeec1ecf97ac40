/**
 * What this build of netclaim is: the version from package.json and, when the build recorded it,
 * the git commit (one line in build/commit, written by `make setup` and the image build; there is
 * no compile step to stamp it into the code). `netclaim --version` prints it, the daemon logs it
 * at start and exports it as netclaim_build_info.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

export interface BuildInfo {
  version: string;
  /** Undefined when the build did not record one (a copy of the sources without git). */
  commit: string | undefined;
}

const checkout = new URL('../', import.meta.url);
/** A commit id is hex; anything else in the file (or a file of another kind) is not believed. */
const COMMIT = /^[0-9a-f]{7,64}$/;
/** Enough for a commit id and its newline; the file is never read past this. */
const MAX_COMMIT_FILE_BYTES = 128;

let cached: BuildInfo | undefined;

export function buildInfo(): BuildInfo {
  cached ??= readBuildInfo(checkout);
  return cached;
}

/** From a checkout or an image's root directory (a URL ending in /). */
export function readBuildInfo(root: URL): BuildInfo {
  return { version: packageVersion(root), commit: recordedCommit(root) };
}

/** `netclaim 0.1.0 (commit 1a2b3c4d5e6f)`. */
export function versionLine(info: BuildInfo = buildInfo()): string {
  return `netclaim ${info.version} (commit ${info.commit ?? 'unknown'})`;
}

function packageVersion(root: URL): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/** A regular file only (no symlink, FIFO or device), read up to a bound. */
function recordedCommit(root: URL): string | undefined {
  let fd: number;
  try {
    fd = openSync(new URL('build/commit', root), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(MAX_COMMIT_FILE_BYTES);
    const commit = buffer.toString('utf8', 0, readSync(fd, buffer)).trim();
    return COMMIT.test(commit) ? commit : undefined;
  } finally {
    closeSync(fd);
  }
}

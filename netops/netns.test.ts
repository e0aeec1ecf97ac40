/** checkPodNetns against the real kernel (root): what may be a pod's network namespace. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPodNetns, NetnsPathError } from './netns.ts';
import { KernelFixture } from './test/kernel-fixtures.ts';

const fixture = new KernelFixture();
const scratch = mkdtempSync(path.join(tmpdir(), 'netclaim-netns-'));
afterAll(() => {
  fixture.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

function problem(netnsPath: string): string | undefined {
  try {
    checkPodNetns(netnsPath);
    return undefined;
  } catch (error) {
    if (!(error instanceof NetnsPathError)) throw error;
    expect(error.message).toBe(`${netnsPath}: ${error.problem}`);
    return error.problem;
  }
}

test('accepts a network namespace of its own, by its bind mount and by a process of it', () => {
  const pod = fixture.netns('pod');
  expect(problem(pod.path)).toBeUndefined();
  const sleeper = execFileSync('ip', ['netns', 'exec', pod.name, 'sh', '-c', 'sleep 30 >/dev/null 2>&1 & echo $!'], { encoding: 'utf8' }).trim();
  try {
    expect(problem(`/proc/${sleeper}/ns/net`)).toBeUndefined();
  } finally {
    process.kill(Number(sleeper));
  }
});

test.each([
  ['the host\'s own namespace', () => '/proc/self/ns/net', "is the host's own network namespace"],
  ['another kind of namespace', () => '/proc/self/ns/uts', 'not a network namespace'],
  ['a regular file', () => '/etc/hostname', 'not a network namespace'],
  ['a FIFO (opened without waiting for a writer)', () => {
    const fifo = path.join(scratch, 'fifo');
    execFileSync('mkfifo', [fifo]);
    return fifo;
  }, 'not a network namespace'],
  ['a missing path', () => path.join(scratch, 'gone'), 'does not exist'],
  ['a path through a file', () => '/etc/hostname/net', 'does not exist'],
])('refuses %s', (_, netnsPath, expected) => {
  expect(problem(netnsPath())).toBe(expected);
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readBuildInfo, versionLine } from './version.ts';

let dir: string;
let root: URL;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'netclaim-version-'));
  root = pathToFileURL(dir + '/');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'netclaim', version: '1.2.3' }));
  mkdirSync(path.join(dir, 'build'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('the version is package.json\'s and the commit the one the build recorded', () => {
  writeFileSync(path.join(dir, 'build/commit'), '0123456789ab\n');
  expect(readBuildInfo(root)).toEqual({ version: '1.2.3', commit: '0123456789ab' });
  expect(versionLine(readBuildInfo(root))).toBe('netclaim 1.2.3 (commit 0123456789ab)');
});

test('without a recorded commit, or with something that is not one, the commit is unknown', () => {
  expect(versionLine(readBuildInfo(root))).toBe('netclaim 1.2.3 (commit unknown)');
  writeFileSync(path.join(dir, 'build/commit'), 'not a commit; rm -rf /\n');
  expect(readBuildInfo(root).commit).toBeUndefined();
});

test('the commit file is read only when it is a regular file, and never past a bound', () => {
  const file = path.join(dir, 'build/commit');
  symlinkSync('/dev/zero', file);
  expect(readBuildInfo(root).commit).toBeUndefined();
  rmSync(file);
  execFileSync('mkfifo', [file]);
  expect(readBuildInfo(root).commit).toBeUndefined();
  rmSync(file);
  writeFileSync(file, 'a'.repeat(1 << 20));
  expect(readBuildInfo(root).commit).toBeUndefined();
});

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { StateLock } from './state-lock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nc-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('one holder at a time; released, the next one takes it and its note names it', async () => {
  const first = await StateLock.tryAcquire(dir, 'pod-a');
  expect(first).toBeDefined();
  expect(await StateLock.tryAcquire(dir, 'pod-b')).toBeUndefined();
  expect(await StateLock.holder(dir)).toEqual({ instance: 'pod-a', pid: process.pid });
  await first!.release();
  const second = await StateLock.tryAcquire(dir, 'pod-b');
  expect(second).toBeDefined();
  expect(await StateLock.holder(dir)).toEqual({ instance: 'pod-b', pid: process.pid });
  await second!.release();
});

test('a holder killed with SIGKILL leaves the lock free: the kernel released it', async () => {
  const stateLock = join(import.meta.dirname, 'state-lock.ts');
  const program = `import { StateLock } from ${JSON.stringify(stateLock)};
    const lock = await StateLock.tryAcquire(${JSON.stringify(dir)}, 'crashing');
    console.log(lock ? 'held' : 'busy');
    setInterval(() => {}, 1 << 30);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const said = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
    expect(said).toBe('held');
    expect(await StateLock.tryAcquire(dir, 'next')).toBeUndefined();
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
  const taken = await StateLock.tryAcquire(dir, 'next');
  expect(taken).toBeDefined();
  expect(await StateLock.holder(dir)).toEqual({ instance: 'next', pid: process.pid });
  await taken!.release();
});

test('a lock file that is a symlink is refused, its target untouched', async () => {
  const target = join(dir, 'elsewhere');
  writeFileSync(target, 'keep');
  symlinkSync(target, join(dir, 'agent.lock'));
  await expect(StateLock.tryAcquire(dir, 'pod-a')).rejects.toThrow(/ELOOP/);
});

test('a holder note that is not ours reads as unknown', async () => {
  writeFileSync(join(dir, 'agent.lock'), 'garbage');
  expect(await StateLock.holder(dir)).toBeUndefined();
});

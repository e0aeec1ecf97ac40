/**
 * Oracles compiled from the kernel's UAPI headers: a C program builds the bytes the kernel would
 * send or expects, and prints them as `name=hex` lines; tests compare ours against them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function compileOracle(source: string): Record<string, Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'netclaim-oracle-'));
  try {
    writeFileSync(path.join(dir, 'oracle.c'), source);
    execFileSync('gcc', ['-o', path.join(dir, 'oracle'), path.join(dir, 'oracle.c')]);
    const output = execFileSync(path.join(dir, 'oracle'), { encoding: 'utf8' });
    return Object.fromEntries(output.trim().split('\n').map((line) => {
      const [name, hex] = line.split('=') as [string, string];
      return [name, Buffer.from(hex, 'hex')];
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The committed generated code must be what `npm run proto` makes from the .proto files now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

it('nri-proto/generated is up to date with the .proto files', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'nri-proto-'));
  try {
    execFileSync('bash', [path.join(import.meta.dirname, 'generate.sh'), 'nri', out], { stdio: 'pipe', timeout: 60_000 });
    for (const file of ['proto.js', 'proto.d.ts']) {
      const fresh = readFileSync(path.join(out, file), 'utf8');
      const committed = readFileSync(path.join(import.meta.dirname, 'generated', file), 'utf8');
      expect([file, fresh === committed]).toEqual([file, true]);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

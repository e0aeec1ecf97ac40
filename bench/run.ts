/**
 * `npm run bench` / `make bench`: runs every bench/*.bench.ts (each exports `run()`, printing its
 * own figures against its targets). Pass names to run only some: `npm run bench -- netops nri`.
 * Figures are printed, never asserted: speed is judged here, not in unit tests.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const wanted = new Set(process.argv.slice(2));
const dir = import.meta.dirname;
const files = readdirSync(dir).filter((file) => file.endsWith('.bench.ts')).sort()
  .filter((file) => wanted.size === 0 || wanted.has(file.replace('.bench.ts', '')));

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file.replace('.bench.ts', '')} ===`);
  const started = performance.now();
  try {
    const module = (await import(path.join(dir, file))) as { run(): Promise<void> };
    await module.run();
  } catch (error) {
    failed++;
    console.log(`benchmark ${file} failed: ${(error as Error).stack ?? String(error)}`);
  }
  console.log(`(${file} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
process.exitCode = failed ? 1 : 0;

/**
 * `make dist`: the product sources (plugin/, netops/, nri-proto/, tests and test helpers left out)
 * as precompiled JavaScript under build/dist/, the tree bin/netclaim and the image run. Node's type
 * stripping would compile the same TypeScript at every start, and its compiler costs the agent
 * ~17 MB RSS for good (README "Memory"). swc only strips types and rewrites the `.ts` import
 * specifiers to `.js`; comments and blank space go, names stay (stack traces read as the
 * sources). The addon is copied beside, where netops/native/addon.ts looks for it from there,
 * and so are package.json and build/commit, where plugin/version.ts looks for them.
 */
import { transformFileSync, type JscConfig } from '@swc/core';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'build', 'dist');
const SOURCE_DIRS = ['plugin', 'netops', 'nri-proto'];
const SKIPPED_DIRS = new Set(['test', 'testdata']);
const ADDON = join('build', 'netlink_native.node');
/** The commit `make commit-stamp` recorded. */
const COMMIT = join('build', 'commit');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* sources(path);
    } else if ((entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) || entry.name.endsWith('.js')) {
      yield path;
    }
  }
}

let count = 0;
for (const source of SOURCE_DIRS.flatMap((dir) => [...sources(join(root, dir))])) {
  const target = join(out, relative(root, source)).replace(/\.ts$/, '.js');
  const { code } = transformFileSync(source, {
    // swc knows rewriteRelativeImportExtensions (1.11+); its type declarations do not yet.
    jsc: {
      parser: { syntax: source.endsWith('.ts') ? 'typescript' : 'ecmascript' },
      target: 'es2023',
      rewriteRelativeImportExtensions: true,
      minify: { compress: false, mangle: false, format: { comments: false } },
    } as JscConfig,
    minify: true,
    module: { type: 'es6' },
    sourceMaps: false,
    swcrc: false,
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
  count++;
}
mkdirSync(join(out, 'build'), { recursive: true });
copyFileSync(join(root, ADDON), join(out, ADDON));
// plugin/version.ts reads these from the root above its own directory, which here is build/dist
// (package.json's "type": "module" also makes Node load the .js files as ES modules).
copyFileSync(join(root, 'package.json'), join(out, 'package.json'));
if (existsSync(join(root, COMMIT))) copyFileSync(join(root, COMMIT), join(out, COMMIT));
console.log(`build/dist: ${count} modules, the addon and the build's identity`);

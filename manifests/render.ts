/**
 * The deployment as `kubectl kustomize` renders it, with Debian's kubectl that `make kubectl`
 * (manifests/kubectl.sh) unpacks into .cache: the PATH may hold another version. Used by the
 * manifest checks and by the e2e test that runs the agent as its DaemonSet describes it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

export const manifestsDir = import.meta.dirname;
export const kubectlPath = path.resolve(manifestsDir, '../.cache/kubectl/pinned/usr/bin/kubectl');

/** Every document of a YAML stream, refusing duplicate keys and anything the parser warns about. */
export function parseYaml(text: string, version: '1.1' | '1.2', source: string): unknown[] {
  return parseAllDocuments(text, { version, uniqueKeys: true }).flatMap((document) => {
    const problems = [...document.errors, ...document.warnings];
    if (problems.length > 0) throw new Error(`${source}: ${problems.map((problem) => problem.message).join('; ')}`);
    const value: unknown = document.toJS();
    return value === null ? [] : [value];
  });
}

/** The objects an overlay (a directory under manifests/, "." for the default) renders to, read as the API server's YAML 1.1 decoder would. */
export function kustomize(overlay: string): unknown[] {
  if (!existsSync(kubectlPath)) throw new Error(`${kubectlPath} is missing: run \`make kubectl\` first`);
  const text = execFileSync(kubectlPath, ['kustomize', path.join(manifestsDir, overlay)], { encoding: 'utf8' });
  return parseYaml(text, '1.1', `kubectl kustomize ${overlay}`);
}

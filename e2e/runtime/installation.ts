/**
 * What e2e/runtime/install.sh put on this machine, read from the manifest it writes, so paths
 * and versions are decided in one place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export type ContainerdVersion = '1.7' | '2.1';
export const containerdVersions: readonly ContainerdVersion[] = ['1.7', '2.1'];

const installedContainerd = z.object({ version: z.string(), binDir: z.string() });

const manifestSchema = z.object({
  runc: z.string(),
  cniBinDir: z.string(),
  criProto: z.string(),
  pauseImage: z.object({ ref: z.string(), ociTarball: z.string() }),
  containerd: z.object({ '1.7': installedContainerd, '2.1': installedContainerd }),
});

export type RuntimeInstallation = z.infer<typeof manifestSchema>;

const installPrefix = process.env.NETCLAIM_E2E_PREFIX ?? '/opt/netclaim-e2e';

export function loadInstallation(): RuntimeInstallation {
  const manifestPath = join(installPrefix, 'runtime.json');
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new Error(`${manifestPath} is missing: run \`make runtime-deps\` as root first`, { cause: error });
  }
  return manifestSchema.parse(JSON.parse(text));
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

export function containerdBinary(installation: RuntimeInstallation, version: ContainerdVersion, name: 'containerd' | 'ctr'): string {
  return join(installation.containerd[version].binDir, name);
}

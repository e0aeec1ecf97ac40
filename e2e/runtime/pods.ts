/**
 * Pod and container configs the way a kubelet would send them, with unique identities, and
 * readers for what the runtime reports back about them (netns path, OCI spec).
 */
import { randomUUID } from 'node:crypto';
import type { ContainerConfig, ContainerStatusResponse, PodSandboxConfig, PodSandboxStatusResponse } from './cri-client.ts';

export function testPodConfig(namePrefix: string, namespace = 'netclaim-e2e'): PodSandboxConfig {
  const uid = randomUUID();
  return {
    metadata: { name: `${namePrefix}-${uid.slice(0, 8)}`, uid, namespace, attempt: 0 },
    hostname: namePrefix,
    labels: { 'netclaim.e2e/test': namePrefix },
  };
}

/** A long-running container from the pause image: /pause is the only binary in it. */
export function pauseContainerConfig(name: string, imageRef: string): ContainerConfig {
  return { metadata: { name, attempt: 0 }, image: { image: imageRef }, command: ['/pause'] };
}

export interface OciLinuxDevice {
  path: string;
  type: string;
  major: number;
  minor: number;
  fileMode?: number;
  uid?: number;
  gid?: number;
}

interface OciNamespace { type: string; path?: string }

export interface OciRuntimeSpec {
  process?: { args?: string[] };
  linux?: {
    namespaces?: OciNamespace[];
    devices?: OciLinuxDevice[];
    resources?: { devices?: { allow: boolean; type?: string; major?: number; minor?: number; access?: string }[] };
  };
}

/** The verbose `info` entry is JSON carrying (among others) the OCI runtimeSpec. */
function runtimeSpecOf(info: Record<string, string>): OciRuntimeSpec | undefined {
  const text = info.info;
  if (!text) return undefined;
  return (JSON.parse(text) as { runtimeSpec?: OciRuntimeSpec }).runtimeSpec;
}

/** The network namespace path of a pod, from a verbose PodSandboxStatus. */
export function netnsPathOfPod(status: PodSandboxStatusResponse): string | undefined {
  return runtimeSpecOf(status.info)?.linux?.namespaces?.find((namespace) => namespace.type === 'network')?.path;
}

export function runtimeSpecOfContainer(status: ContainerStatusResponse): OciRuntimeSpec {
  const spec = runtimeSpecOf(status.info);
  if (!spec) throw new Error(`container ${status.status.id}: verbose status carries no runtimeSpec`);
  return spec;
}

/**
 * A DaemonSet's pod as the kubelet hands it to the container runtime over CRI: the sandbox (host
 * namespaces, privileged) and its one container (image, args with `$(VAR)` expanded, env from
 * values and the downward API, hostPath mounts with their propagation, security context, memory
 * limit, CPU shares), plus the host directories the kubelet would create first. Only what a
 * netclaim DaemonSet can say is carried over; anything else is refused by name, so a manifest
 * change this cannot map fails the test instead of being dropped silently.
 */
import { randomUUID } from 'node:crypto';
import type { IDaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import { MountPropagation, NamespaceMode, type ContainerConfig, type Mount, type PodSandboxConfig } from '../runtime/cri-client.ts';

/** What the node and the API server decide about the pod, which the downward API exposes. */
export interface PodPlacement {
  nodeName: string;
  /** Where the runtime writes the container's log (the kubelet's /var/log/pods/... on a node). */
  logDirectory: string;
}

/** What a test adds to the manifests' pod, each for a stated reason. */
export interface PodAdditions {
  args?: string[];
  mounts?: Mount[];
}

export interface CriPod {
  sandbox: PodSandboxConfig;
  container: ContainerConfig;
  /** hostPath directories of type DirectoryOrCreate, which the kubelet creates before the pod starts. */
  directoriesToCreate: string[];
  /** hostPath directories of type Directory, which must exist. */
  directoriesRequired: string[];
}

const propagations: Record<string, MountPropagation> = {
  None: MountPropagation.PRIVATE,
  HostToContainer: MountPropagation.HOST_TO_CONTAINER,
  Bidirectional: MountPropagation.BIDIRECTIONAL,
};

class UnsupportedError extends Error {
  constructor(field: string, value: unknown) {
    super(`the DaemonSet's ${field} (${JSON.stringify(value)}) has no CRI mapping here; extend e2e/agent/daemonset-pod.ts`);
    this.name = 'UnsupportedError';
  }
}

/** Kubernetes quantity in bytes (binary and decimal suffixes). */
export function quantityBytes(quantity: string | number): number {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(String(quantity));
  if (!match) throw new UnsupportedError('memory quantity', quantity);
  const scale: Record<string, number> = { '': 1, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
  return Math.round(Number(match[1]) * scale[match[2] ?? '']!);
}

/** CPU quantity in millicores ("50m", "1", "0.5"). */
function milliCpu(quantity: string | number): number {
  const text = String(quantity);
  return text.endsWith('m') ? Number(text.slice(0, -1)) : Math.round(Number(text) * 1000);
}

/** The kubelet's `$(VAR)` expansion of command and args: defined variables are replaced, `$$` is a literal `$`. */
export function expandVariables(text: string, env: ReadonlyMap<string, string>): string {
  return text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (match, name: string | undefined) => {
    if (match === '$$') return '$';
    return env.get(name!) ?? match;
  });
}

function environment(container: IContainer, pod: { name: string; namespace: string; uid: string }, placement: PodPlacement): Map<string, string> {
  const fields: Record<string, string> = {
    'spec.nodeName': placement.nodeName, 'metadata.name': pod.name, 'metadata.namespace': pod.namespace, 'metadata.uid': pod.uid,
  };
  const env = new Map<string, string>();
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) env.set(variable.name, expandVariables(variable.value, env));
    else if (variable.valueFrom?.fieldRef && fields[variable.valueFrom.fieldRef.fieldPath] !== undefined) env.set(variable.name, fields[variable.valueFrom.fieldRef.fieldPath]!);
    else throw new UnsupportedError(`env ${variable.name}`, variable.valueFrom);
  }
  if (container.envFrom) throw new UnsupportedError('envFrom', container.envFrom);
  return env;
}

export function criPodFor(daemonSet: IDaemonSet, placement: PodPlacement, additions: PodAdditions = {}): CriPod {
  const spec = daemonSet.spec?.template.spec;
  if (!spec) throw new UnsupportedError('pod template', undefined);
  if (spec.containers.length !== 1 || spec.initContainers?.length) throw new UnsupportedError('containers', spec.containers.map((container) => container.name));
  const container = spec.containers[0]!;
  const uid = randomUUID();
  const pod = { name: `${daemonSet.metadata?.name}-${uid.slice(0, 5)}`, namespace: daemonSet.metadata?.namespace ?? 'default', uid };

  const namespaceOptions = {
    network: spec.hostNetwork ? NamespaceMode.NODE : NamespaceMode.POD,
    pid: spec.hostPID ? NamespaceMode.NODE : NamespaceMode.CONTAINER,
    ipc: spec.hostIPC ? NamespaceMode.NODE : NamespaceMode.POD,
  };
  const security = container.securityContext ?? {};
  const { privileged, readOnlyRootFilesystem, ...otherSecurity } = security;
  if (Object.keys(otherSecurity).length > 0) throw new UnsupportedError('securityContext', otherSecurity);
  if (spec.securityContext && Object.keys(spec.securityContext).length > 0) throw new UnsupportedError('pod securityContext', spec.securityContext);

  const volumes = new Map((spec.volumes ?? []).map((volume) => [volume.name, volume]));
  const directoriesToCreate: string[] = [];
  const directoriesRequired: string[] = [];
  const mounts: Mount[] = (container.volumeMounts ?? []).map((mount) => {
    const hostPath = volumes.get(mount.name)?.hostPath;
    if (!hostPath) throw new UnsupportedError(`volume ${mount.name}`, volumes.get(mount.name));
    if (mount.subPath || mount.subPathExpr) throw new UnsupportedError(`volumeMount ${mount.name} subPath`, mount.subPath ?? mount.subPathExpr);
    if (hostPath.type === 'DirectoryOrCreate') directoriesToCreate.push(hostPath.path);
    else if (hostPath.type === 'Directory') directoriesRequired.push(hostPath.path);
    else throw new UnsupportedError(`volume ${mount.name} hostPath type`, hostPath.type);
    const propagation = propagations[mount.mountPropagation ?? 'None'];
    if (propagation === undefined) throw new UnsupportedError(`volumeMount ${mount.name} mountPropagation`, mount.mountPropagation);
    return { container_path: mount.mountPath, host_path: hostPath.path, readonly: mount.readOnly === true, propagation };
  });

  const env = environment(container, pod, placement);
  const resources = container.resources ?? {};
  if (resources.limits?.cpu !== undefined) throw new UnsupportedError('CPU limit', resources.limits.cpu);
  const memoryLimit = resources.limits?.memory;
  const cpuRequest = resources.requests?.cpu;

  const sandbox: PodSandboxConfig = {
    metadata: { name: pod.name, uid: pod.uid, namespace: pod.namespace, attempt: 0 },
    // A host-network pod has the node's hostname.
    ...(spec.hostNetwork ? {} : { hostname: pod.name }),
    log_directory: placement.logDirectory,
    labels: { ...daemonSet.spec?.template.metadata?.labels, 'io.kubernetes.pod.name': pod.name, 'io.kubernetes.pod.namespace': pod.namespace, 'io.kubernetes.pod.uid': pod.uid },
    linux: { security_context: { namespace_options: namespaceOptions, privileged: privileged === true } },
  };
  const containerConfig: ContainerConfig = {
    metadata: { name: container.name, attempt: 0 },
    image: { image: container.image! },
    // No command: the image's entrypoint runs, with the manifest's args as its arguments.
    ...(container.command ? { command: container.command.map((word) => expandVariables(word, env)) } : {}),
    args: [...(container.args ?? []).map((word) => expandVariables(word, env)), ...additions.args ?? []],
    envs: [...env].map(([key, value]) => ({ key, value })),
    mounts: [...mounts, ...additions.mounts ?? []],
    log_path: `${container.name}/0.log`,
    linux: {
      security_context: { namespace_options: namespaceOptions, privileged: privileged === true, readonly_rootfs: readOnlyRootFilesystem === true },
      resources: {
        ...(memoryLimit !== undefined ? { memory_limit_in_bytes: quantityBytes(memoryLimit) } : {}),
        // The kubelet's shares for a CPU request: 1024 per core, at least 2.
        ...(cpuRequest !== undefined ? { cpu_shares: Math.max(2, Math.floor(milliCpu(cpuRequest) * 1024 / 1000)) } : {}),
      },
    },
  };
  return { sandbox, container: containerConfig, directoriesToCreate, directoriesRequired };
}

/** The URL a kubelet probes for an httpGet probe of a host-network pod (the port by number or by the container's port name). */
export function probeUrl(container: IContainer, probe: IProbe | undefined): string {
  const get = probe?.httpGet;
  if (!get) throw new UnsupportedError('probe', probe);
  const port = typeof get.port === 'number' ? get.port : container.ports?.find((candidate) => candidate.name === get.port)?.containerPort;
  if (port === undefined) throw new UnsupportedError('probe port', get.port);
  return `http://127.0.0.1:${port}${get.path ?? '/'}`;
}

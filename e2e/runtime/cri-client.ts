/**
 * A CRI client (runtime.v1 RuntimeService, plus ImageService.ImageStatus) over gRPC, for the
 * e2e harness: it plays the kubelet's part against a real containerd.
 *
 * The schema is the upstream api.proto that install.sh unpacks from Debian's
 * golang-github-kubernetes-cri-api-dev, parsed at run time. CRI messages are large and nested
 * (the container config alone spans dozens of fields): the upstream file rules out a
 * mistyped field number, and nothing of it is copied into this repository. Its gogoproto
 * import and options only steer Go code generation, so they are dropped before parsing.
 * Message objects keep the proto's snake_case field names.
 */
import { readFileSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';

export interface PodSandboxMetadata {
  name: string;
  uid: string;
  namespace: string;
  attempt?: number;
}

export interface PodSandboxConfig {
  metadata: PodSandboxMetadata;
  hostname?: string;
  log_directory?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  linux?: { cgroup_parent?: string; security_context?: Record<string, unknown> };
}

/** CRI enums by number, as requests must carry them (the schema's verify takes no names). */
export const MountPropagation = { PRIVATE: 0, HOST_TO_CONTAINER: 1, BIDIRECTIONAL: 2 } as const;
export type MountPropagation = typeof MountPropagation[keyof typeof MountPropagation];
export const NamespaceMode = { POD: 0, CONTAINER: 1, NODE: 2 } as const;

export interface Mount {
  container_path: string;
  host_path: string;
  readonly?: boolean;
  propagation?: MountPropagation;
}

export interface ContainerConfig {
  metadata: { name: string; attempt?: number };
  image: { image: string };
  command?: string[];
  args?: string[];
  envs?: { key: string; value: string }[];
  mounts?: Mount[];
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  log_path?: string;
  linux?: Record<string, unknown>;
}

export interface VersionResponse {
  version: string;
  runtime_name: string;
  runtime_version: string;
  runtime_api_version: string;
}

export interface PodSandboxSummary {
  id: string;
  metadata: PodSandboxMetadata;
  state: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface PodSandboxStatusResponse {
  status: PodSandboxSummary & { network: { ip: string } | null };
  /** With verbose=true the runtime's own view, e.g. `info` is JSON holding the OCI runtimeSpec. */
  info: Record<string, string>;
}

export interface ContainerStatusResponse {
  status: { id: string; state: string; image_ref: string; exit_code: number; reason: string; message: string; log_path: string };
  info: Record<string, string>;
}

type Message = Record<string, unknown>;

let cachedSchema: { path: string; root: protobuf.Root } | undefined;

function loadSchema(protoPath: string): protobuf.Root {
  if (cachedSchema?.path === protoPath) return cachedSchema.root;
  const goOnlyLines = /gogo/;
  const text = readFileSync(protoPath, 'utf8').split('\n').filter((line) => !goOnlyLines.test(line)).join('\n');
  const root = protobuf.parse(text, { keepCase: true }).root;
  cachedSchema = { path: protoPath, root };
  return root;
}

const callDeadlineMs = 60_000;

export class CriClient {
  readonly #client: grpc.Client;
  readonly #schema: protobuf.Root;

  constructor(socketPath: string, protoPath: string) {
    this.#schema = loadSchema(protoPath);
    this.#client = new grpc.Client(`unix:${socketPath}`, grpc.credentials.createInsecure());
  }

  close(): void {
    this.#client.close();
  }

  version(): Promise<VersionResponse> {
    return this.#runtime('Version', { version: 'v1' }) as unknown as Promise<VersionResponse>;
  }

  async runPodSandbox(config: PodSandboxConfig, runtimeHandler = ''): Promise<string> {
    const response = await this.#runtime('RunPodSandbox', { config, runtime_handler: runtimeHandler });
    return response.pod_sandbox_id as string;
  }

  podSandboxStatus(podSandboxId: string, verbose = false): Promise<PodSandboxStatusResponse> {
    return this.#runtime('PodSandboxStatus', { pod_sandbox_id: podSandboxId, verbose }) as unknown as Promise<PodSandboxStatusResponse>;
  }

  async stopPodSandbox(podSandboxId: string): Promise<void> {
    await this.#runtime('StopPodSandbox', { pod_sandbox_id: podSandboxId });
  }

  async removePodSandbox(podSandboxId: string): Promise<void> {
    await this.#runtime('RemovePodSandbox', { pod_sandbox_id: podSandboxId });
  }

  async listPodSandbox(): Promise<PodSandboxSummary[]> {
    const response = await this.#runtime('ListPodSandbox', {});
    return response.items as PodSandboxSummary[];
  }

  async createContainer(podSandboxId: string, config: ContainerConfig, sandboxConfig: PodSandboxConfig): Promise<string> {
    const response = await this.#runtime('CreateContainer', { pod_sandbox_id: podSandboxId, config, sandbox_config: sandboxConfig });
    return response.container_id as string;
  }

  async startContainer(containerId: string): Promise<void> {
    await this.#runtime('StartContainer', { container_id: containerId });
  }

  /** Stops the container, as the kubelet does with the pod's grace period: SIGTERM, then SIGKILL after `timeoutSeconds`. */
  async stopContainer(containerId: string, timeoutSeconds: number): Promise<void> {
    await this.#runtime('StopContainer', { container_id: containerId, timeout: timeoutSeconds });
  }

  /** Runs a command in the container and waits for it, as `kubectl exec` does. */
  async execSync(containerId: string, cmd: string[], timeoutSeconds: number): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    const response = await this.#runtime('ExecSync', { container_id: containerId, cmd, timeout: timeoutSeconds });
    return { stdout: Buffer.from(response.stdout as Uint8Array).toString(), stderr: Buffer.from(response.stderr as Uint8Array).toString(), exitCode: response.exit_code as number };
  }

  containerStatus(containerId: string, verbose = false): Promise<ContainerStatusResponse> {
    return this.#runtime('ContainerStatus', { container_id: containerId, verbose }) as unknown as Promise<ContainerStatusResponse>;
  }

  /** True once the runtime's CRI image store knows the image (it may still be indexing an import). */
  async imagePresent(imageRef: string): Promise<boolean> {
    const response = await this.#call('ImageService', 'ImageStatus', { image: { image: imageRef } });
    return response.image !== null;
  }

  #runtime(method: string, request: Message): Promise<Message> {
    return this.#call('RuntimeService', method, request);
  }

  #call(service: 'RuntimeService' | 'ImageService', method: string, request: Message): Promise<Message> {
    const requestType = this.#schema.lookupType(`runtime.v1.${method}Request`);
    const responseType = this.#schema.lookupType(`runtime.v1.${method}Response`);
    const problem = requestType.verify(request);
    if (problem) return Promise.reject(new Error(`CRI ${method} request: ${problem}`));
    return new Promise((resolve, reject) => {
      this.#client.makeUnaryRequest(
        `/runtime.v1.${service}/${method}`,
        (message: Message) => Buffer.from(requestType.encode(requestType.fromObject(message)).finish()),
        (bytes: Buffer) => responseType.toObject(responseType.decode(bytes), { longs: String, enums: String, defaults: true }),
        request,
        new grpc.Metadata(),
        { deadline: Date.now() + callDeadlineMs },
        (error, response) => (error || !response ? reject(error ?? new Error(`CRI ${method}: empty response`)) : resolve(response)),
      );
    });
  }
}

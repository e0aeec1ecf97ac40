/**
 * What an NRI plugin's handlers see: plain pod and container records with the fields netclaim
 * acts on, free of protobuf classes, Long values and wire names.
 */
export interface Pod {
  /** Runtime sandbox ID. */
  id: string;
  uid: string;
  namespace: string;
  name: string;
  /** Path of the pod's network namespace (linux namespace of type "network"), when it has one. */
  netnsPath: string | undefined;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Pod IPs; filled by containerd 2.1 and later, empty before. */
  ips: string[];
}

export type ContainerState = 'unknown' | 'created' | 'paused' | 'running' | 'stopped';

export interface Container {
  id: string;
  podSandboxId: string;
  name: string;
  state: ContainerState;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** A device node for the runtime to create in a container (it also allows it in the device cgroup). */
export interface LinuxDevice {
  path: string;
  type: 'c' | 'b';
  major: number;
  minor: number;
  fileMode?: number;
  uid?: number;
  gid?: number;
}

/** An environment variable for the runtime to set in a container (it replaces one of the same name). */
export interface EnvVar {
  key: string;
  value: string;
}

export interface ContainerAdjustment {
  devices?: LinuxDevice[];
  env?: EnvVar[];
}

/** What the runtime told the plugin about itself at Configure, plus what the plugin subscribed to. */
export interface RuntimeInfo {
  name: string;
  version: string;
  /** The event bitmask the plugin sent and the runtime accepted. */
  events: number;
  /** Runtime's per-request timeout; 2000 when the runtime (NRI < 0.7) does not say. */
  requestTimeoutMs: number;
  registrationTimeoutMs: number;
  /** Plugin-specific configuration from the runtime's NRI config, often empty. */
  config: string;
}

/** Passed to every handler: it must finish before `deadline` and should stop when `signal` fires. */
export interface HandlerContext {
  signal: AbortSignal;
  /** Date.now() milliseconds. */
  deadline: number;
}

/**
 * The plugin's side of NRI. Every event handler is optional; the stub subscribes to exactly the
 * events that have one. A handler that throws or overruns fails that request with an error
 * status, which for RunPodSandbox fails the pod instead of silently running it without devices.
 */
export interface NriHandlers {
  runPodSandbox?(pod: Pod, context: HandlerContext): Promise<void>;
  stopPodSandbox?(pod: Pod, context: HandlerContext): Promise<void>;
  removePodSandbox?(pod: Pod, context: HandlerContext): Promise<void>;
  createContainer?(pod: Pod, container: Container, context: HandlerContext): Promise<ContainerAdjustment | undefined>;
  /** The runtime's full view of pods and containers, on every (re)connection. */
  synchronize?(pods: Pod[], containers: Container[], context: HandlerContext): Promise<void>;
  /** The stub is in service again after a lost connection; the runtime sent no events meanwhile. */
  onReconnect?(runtime: RuntimeInfo): void;
  /** The connection is gone; events may be missed until onReconnect. */
  onDisconnect?(reason: Error): void;
}

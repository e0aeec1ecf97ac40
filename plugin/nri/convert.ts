/**
 * Wire messages to handler records and back. Pure functions: the stub decodes, converts, calls a
 * handler, converts the result and encodes, and each step is testable alone.
 */
import { api, int64ToNumber } from '../../nri-proto/index.ts';
import type { nri } from '../../nri-proto/generated/proto.js';
import { clampDelay } from '../concurrency/deadline.ts';
import type { Container, ContainerAdjustment, ContainerState, Pod } from './types.ts';

type WirePod = nri.pkg.api.v1alpha1.PodSandbox.$Properties;
type WireContainer = nri.pkg.api.v1alpha1.Container.$Properties;
type WireAdjustment = nri.pkg.api.v1alpha1.ContainerAdjustment.$Properties;

const containerStates: Record<number, ContainerState> = {
  [api.ContainerState.CONTAINER_CREATED]: 'created',
  [api.ContainerState.CONTAINER_PAUSED]: 'paused',
  [api.ContainerState.CONTAINER_RUNNING]: 'running',
  [api.ContainerState.CONTAINER_STOPPED]: 'stopped',
};

export function podFromWire(pod: WirePod | null | undefined): Pod {
  const netns = pod?.linux?.namespaces?.find((namespace) => namespace.type === 'network');
  return {
    id: pod?.id ?? '',
    uid: pod?.uid ?? '',
    namespace: pod?.namespace ?? '',
    name: pod?.name ?? '',
    netnsPath: netns?.path ? netns.path : undefined,
    labels: { ...pod?.labels },
    annotations: { ...pod?.annotations },
    ips: [...(pod?.ips ?? [])],
  };
}

export function containerFromWire(container: WireContainer | null | undefined): Container {
  return {
    id: container?.id ?? '',
    podSandboxId: container?.pod_sandbox_id ?? '',
    name: container?.name ?? '',
    state: containerStates[container?.state ?? 0] ?? 'unknown',
    labels: { ...container?.labels },
    annotations: { ...container?.annotations },
  };
}

export function adjustmentToWire(adjustment: ContainerAdjustment | undefined): WireAdjustment | undefined {
  const devices = adjustment?.devices ?? [];
  const env = adjustment?.env ?? [];
  if (devices.length === 0 && env.length === 0) return undefined;
  return {
    ...(env.length ? { env: env.map(({ key, value }) => ({ key, value })) } : {}),
    linux: {
      devices: devices.map((device) => ({
        path: device.path,
        type: device.type,
        major: device.major,
        minor: device.minor,
        file_mode: device.fileMode === undefined ? null : { value: device.fileMode },
        uid: device.uid === undefined ? null : { value: device.uid },
        gid: device.gid === undefined ? null : { value: device.gid },
      })),
    },
  };
}

/**
 * Milliseconds from an int64 timeout field; undefined when the runtime left it unset (NRI < 0.7).
 * Clamped to what a timer can wait: a runtime asking for years means "very long", not "now".
 */
export function timeoutFromWire(value: Parameters<typeof int64ToNumber>[0]): number | undefined {
  const milliseconds = int64ToNumber(value);
  return milliseconds > 0 ? clampDelay(milliseconds) : undefined;
}

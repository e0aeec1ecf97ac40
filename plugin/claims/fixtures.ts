/**
 * Builders of allocated claims and device inventories for tests and benchmarks: one place that
 * knows what a realistic allocated resource.k8s.io/v1 ResourceClaim looks like.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import type { AllocationConfig, AllocationResult, ResourceClaimView } from './claim.ts';
import type { DeviceEntry, DeviceLookup } from './check.ts';

export const TEST_DRIVER = 'netclaim.io';
export const TEST_POOL = 'node-a';

export interface ClaimSpec {
  namespace?: string;
  name?: string;
  uid?: string;
  /** Device names of this node allocated to the claim, one request each ("nic-0", "nic-1", ...), unless `results` is given. */
  devices?: string[];
  results?: AllocationResult[];
  config?: AllocationConfig[];
  /** Pods the claim is reserved for; one pod "pod-a" by default. */
  pods?: { name: string; uid: string }[];
}

/** An allocated claim as the API server returns it (JSON shape). */
export function allocatedClaim(spec: ClaimSpec = {}): ResourceClaimView & { apiVersion: string; kind: string; spec: { devices: object } } {
  const namespace = spec.namespace ?? 'default';
  const name = spec.name ?? 'claim-a';
  const results = spec.results ?? (spec.devices ?? ['eth1']).map((device, index) => ({
    request: `nic-${index}`, driver: TEST_DRIVER, pool: TEST_POOL, device,
  }));
  const requestNames = [...new Set(results.map((result) => result.request.split('/')[0] ?? result.request))];
  return {
    apiVersion: 'resource.k8s.io/v1',
    kind: 'ResourceClaim',
    metadata: { namespace, name, uid: spec.uid ?? `uid-${name}` },
    spec: { devices: { requests: requestNames.map((request) => ({ name: request, exactly: { deviceClassName: 'netclaim-nic' } })) } },
    status: {
      allocation: { devices: { results, config: spec.config ?? [] } },
      reservedFor: (spec.pods ?? [{ name: 'pod-a', uid: 'pod-uid-a' }]).map((pod) => ({ resource: 'pods', name: pod.name, uid: pod.uid })),
    },
  };
}

/** An opaque config entry for this driver, as the scheduler copies it into the allocation. */
export function opaqueConfig(parameters: unknown, options: { source?: 'FromClass' | 'FromClaim'; requests?: string[]; driver?: string } = {}): AllocationConfig {
  return {
    source: options.source ?? 'FromClaim',
    ...(options.requests ? { requests: options.requests } : {}),
    opaque: { driver: options.driver ?? TEST_DRIVER, parameters },
  };
}

export function deviceInfo(ifName: string, index: number): DeviceInfo {
  return {
    ifName,
    ifIndex: 10 + index,
    type: 'device',
    mac: `02:00:00:00:00:${(index + 1).toString(16).padStart(2, '0')}`,
    mtu: 1500,
    state: 'up',
    virtual: false,
    ipv4: [],
    ipv6: [],
    isSriovVf: false,
  };
}

/**
 * An inventory of this node where each device is published under its interface name in
 * TEST_POOL; names listed in `uplinks` are the node's uplinks.
 */
export function inventoryOf(ifNames: readonly string[], uplinks: readonly string[] = []): DeviceLookup {
  const entries = new Map<string, DeviceEntry>(ifNames.map((ifName, index) => [ifName, {
    pool: TEST_POOL, info: deviceInfo(ifName, index), uplink: uplinks.includes(ifName),
  }]));
  return { byDeviceName: (name) => entries.get(name) };
}

/**
 * Builders of allocated claims and device inventories for tests and benchmarks: one place that
 * knows what a realistic allocated resource.k8s.io/v1 ResourceClaim looks like.
 */
import type { AllocationConfig, AllocationResult, ResourceClaimView } from '../plugin/claims/claim.ts';
import type { DeviceEntry, DeviceLookup } from '../plugin/claims/check.ts';

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

export const UPLINK_REASON = 'carries or is stacked with a default route';

/**
 * A device lookup of this node where each device is known under its interface name in
 * TEST_POOL; names listed in `uplinks` are kept for the node as its uplinks.
 */
export function inventoryOf(ifNames: readonly string[], uplinks: readonly string[] = []): DeviceLookup {
  const entries = new Map<string, DeviceEntry>(ifNames.map((ifName) => [ifName, {
    pool: TEST_POOL, ifName, ...(uplinks.includes(ifName) ? { keptForNode: UPLINK_REASON } : {}),
  }]));
  return { byDeviceName: (name) => entries.get(name) };
}

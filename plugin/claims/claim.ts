/**
 * The parts of a resource.k8s.io/v1 ResourceClaim that prepare reads, as plain JSON shapes.
 *
 * Narrow on purpose: the checks are pure functions over these, testable with object literals,
 * and @kubernetes/client-node's ResourceV1ResourceClaim is assignable to ResourceClaimView, so
 * the API adapter hands its objects over without copying.
 */
export interface AllocationResult {
  /** The request name; "main/sub" for a subrequest of a firstAvailable request. */
  request: string;
  driver: string;
  pool: string;
  device: string;
  adminAccess?: boolean;
  /** Set when the device was allocated as a shared parent (KEP-5075): this allocation's own ID. */
  shareID?: string;
  /** Capacity this share consumed, by qualified capacity name, as quantities ("100M"). */
  consumedCapacity?: Record<string, string>;
}

export interface OpaqueConfig {
  driver: string;
  /** Raw JSON from the claim or class; validated only once it is known to be ours. */
  parameters: unknown;
}

export interface AllocationConfig {
  /** "FromClass" or "FromClaim". */
  source: string;
  /** Requests the config applies to; empty or absent means all of them. */
  requests?: string[];
  opaque?: OpaqueConfig;
}

export interface ConsumerReference {
  apiGroup?: string;
  resource: string;
  name: string;
  uid: string;
}

export interface ResourceClaimView {
  metadata?: { name?: string; namespace?: string; uid?: string };
  status?: {
    allocation?: {
      devices?: {
        results?: AllocationResult[];
        config?: AllocationConfig[];
      };
    };
    reservedFor?: ConsumerReference[];
  };
}

/** Reads claims from the API server (plugin/kube/claims.ts is the real one). */
export interface ClaimSource {
  /**
   * Throws ClaimNotFoundError when the claim does not exist, another Error when it cannot tell
   * (also when `signal` aborts the read).
   */
  get(namespace: string, name: string, signal?: AbortSignal): Promise<ResourceClaimView>;
}

export class ClaimNotFoundError extends Error {
  constructor(namespace: string, name: string) {
    super(`ResourceClaim ${namespace}/${name} not found in the API server`);
    this.name = 'ClaimNotFoundError';
  }
}

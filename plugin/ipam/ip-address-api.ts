/**
 * What pool allocation needs from the API server: networking.k8s.io/v1 IPAddress objects, created
 * to claim an address, deleted to release it, listed by label. Narrow on purpose, so the client
 * behind it (plugin/kube/ip-addresses.ts) can change without touching the allocator.
 */

/** Labels on every IPAddress netclaim creates. */
export const LABELS = {
  /** The Service allocator's repair loop leaves objects with another manager alone. */
  managedBy: 'ipaddress.kubernetes.io/managed-by',
  pool: 'netclaim.io/pool',
  node: 'netclaim.io/node',
  claimUid: 'netclaim.io/claim-uid',
} as const;

export interface NewIpAddress {
  /** The address's canonical text, which is how the API server makes it unique. */
  name: string;
  labels: Record<string, string>;
  /** The ResourceClaim the address belongs to. */
  parentRef: { group: string; resource: string; namespace: string; name: string };
}

export interface ListedIpAddress {
  name: string;
  uid: string;
  labels: Record<string, string>;
}

export interface IpAddressApi {
  /** Creates the object and resolves to its uid; rejects with AddressTakenError when the name exists. */
  create(address: NewIpAddress): Promise<string>;
  /** Deletes the object if it still has `uid`; resolves when it is gone, also when it already was or was replaced. */
  delete(name: string, uid: string): Promise<void>;
  /** Objects carrying every one of `labels`. */
  list(labels: Record<string, string>): Promise<ListedIpAddress[]>;
}

/** The address is claimed already (by another claim, another agent, or a Service). */
export class AddressTakenError extends Error {
  constructor(name: string) {
    super(`IPAddress ${name} already exists`);
    this.name = 'AddressTakenError';
  }
}

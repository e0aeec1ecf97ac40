/**
 * The device as the inventory publishes it: a DNS-label name and typed attributes in the wire
 * shape of resource.k8s.io/v1 (`{int}`, `{bool}`, `{string}`, `{version}`). Unprefixed attribute
 * names belong to the driver's domain; standard ones carry `resource.kubernetes.io/`. Only
 * plugin/kube/slices.ts converts this to client-node's models (where `int` is spelled `_int`).
 */
export type AttributeValue = { int: number } | { bool: boolean } | { string: string } | { version: string };

/** A device taint (KEP-5055): the scheduler does not allocate a NoSchedule-tainted device to a claim that does not tolerate it. */
export interface DeviceTaint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'NoExecute';
}

export interface PublishedDevice {
  name: string;
  attributes: Record<string, AttributeValue>;
  /** Set by device health (opt-in) on a device whose link stayed down; the inventory never sets it. */
  taints?: DeviceTaint[];
}

/**
 * The device as the inventory publishes it: a DNS-label name and typed attributes in the wire
 * shape of resource.k8s.io/v1 (`{int}`, `{bool}`, `{string}`, `{version}`). Unprefixed attribute
 * names belong to the driver's domain; standard ones carry `resource.kubernetes.io/`.
 * plugin/kube/slices.ts puts it into ResourceSlices.
 */
export type AttributeValue = { int: number } | { bool: boolean } | { string: string } | { version: string };

export interface PublishedDevice {
  name: string;
  attributes: Record<string, AttributeValue>;
}

/**
 * The resource types the fake API server serves, with the facts its HTTP layer needs to route
 * and validate them: group/version, plural, kind, scope, and whether a `/status` subresource
 * splits writes (on those, the main resource ignores status and `/status` touches only status,
 * as the real API server's strategies do).
 */
export interface ResourceType {
  /** "" for the core group. */
  group: string;
  version: string;
  plural: string;
  kind: string;
  namespaced: boolean;
  hasStatus: boolean;
  /** Field selectors the real server accepts for this type besides metadata.name/namespace. */
  fieldSelectors: string[];
}

export const resourceTypes: readonly ResourceType[] = [
  { group: 'resource.k8s.io', version: 'v1', plural: 'resourceslices', kind: 'ResourceSlice', namespaced: false, hasStatus: false, fieldSelectors: ['spec.nodeName', 'spec.driver'] },
  { group: 'resource.k8s.io', version: 'v1', plural: 'resourceclaims', kind: 'ResourceClaim', namespaced: true, hasStatus: true, fieldSelectors: [] },
  { group: 'resource.k8s.io', version: 'v1', plural: 'deviceclasses', kind: 'DeviceClass', namespaced: false, hasStatus: false, fieldSelectors: [] },
  { group: '', version: 'v1', plural: 'nodes', kind: 'Node', namespaced: false, hasStatus: true, fieldSelectors: [] },
  { group: '', version: 'v1', plural: 'pods', kind: 'Pod', namespaced: true, hasStatus: true, fieldSelectors: ['spec.nodeName'] },
  { group: 'networking.k8s.io', version: 'v1', plural: 'ipaddresses', kind: 'IPAddress', namespaced: false, hasStatus: false, fieldSelectors: [] },
  { group: '', version: 'v1', plural: 'events', kind: 'Event', namespaced: true, hasStatus: false, fieldSelectors: ['involvedObject.name', 'involvedObject.uid', 'reason'] },
];

export function apiVersionOf(type: ResourceType): string {
  return type.group === '' ? type.version : `${type.group}/${type.version}`;
}

export function resourceTypeByPlural(group: string, version: string, plural: string): ResourceType | undefined {
  return resourceTypes.find((type) => type.group === group && type.version === version && type.plural === plural);
}

export function resourceTypeByKind(apiVersion: string, kind: string): ResourceType | undefined {
  return resourceTypes.find((type) => apiVersionOf(type) === apiVersion && type.kind === kind);
}

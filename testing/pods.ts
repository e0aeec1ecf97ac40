/**
 * Pod objects as the API server holds them once the scheduler bound them to a node: one place
 * that knows the shape netclaim reads (spec.nodeName, spec.resourceClaims, and for claims made
 * from templates the name status.resourceClaimStatuses gives them).
 */
import type { FakeApiServer, KubeObject } from './fake-apiserver/server.ts';

export interface PodSpec {
  namespace?: string;
  name: string;
  nodeName: string;
  /** ResourceClaims the pod names directly. */
  claims?: string[];
  /** Claims made from a ResourceClaimTemplate: entry name → generated claim name (undefined: not generated yet). */
  templateClaims?: Record<string, string | undefined>;
}

export function podObject(spec: PodSpec): KubeObject {
  const direct = (spec.claims ?? []).map((claim, index) => ({ name: `claim-${index}`, resourceClaimName: claim }));
  const templated = Object.keys(spec.templateClaims ?? {}).map((name) => ({ name, resourceClaimTemplateName: `${name}-template` }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace: spec.namespace ?? 'default', name: spec.name },
    spec: {
      nodeName: spec.nodeName,
      containers: [{ name: 'main', image: 'registry.k8s.io/pause:3.10' }],
      ...(direct.length + templated.length ? { resourceClaims: [...direct, ...templated] } : {}),
    },
  };
}

/**
 * Creates the pod in the fake API server and, for template claims, the status the resourceclaim
 * controller writes. The server assigns the uid; the runtime's sandbox must carry it, as the
 * kubelet's does.
 */
export function seedPod(api: FakeApiServer, spec: PodSpec): KubeObject {
  const created = api.seed(podObject(spec));
  const generated = Object.entries(spec.templateClaims ?? {}).flatMap(([name, claim]) => (claim ? [{ name, resourceClaimName: claim }] : []));
  return generated.length ? api.replace({ ...created, status: { resourceClaimStatuses: generated } }) : created;
}

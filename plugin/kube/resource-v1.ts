/**
 * resource.k8s.io/v1 calls the agent makes, with client-node's method names and parameter
 * objects. One small method per endpoint; the objects are client-node's model types as JSON.
 */
import type { ResourceV1ResourceClaim, V1ResourceSlice, V1ResourceSliceList, V1Status } from '@kubernetes/client-node';
import type { KubeClient, RequestOptions, Wire } from './client.ts';

const GROUP = '/apis/resource.k8s.io/v1';

export type ResourceSlice = Wire<V1ResourceSlice>;
export type ResourceClaim = Wire<ResourceV1ResourceClaim>;

const claimPath = (namespace: string, name: string) => `${GROUP}/namespaces/${encodeURIComponent(namespace)}/resourceclaims/${encodeURIComponent(name)}`;
const slicePath = (name: string) => `${GROUP}/resourceslices/${encodeURIComponent(name)}`;

export class ResourceV1Api {
  readonly #client: KubeClient;

  constructor(client: KubeClient) {
    this.#client = client;
  }

  readNamespacedResourceClaim(params: { namespace: string; name: string }, options?: RequestOptions): Promise<ResourceClaim> {
    return this.#client.request('GET', claimPath(params.namespace, params.name), { ...options });
  }

  patchNamespacedResourceClaimStatus(params: { namespace: string; name: string; body: unknown; fieldManager?: string; force?: boolean }, options?: RequestOptions): Promise<ResourceClaim> {
    return this.#client.request('PATCH', `${claimPath(params.namespace, params.name)}/status`, { ...options, body: params.body, query: { fieldManager: params.fieldManager, force: params.force } });
  }

  listResourceSlice(params: { fieldSelector?: string; labelSelector?: string } = {}, options?: RequestOptions): Promise<Wire<V1ResourceSliceList>> {
    return this.#client.request('GET', `${GROUP}/resourceslices`, { ...options, query: params });
  }

  createResourceSlice(params: { body: ResourceSlice }, options?: RequestOptions): Promise<ResourceSlice> {
    return this.#client.request('POST', `${GROUP}/resourceslices`, { ...options, body: params.body });
  }

  replaceResourceSlice(params: { name: string; body: ResourceSlice }, options?: RequestOptions): Promise<ResourceSlice> {
    return this.#client.request('PUT', slicePath(params.name), { ...options, body: params.body });
  }

  deleteResourceSlice(params: { name: string }, options?: RequestOptions): Promise<Wire<V1Status>> {
    return this.#client.request('DELETE', slicePath(params.name), { ...options });
  }
}

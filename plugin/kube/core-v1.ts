/**
 * core/v1 calls the agent makes, with client-node's method names and parameter objects. One
 * small method per endpoint; the objects are client-node's model types as JSON.
 */
import type { CoreV1Event, V1Node, V1Pod, V1PodList } from '@kubernetes/client-node';
import type { KubeClient, RequestOptions, Wire } from './client.ts';

const GROUP = '/api/v1';

export type Pod = Wire<V1Pod>;
export type Event = Wire<CoreV1Event>;

export class CoreV1Api {
  readonly #client: KubeClient;

  constructor(client: KubeClient) {
    this.#client = client;
  }

  readNode(params: { name: string }, options?: RequestOptions): Promise<Wire<V1Node>> {
    return this.#client.request('GET', `${GROUP}/nodes/${encodeURIComponent(params.name)}`, { ...options });
  }

  readNamespacedPod(params: { namespace: string; name: string }, options?: RequestOptions): Promise<Pod> {
    return this.#client.request('GET', `${GROUP}/namespaces/${encodeURIComponent(params.namespace)}/pods/${encodeURIComponent(params.name)}`, { ...options });
  }

  listPodForAllNamespaces(params: { fieldSelector?: string; labelSelector?: string } = {}, options?: RequestOptions): Promise<Wire<V1PodList>> {
    return this.#client.request('GET', `${GROUP}/pods`, { ...options, query: params });
  }

  createNamespacedEvent(params: { namespace: string; body: Event }, options?: RequestOptions): Promise<Event> {
    return this.#client.request('POST', `${GROUP}/namespaces/${encodeURIComponent(params.namespace)}/events`, { ...options, body: params.body });
  }
}

/**
 * networking.k8s.io/v1 calls the agent makes (IPAddress objects for pool allocation), with
 * client-node's method names and parameter objects; the objects are its model types as JSON.
 */
import type { V1DeleteOptions, V1IPAddress, V1IPAddressList, V1Status } from '@kubernetes/client-node';
import type { KubeClient, RequestOptions, Wire } from './client.ts';

const GROUP = '/apis/networking.k8s.io/v1';

export type IpAddress = Wire<V1IPAddress>;

export class NetworkingV1Api {
  readonly #client: KubeClient;

  constructor(client: KubeClient) {
    this.#client = client;
  }

  createIPAddress(params: { body: IpAddress }, options?: RequestOptions): Promise<IpAddress> {
    return this.#client.request('POST', `${GROUP}/ipaddresses`, { ...options, body: params.body });
  }

  deleteIPAddress(params: { name: string; body?: Wire<V1DeleteOptions> }, options?: RequestOptions): Promise<Wire<V1Status>> {
    return this.#client.request('DELETE', `${GROUP}/ipaddresses/${encodeURIComponent(params.name)}`, { ...options, body: params.body });
  }

  listIPAddress(params: { labelSelector?: string } = {}, options?: RequestOptions): Promise<Wire<V1IPAddressList>> {
    return this.#client.request('GET', `${GROUP}/ipaddresses`, { ...options, query: params });
  }
}

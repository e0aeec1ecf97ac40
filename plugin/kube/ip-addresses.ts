/**
 * networking.k8s.io/v1 IPAddress objects for pool allocation (plugin/ipam), behind its narrow
 * IpAddressApi. Every call is bounded: prepare holds the kubelet's 45 s, and a hung connection
 * must cost one call its deadline, not the whole NodePrepareResources.
 */
import { AddressTakenError, type IpAddressApi, type ListedIpAddress, type NewIpAddress } from '../ipam/ip-address-api.ts';
import { abortWith, type KubeClient } from './client.ts';
import { apiErrorMessage, isAborted, isAlreadyExists, isConflict, isNotFound } from './errors.ts';
import { NetworkingV1Api } from './networking-v1.ts';

export const IP_ADDRESS_CALL_TIMEOUT_MS = 10_000;

export function apiIpAddresses(client: KubeClient, timeoutMs = IP_ADDRESS_CALL_TIMEOUT_MS): IpAddressApi {
  const networking = new NetworkingV1Api(client);
  const bounded = async <T>(what: string, call: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    try {
      return await call(AbortSignal.timeout(timeoutMs));
    } catch (error) {
      if (error instanceof AddressTakenError) throw error;
      throw new Error(`${what}: ${isAborted(error) ? `no answer within ${timeoutMs} ms` : apiErrorMessage(error)}`);
    }
  };
  return {
    create: (address: NewIpAddress) => bounded(`create IPAddress ${address.name}`, async (signal) => {
      try {
        const created = await networking.createIPAddress({
          body: { apiVersion: 'networking.k8s.io/v1', kind: 'IPAddress', metadata: { name: address.name, labels: address.labels }, spec: { parentRef: address.parentRef } },
        }, abortWith(signal));
        return created.metadata?.uid ?? '';
      } catch (error) {
        if (isAlreadyExists(error)) throw new AddressTakenError(address.name);
        throw error;
      }
    }),
    delete: (name: string, uid: string) => bounded(`delete IPAddress ${name}`, async (signal) => {
      try {
        await networking.deleteIPAddress({ name, body: { preconditions: { uid } } }, abortWith(signal));
      } catch (error) {
        // Gone already, or a new object under the name (the precondition failed): not ours to delete.
        if (!isNotFound(error) && !isConflict(error)) throw error;
      }
    }),
    list: (labels: Record<string, string>) => bounded('list IPAddresses', async (signal) => {
      const labelSelector = Object.entries(labels).map(([key, value]) => `${key}=${value}`).join(',');
      const list = await networking.listIPAddress({ labelSelector }, abortWith(signal));
      return list.items.map((item): ListedIpAddress => ({ name: item.metadata?.name ?? '', uid: item.metadata?.uid ?? '', labels: item.metadata?.labels ?? {} }));
    }),
  };
}

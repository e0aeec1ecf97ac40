/**
 * ResourceClaims from the API server, for prepare. Every read is bounded: the kubelet gives a
 * whole NodePrepareResources call 45 s, and a claim stuck behind a hung connection would fail
 * every claim of the call instead of just itself.
 */
import { Observable, type ConfigurationOptions, type ObservableMiddleware, type ResourceV1Api } from '@kubernetes/client-node';
import { ClaimNotFoundError, type ClaimSource, type ResourceClaimView } from '../claims/claim.ts';
import { errorMessage, isNotFound } from './errors.ts';

export const CLAIM_READ_TIMEOUT_MS = 10_000;

/** Makes the signal that aborts a read after `ms`; tests pass one they abort themselves. */
export type DeadlineSignal = (ms: number) => AbortSignal;

export function apiClaimSource(resource: ResourceV1Api, timeoutMs = CLAIM_READ_TIMEOUT_MS, deadlineSignal: DeadlineSignal = AbortSignal.timeout): ClaimSource {
  const deadline: ObservableMiddleware = {
    pre: (request) => {
      request.setSignal(deadlineSignal(timeoutMs));
      return new Observable(Promise.resolve(request));
    },
    post: (response) => new Observable(Promise.resolve(response)),
  };
  const options: ConfigurationOptions<ObservableMiddleware> = { middleware: [deadline], middlewareMergeStrategy: 'append' };
  return {
    async get(namespace: string, name: string): Promise<ResourceClaimView> {
      try {
        return await resource.readNamespacedResourceClaim({ namespace, name }, options);
      } catch (error) {
        if (isNotFound(error)) throw new ClaimNotFoundError(namespace, name);
        if ((error as { name?: string }).name === 'AbortError') throw new Error(`no answer within ${timeoutMs} ms`);
        throw new Error(errorMessage(error));
      }
    },
  };
}

/**
 * ResourceClaims from the API server, for prepare. Every read is bounded: the kubelet gives a
 * whole NodePrepareResources call 45 s, and a claim stuck behind a hung connection would fail
 * every claim of the call instead of just itself.
 */
import { ClaimNotFoundError, type ClaimSource, type ResourceClaimView } from '../claims/claim.ts';
import { abortWith } from './client.ts';
import type { ResourceV1Api } from './resource-v1.ts';
import { apiErrorMessage, isAborted, isNotFound } from './errors.ts';

export const CLAIM_READ_TIMEOUT_MS = 10_000;

/** Makes the signal that aborts a read after `ms`; tests pass one they abort themselves. */
export type DeadlineSignal = (ms: number) => AbortSignal;

export function apiClaimSource(resource: ResourceV1Api, timeoutMs = CLAIM_READ_TIMEOUT_MS, deadlineSignal: DeadlineSignal = AbortSignal.timeout): ClaimSource {
  return {
    async get(namespace: string, name: string, signal?: AbortSignal): Promise<ResourceClaimView> {
      const deadline = deadlineSignal(timeoutMs);
      try {
        return await resource.readNamespacedResourceClaim({ namespace, name }, abortWith(signal ? AbortSignal.any([deadline, signal]) : deadline));
      } catch (error) {
        if (isNotFound(error)) throw new ClaimNotFoundError(namespace, name);
        if (isAborted(error)) throw new Error(deadline.aborted ? `no answer within ${timeoutMs} ms` : 'no answer before the caller\'s deadline');
        throw new Error(apiErrorMessage(error));
      }
    },
  };
}

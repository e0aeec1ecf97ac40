/**
 * Tells the API server what happened at pod start, off the critical path: claim status by
 * server-side apply, and Events on the pod and claim when something failed. Calls are queued and
 * retried with backoff; RunPodSandbox never waits for the API server.
 */
import type { ClaimRef } from '../claims/plan.ts';
import { BackgroundWork } from '../concurrency/background.ts';
import { KeyedLock } from '../concurrency/keyed-lock.ts';
import type { PodRef } from '../inventory/catalog.ts';
import type { Logger } from '../log.ts';
import { apiErrorMessage, isNotFound } from '../kube/errors.ts';
import { serverSideApply } from '../kube/client.ts';
import type { CoreV1Api } from '../kube/core-v1.ts';
import type { ResourceV1Api } from '../kube/resource-v1.ts';
import { defaultBackoff, withRetry } from '../kube/retry.ts';
import { claimStatusApplyPatch, ownStatusEntries, withNetworkReady, type ClaimStatusDevice, type NetworkReadyChange } from './claim-status.ts';

interface ObjectRef {
  kind: 'Pod' | 'ResourceClaim';
  apiVersion: string;
  namespace: string;
  name: string;
  uid: string;
}

/** What the pod-network logic needs; tests give it a recording fake or the real one. */
export interface Reporter {
  claimStatus(claim: ClaimRef, devices: ClaimStatusDevice[]): void;
  /** Removes every status.devices entry this driver wrote (the claim may be gone already). */
  clearClaimStatus(claim: ClaimRef): void;
  /** A Warning Event on the pod and on each of `claims`. */
  warning(pod: PodRef, claims: readonly ClaimRef[], reason: string, message: string): void;
}

/** What device health needs: NetworkReady of a device in a claim's status follows its carrier. */
export interface NetworkReadyReporter {
  /** Sets NetworkReady of a device in the claim's status entries, the rest of the entries as they were. */
  networkReady(claim: ClaimRef, change: NetworkReadyChange): void;
}

const ATTEMPTS = 8;

export class ApiReporter implements Reporter, NetworkReadyReporter {
  readonly #resource: ResourceV1Api;
  readonly #core: CoreV1Api;
  readonly #driver: string;
  readonly #node: string;
  readonly #logger: Logger;
  readonly #pending = new BackgroundWork();
  readonly #abort = new AbortController();
  /** Status writes of one claim in the order asked: a carrier change must not overtake the attach it follows. */
  readonly #perClaim = new KeyedLock();
  /** What we last applied per claim UID: a NetworkReady change rewrites the rest as it was. */
  readonly #applied = new Map<string, ClaimStatusDevice[]>();
  /** NetworkReady changes not yet written, per claim UID: flaps while a write is in flight coalesce. */
  readonly #readyChanges = new Map<string, { claim: ClaimRef; changes: NetworkReadyChange[] }>();

  constructor(options: { resource: ResourceV1Api; core: CoreV1Api; driverName: string; nodeName: string; logger: Logger }) {
    this.#resource = options.resource;
    this.#core = options.core;
    this.#driver = options.driverName;
    this.#node = options.nodeName;
    this.#logger = options.logger;
  }

  claimStatus(claim: ClaimRef, devices: ClaimStatusDevice[]): void {
    const fields = { claim: `${claim.namespace}/${claim.name}`, claimUid: claim.uid, devices: devices.map((d) => d.device) };
    this.#applied.set(claim.uid, devices);
    this.#trackClaim(claim, async () => {
      await this.#applyClaimStatus(claim, devices, fields);
      this.#logger.info('claim status written', fields);
    }, 'cannot write claim status', fields);
  }

  clearClaimStatus(claim: ClaimRef): void {
    const fields = { claim: `${claim.namespace}/${claim.name}`, claimUid: claim.uid };
    this.#applied.delete(claim.uid);
    this.#readyChanges.delete(claim.uid);
    this.#trackClaim(claim, async () => {
      try {
        await this.#applyClaimStatus(claim, [], fields);
        this.#logger.info('claim status entries removed', fields);
      } catch (error) {
        // Unprepare often follows the claim's deletion: then there is nothing left to clear.
        if (!isNotFound(error)) throw error;
      }
    }, 'cannot remove claim status entries', fields);
  }

  networkReady(claim: ClaimRef, change: NetworkReadyChange): void {
    const queued = this.#readyChanges.get(claim.uid);
    if (queued) {
      // A write for this claim is already queued: it will carry this change too.
      queued.changes.push(change);
      return;
    }
    this.#readyChanges.set(claim.uid, { claim, changes: [change] });
    const fields = { claim: `${claim.namespace}/${claim.name}`, claimUid: claim.uid };
    this.#trackClaim(claim, async () => {
      const taken = this.#readyChanges.get(claim.uid);
      this.#readyChanges.delete(claim.uid);
      if (!taken) return;
      const entries = withNetworkReady(this.#applied.get(claim.uid) ?? await this.#readOwnEntries(claim), taken.changes);
      this.#applied.set(claim.uid, entries);
      await this.#applyClaimStatus(claim, entries, fields);
      this.#logger.info('claim NetworkReady written', { ...fields, devices: taken.changes.map((c) => ({ device: c.device, status: c.status, reason: c.reason })) });
    }, 'cannot write claim NetworkReady', fields);
  }

  async #readOwnEntries(claim: ClaimRef): Promise<ClaimStatusDevice[]> {
    const stored = await withRetry(() => this.#resource.readNamespacedResourceClaim({ namespace: claim.namespace, name: claim.name }),
      this.#retry('read claim status', { claim: `${claim.namespace}/${claim.name}`, claimUid: claim.uid }));
    return ownStatusEntries(this.#driver, stored.status?.devices);
  }

  async #applyClaimStatus(claim: ClaimRef, devices: ClaimStatusDevice[], fields: Record<string, unknown>): Promise<void> {
    await withRetry(() => this.#resource.patchNamespacedResourceClaimStatus({
      namespace: claim.namespace, name: claim.name, body: claimStatusApplyPatch(claim, devices), fieldManager: this.#driver, force: true,
    }, serverSideApply), this.#retry('write claim status', fields));
  }

  warning(pod: PodRef, claims: readonly ClaimRef[], reason: string, message: string): void {
    const now = new Date().toISOString();
    const objects: ObjectRef[] = [
      { kind: 'Pod', apiVersion: 'v1', ...pod },
      ...claims.map((claim): ObjectRef => ({ kind: 'ResourceClaim', apiVersion: 'resource.k8s.io/v1', ...claim })),
    ];
    for (const object of objects) {
      const fields = { [object.kind === 'Pod' ? 'pod' : 'claim']: `${object.namespace}/${object.name}`, reason };
      this.#track(async () => {
        await withRetry(() => this.#core.createNamespacedEvent({
          namespace: object.namespace,
          body: {
            metadata: { generateName: `${object.name}.`, namespace: object.namespace },
            involvedObject: { kind: object.kind, apiVersion: object.apiVersion, namespace: object.namespace, name: object.name, uid: object.uid },
            type: 'Warning', reason, message: message.slice(0, 1024),
            source: { component: this.#driver, host: this.#node },
            reportingComponent: this.#driver, reportingInstance: this.#node,
            firstTimestamp: now, lastTimestamp: now, count: 1,
          },
        }), this.#retry('record event', fields));
      }, 'cannot record event', fields);
    }
  }

  /** Waits for queued writes (tests, graceful shutdown); `abandonAfterMs` stops retrying then. */
  async flush(abandonAfterMs?: number): Promise<void> {
    const timer = abandonAfterMs === undefined ? undefined : setTimeout(() => this.#abort.abort(), abandonAfterMs);
    try {
      await this.#pending.settled();
    } finally {
      clearTimeout(timer);
    }
  }

  #retry(what: string, fields: Record<string, unknown>) {
    return {
      ...defaultBackoff, attempts: ATTEMPTS, signal: this.#abort.signal,
      onRetry: (error: unknown, attempt: number) => this.#logger.warn(`${what} failed, retrying`, { ...fields, attempt, error: apiErrorMessage(error) }),
    };
  }

  #trackClaim(claim: ClaimRef, work: () => Promise<void>, failure: string, fields: Record<string, unknown>): void {
    this.#track(() => this.#perClaim.run(claim.uid, work), failure, fields);
  }

  #track(work: () => Promise<void>, failure: string, fields: Record<string, unknown>): void {
    this.#pending.run(work, (error) => this.#logger.error(failure, { ...fields, error: apiErrorMessage(error) }));
  }
}

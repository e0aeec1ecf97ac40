/**
 * Which of a pod's ResourceClaims give it this driver's devices on this node, answered from
 * memory at RunPodSandbox. The kubelet prepares a claim once per node, so a pod with no prepared
 * plan may still be ours: a later consumer of a shared claim, a claim prepared before state was
 * lost, a pod whose sandbox started while the agent was away. The pod cache says which claims a
 * pod uses; the claims are read once in the background when the pod is learnt (the scheduler
 * allocated and reserved them before it bound the pod, so that read is already final), and again
 * only when a cached claim does not list the pod among its consumers.
 *
 * The hot path: a cached answer is a map lookup; a pod not seen yet costs one GET of the pod and,
 * only if it has claims, of them, all under one deadline. No answer in time means "unknown", and
 * the caller lets the pod through as before (fail only on positive evidence).
 */
import type { AllocationResult, ClaimSource, ResourceClaimView } from '../claims/claim.ts';
import { ClaimNotFoundError } from '../claims/claim.ts';
import type { ClaimRef } from '../claims/plan.ts';
import type { PodRef } from '../inventory/catalog.ts';
import { apiErrorMessage } from '../kube/errors.ts';
import type { PodChange, PodView } from '../kube/pods.ts';
import type { Logger } from '../log.ts';

export const LOOKUP_TIMEOUT_MS = 500;
/** Off the hot path a read may take longer; the pod's sandbox is not waiting for it. */
const BACKGROUND_READ_TIMEOUT_MS = 10_000;

/** A claim of the pod with devices of this driver on this node. */
export interface ClaimOnNode {
  claim: ClaimRef;
  /** The claim as read, for preparing it on the spot with the same checks as NodePrepareResources. */
  view: ResourceClaimView;
  devices: AllocationResult[];
}

export type PodClaimsAnswer = { known: true; claims: ClaimOnNode[] } | { known: false; reason: string };

/**
 * The allocation results of this driver on this node. A claim is allocated from one pool per
 * node, named after the node (see the inventory); a result from another node's pool is not ours
 * to attach here.
 */
export function devicesOnNode(claim: ResourceClaimView, driver: string, nodeName: string): AllocationResult[] {
  const results = claim.status?.allocation?.devices?.results;
  return Array.isArray(results) ? results.filter((result) => result?.driver === driver && result.pool === nodeName) : [];
}

function reservedFor(claim: ResourceClaimView, podUid: string): boolean {
  return (claim.status?.reservedFor ?? []).some((consumer) => consumer.resource === 'pods' && consumer.uid === podUid);
}

/** A device of the pod's claims that another pod has (attached) or will have (prepared for it). */
export interface UnavailableDevice {
  claim: ClaimRef;
  device: string;
  holder: PodRef;
  held: 'attached' | 'prepared';
}

export interface ClaimSorting {
  /** Claims never prepared on this node: prepare them now, from the claim as read. */
  toPrepare: ClaimOnNode[];
  unavailable: UnavailableDevice[];
}

/**
 * Sorts a pod's claims on this node by what the node already did with them: prepared for another
 * pod (a claim shared by several pods: a netdev is in one namespace at a time) or a device
 * attached in another pod makes the device unavailable; prepared for this pod is in its plan
 * already; never prepared is to be prepared. Pure.
 */
export function sortClaims(input: {
  pod: PodRef;
  claims: readonly ClaimOnNode[];
  preparedFor(claimUid: string): { name: string; uid: string } | undefined;
  attachedTo(device: string): PodRef | undefined;
}): ClaimSorting {
  const sorting: ClaimSorting = { toPrepare: [], unavailable: [] };
  for (const entry of input.claims) {
    const { claim } = entry;
    const prepared = input.preparedFor(claim.uid);
    const preparedElsewhere = prepared && prepared.uid !== input.pod.uid ? { namespace: claim.namespace, ...prepared } : undefined;
    const held = entry.devices.flatMap(({ device, shareID }): UnavailableDevice[] => {
      // A share of a parent gets its own child: other pods' children of the parent take nothing from it.
      const attached = shareID === undefined ? input.attachedTo(device) : undefined;
      if (attached && attached.uid !== input.pod.uid) return [{ claim, device, holder: attached, held: 'attached' }];
      return preparedElsewhere ? [{ claim, device, holder: preparedElsewhere, held: 'prepared' }] : [];
    });
    if (held.length) sorting.unavailable.push(...held);
    else if (!prepared) sorting.toPrepare.push(entry);
  }
  return sorting;
}

/** The pod cache as this module uses it (plugin/kube/pods.ts). */
export interface PodSource {
  get(uid: string): PodView | undefined;
  read(pod: PodRef, signal: AbortSignal): Promise<PodView | undefined>;
  onChange(listener: (change: PodChange) => void): void;
}

export interface PodClaimsOptions {
  driverName: string;
  nodeName: string;
  pods: PodSource;
  claims: ClaimSource;
  logger: Logger;
  lookupTimeoutMs?: number;
}

interface Resolved {
  /** The pod's claim names when resolved: a changed list makes the answer stale. */
  names: string;
  claims: ClaimOnNode[];
}

export class PodClaims {
  readonly #options: PodClaimsOptions;
  /** Claims read, by "namespace/name"; only those some known pod uses. */
  readonly #claims = new Map<string, ResourceClaimView>();
  readonly #resolved = new Map<string, Resolved>();
  /** Pods whose claims are to be read in the background, latest view by uid; one reader drains it. */
  readonly #queue = new Map<string, PodView>();
  #draining: Promise<void> | undefined;
  /** Pods the hot path is reading: their cache events need no second, background read. */
  readonly #lookingUp = new Set<string>();
  readonly #listeners: Array<(pod: PodView, claims: ClaimOnNode[]) => void> = [];

  constructor(options: PodClaimsOptions) {
    this.#options = options;
    options.pods.onChange((change) => this.#onPodChange(change));
  }

  /** Called when a pod's claims on this node become known after the fact (late attach). */
  onLearnt(listener: (pod: PodView, claims: ClaimOnNode[]) => void): void {
    this.#listeners.push(listener);
  }

  /** From memory only; undefined when the pod or its claims are not known yet. */
  cached(podUid: string): PodClaimsAnswer | undefined {
    const pod = this.#options.pods.get(podUid);
    if (!pod || pod.unnamedClaims.length) return undefined;
    if (pod.claimNames.length === 0) return { known: true, claims: [] };
    const resolved = this.#resolved.get(podUid);
    return resolved?.names === namesOf(pod) ? { known: true, claims: resolved.claims } : undefined;
  }

  /** The hot path: memory, else one bounded round of GETs (the pod, then its claims). */
  async lookup(pod: PodRef): Promise<PodClaimsAnswer> {
    const cached = this.cached(pod.uid);
    if (cached) return cached;
    const timeoutMs = this.#options.lookupTimeoutMs ?? LOOKUP_TIMEOUT_MS;
    const signal = AbortSignal.timeout(timeoutMs);
    this.#lookingUp.add(pod.uid);
    try {
      const view = this.#options.pods.get(pod.uid) ?? await this.#options.pods.read(pod, signal);
      // The API server has no such pod: nothing says it has claims.
      if (!view) return { known: true, claims: [] };
      if (view.unnamedClaims.length) return { known: false, reason: `claims ${view.unnamedClaims.join(', ')} made from templates are not named in the pod's status yet` };
      return { known: true, claims: await this.#resolve(view, signal) };
    } catch (error) {
      return { known: false, reason: signal.aborted ? `no answer from the API server within ${timeoutMs} ms` : apiErrorMessage(error) };
    } finally {
      this.#lookingUp.delete(pod.uid);
    }
  }

  /** Waits until background reads queued so far are done (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  #onPodChange(change: PodChange): void {
    const { pod } = change;
    if (change.type === 'delete') {
      this.#queue.delete(pod.uid);
      this.#resolved.delete(pod.uid);
      this.#forgetUnusedClaims();
      return;
    }
    if (pod.claimNames.length === 0 || this.#lookingUp.has(pod.uid) || this.cached(pod.uid)) return;
    this.#queue.set(pod.uid, pod);
    this.#draining ??= this.#drain().finally(() => { this.#draining = undefined; });
  }

  async #drain(): Promise<void> {
    for (const [uid, pod] of this.#queue) {
      this.#queue.delete(uid);
      try {
        const claims = await this.#resolve(pod, AbortSignal.timeout(BACKGROUND_READ_TIMEOUT_MS));
        if (claims.length) for (const listener of this.#listeners) listener(pod, claims);
      } catch (error) {
        // The hot path reads again for this pod when its sandbox starts.
        this.#options.logger.warn('cannot read the claims of a pod of this node', { pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, error: apiErrorMessage(error) });
      }
    }
  }

  async #resolve(pod: PodView, signal: AbortSignal): Promise<ClaimOnNode[]> {
    const { driverName, nodeName, claims: source } = this.#options;
    const views = await Promise.all(pod.claimNames.map(async (name) => {
      const key = `${pod.namespace}/${name}`;
      const known = this.#claims.get(key);
      if (known && reservedFor(known, pod.uid)) return known;
      try {
        const view = await source.get(pod.namespace, name, signal);
        this.#claims.set(key, view);
        return view;
      } catch (error) {
        // A claim that does not exist gives no device; anything else leaves the answer unknown.
        if (error instanceof ClaimNotFoundError) return undefined;
        throw error;
      }
    }));
    const claims = views.flatMap((view, index) => {
      const devices = view ? devicesOnNode(view, driverName, nodeName) : [];
      const uid = view?.metadata?.uid;
      return devices.length && uid ? [{ claim: { namespace: pod.namespace, name: pod.claimNames[index]!, uid }, view: view!, devices }] : [];
    });
    if (this.#options.pods.get(pod.uid)) this.#resolved.set(pod.uid, { names: namesOf(pod), claims });
    return claims;
  }

  #forgetUnusedClaims(): void {
    const used = new Set<string>();
    for (const uid of this.#resolved.keys()) {
      const pod = this.#options.pods.get(uid);
      for (const name of pod?.claimNames ?? []) used.add(`${pod!.namespace}/${name}`);
    }
    for (const key of this.#claims.keys()) if (!used.has(key)) this.#claims.delete(key);
  }
}

function namesOf(pod: PodView): string {
  return pod.claimNames.join('\n');
}

/**
 * This node's pods as the API server knows them, reduced to what netclaim acts on: identity and
 * the names of the ResourceClaims each pod uses. Kept by list+watch with the field selector
 * `spec.nodeName=<node>` (the kubelet's own view), so RunPodSandbox answers "which claims does
 * this pod have?" from memory; a pod the watch has not delivered yet is read with one GET.
 *
 * Pod JSON comes from outside: it is read field by field, capped, and anything malformed reads as
 * "no claims" rather than crashing the watch.
 */
import type { PodRef } from '../inventory/catalog.ts';
import type { Logger } from '../log.ts';
import { abortWith, type KubeClients } from './client.ts';
import type { CoreV1Api } from './core-v1.ts';
import { apiErrorMessage, isNotFound } from './errors.ts';
import { defaultBackoff, type BackoffOptions } from './retry.ts';
import { watchObjects, type WatchHandle } from './watch.ts';

/** The API server's own limit on spec.resourceClaims entries. */
const MAX_POD_CLAIMS = 32;
/** Far above any node's pod capacity (the kubelet allows at most a few hundred). */
const DEFAULT_MAX_PODS = 5000;

export interface PodView extends PodRef {
  /** ResourceClaims (in the pod's namespace) the pod uses: named directly or generated from a template. */
  claimNames: string[];
  /** Pod claim entries made from a template whose generated claim status does not name yet. */
  unnamedClaims: string[];
}

/**
 * Reads a pod's claims: `spec.resourceClaims[].resourceClaimName`, and for entries made from a
 * ResourceClaimTemplate the name the controller recorded in `status.resourceClaimStatuses`.
 * Undefined when the object is not a pod with an identity.
 */
export function podView(object: unknown): PodView | undefined {
  const pod = object as { metadata?: Record<string, unknown>; spec?: { resourceClaims?: unknown }; status?: { resourceClaimStatuses?: unknown } } | null;
  const { uid, namespace, name } = pod?.metadata ?? {};
  if (typeof uid !== 'string' || typeof namespace !== 'string' || typeof name !== 'string' || !uid) return undefined;
  const generated = new Map(entries(pod?.status?.resourceClaimStatuses).flatMap((entry) => (
    typeof entry.name === 'string' && typeof entry.resourceClaimName === 'string' && entry.resourceClaimName ? [[entry.name, entry.resourceClaimName] as const] : []
  )));
  const claimNames: string[] = [];
  const unnamedClaims: string[] = [];
  for (const entry of entries(pod?.spec?.resourceClaims)) {
    if (typeof entry.name !== 'string') continue;
    if (typeof entry.resourceClaimName === 'string' && entry.resourceClaimName) claimNames.push(entry.resourceClaimName);
    else if (typeof entry.resourceClaimTemplateName === 'string') {
      const generatedName = generated.get(entry.name);
      if (generatedName) claimNames.push(generatedName);
      else unnamedClaims.push(entry.name);
    }
  }
  return { uid, namespace, name, claimNames: [...new Set(claimNames)], unnamedClaims };
}

function entries(value: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_POD_CLAIMS).filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null);
}

export interface PodCacheOptions {
  kube: Pick<KubeClients, 'config' | 'core'>;
  nodeName: string;
  logger: Logger;
  maxPods?: number;
  backoff?: BackoffOptions;
}

export type PodChange = { type: 'upsert'; pod: PodView } | { type: 'delete'; pod: PodView };

export class PodCache {
  readonly #options: PodCacheOptions;
  readonly #core: CoreV1Api;
  readonly #byUid = new Map<string, PodView>();
  readonly #listeners: Array<(change: PodChange) => void> = [];
  readonly #maxPods: number;
  #watch: WatchHandle | undefined;
  #synced = false;

  constructor(options: PodCacheOptions) {
    this.#options = options;
    this.#core = options.kube.core;
    this.#maxPods = options.maxPods ?? DEFAULT_MAX_PODS;
  }

  /** True once a list of the node's pods has been loaded; until then a miss says nothing. */
  get synced(): boolean {
    return this.#synced;
  }

  get size(): number {
    return this.#byUid.size;
  }

  start(): void {
    const log = this.#options.logger;
    this.#watch = watchObjects({
      config: this.#options.kube.config,
      path: '/api/v1/pods',
      fieldSelector: this.#fieldSelector,
      relist: () => this.#relist(),
      onEvent: (type, object) => (type === 'DELETED' ? this.#forget(object.metadata?.uid) : this.#upsert(object)),
      onError: (error, retryInMs) => log.warn('pod watch failed, reconnecting', { error: apiErrorMessage(error), retryInMs }),
      backoff: this.#options.backoff ?? defaultBackoff,
    });
  }

  async stop(): Promise<void> {
    await this.#watch?.close();
  }

  onChange(listener: (change: PodChange) => void): void {
    this.#listeners.push(listener);
  }

  get(uid: string): PodView | undefined {
    return this.#byUid.get(uid);
  }

  /**
   * One GET of a pod the watch has not delivered, aborted by `signal`. Undefined when the API
   * server has no such pod (or a pod of that name with another uid: it was replaced); the pod
   * read is remembered as a watch event would be.
   */
  async read(pod: PodRef, signal: AbortSignal): Promise<PodView | undefined> {
    try {
      const view = podView(await this.#core.readNamespacedPod({ namespace: pod.namespace, name: pod.name }, abortWith(signal)));
      if (!view || view.uid !== pod.uid) return undefined;
      this.#upsert(view, view);
      return view;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw new Error(`cannot read pod ${pod.namespace}/${pod.name}: ${signal.aborted ? 'no answer in time' : apiErrorMessage(error)}`);
    }
  }

  get #fieldSelector(): string {
    return `spec.nodeName=${this.#options.nodeName}`;
  }

  async #relist(): Promise<string> {
    const list = await this.#core.listPodForAllNamespaces({ fieldSelector: this.#fieldSelector });
    const listed = new Set<string>();
    for (const item of list.items) {
      const view = this.#upsert(item);
      if (view) listed.add(view.uid);
    }
    for (const uid of [...this.#byUid.keys()]) if (!listed.has(uid)) this.#forget(uid);
    this.#synced = true;
    this.#options.logger.info('pods of this node listed', { pods: this.#byUid.size });
    return list.metadata?.resourceVersion ?? '';
  }

  #upsert(object: unknown, parsed = podView(object)): PodView | undefined {
    if (!parsed) return undefined;
    if (!this.#byUid.has(parsed.uid) && this.#byUid.size >= this.#maxPods) {
      this.#options.logger.warn('pod cache full; the pod will be read from the API server when its sandbox starts', { pod: `${parsed.namespace}/${parsed.name}`, podUid: parsed.uid, maxPods: this.#maxPods });
      return undefined;
    }
    const known = this.#byUid.get(parsed.uid);
    this.#byUid.set(parsed.uid, parsed);
    // Status updates (conditions, IPs) arrive all the time; only a change of claims is news.
    if (!known || !sameClaims(known, parsed)) this.#emit({ type: 'upsert', pod: parsed });
    return parsed;
  }

  #forget(uid: string | undefined): void {
    const known = uid === undefined ? undefined : this.#byUid.get(uid);
    if (!known) return;
    this.#byUid.delete(known.uid);
    this.#emit({ type: 'delete', pod: known });
  }

  #emit(change: PodChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        this.#options.logger.error('pod cache listener failed', { pod: `${change.pod.namespace}/${change.pod.name}`, error: apiErrorMessage(error) });
      }
    }
  }
}

function sameClaims(a: PodView, b: PodView): boolean {
  return a.claimNames.join('\n') === b.claimNames.join('\n') && a.unnamedClaims.join('\n') === b.unnamedClaims.join('\n');
}

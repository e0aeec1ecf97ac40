/**
 * A watch that survives: a watch request ends on every server timeout, API server restart
 * or network error. `watchObjects` reconnects from the
 * last seen resourceVersion with backoff, and when that version has expired (410 Gone) starts
 * over from the current state, telling the caller through `onRestart` that it may have missed
 * events (so it should re-read whatever it derives from them).
 *
 * Events carry raw JSON (the wire shape: attribute values under `int`, not client-node's `_int`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { KubeClient } from './client.ts';
import { KubeApiError } from './errors.ts';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './retry.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface RawObject {
  metadata?: { name?: string; namespace?: string; uid?: string; resourceVersion?: string; generation?: number };
  [field: string]: unknown;
}

export interface WatchObjectsOptions {
  config: KubeClient;
  /** Collection path, e.g. "/apis/resource.k8s.io/v1/resourceslices". */
  path: string;
  fieldSelector?: string;
  labelSelector?: string;
  onEvent(type: WatchEventType, object: RawObject): void;
  /** Called when the watch (re)starts from the current state: synthetic ADDED events follow. */
  onRestart?(): void;
  /**
   * List then watch, as an informer does: when the watch must start from the current state, this
   * is called instead of `onRestart` to replace the caller's state with a list, and the watch
   * resumes from the list's resourceVersion. The caller then knows when its state is whole.
   */
  relist?(): Promise<string>;
  onError?(error: unknown, retryInMs: number): void;
  backoff?: BackoffOptions;
  /** Server-side timeout of one watch request; the loop reconnects after it. */
  timeoutSeconds?: number;
}

export interface WatchHandle {
  /** Stops watching; resolves once the loop has ended (no callback runs after that). */
  close(): Promise<void>;
}

export function watchObjects(options: WatchObjectsOptions): WatchHandle {
  const stopped = new AbortController();
  let resourceVersion: string | undefined;

  const runOnce = async (): Promise<unknown> => {
    if (resourceVersion === undefined && options.relist) {
      try {
        resourceVersion = await options.relist();
      } catch (error) {
        return error;
      }
      if (stopped.signal.aborted) return null;
    } else if (resourceVersion === undefined) {
      options.onRestart?.();
    }
    let expired = false;
    let received = false;
    const startedAt = Date.now();
    const query = {
      fieldSelector: options.fieldSelector,
      labelSelector: options.labelSelector,
      resourceVersion,
      allowWatchBookmarks: true,
      timeoutSeconds: options.timeoutSeconds ?? 300,
    };
    const error = await options.config.watch(options.path, query, ({ type, object }) => {
      if (stopped.signal.aborted) return;
      received = true;
      if (type === 'ERROR') {
        expired = (object as { code?: number } | null)?.code === 410;
        return;
      }
      const raw = object as RawObject;
      const version = raw?.metadata?.resourceVersion;
      if (version) resourceVersion = version;
      if (type === 'ADDED' || type === 'MODIFIED' || type === 'DELETED') options.onEvent(type, raw);
    }, stopped.signal).then(() => null, (failure: unknown) => failure);
    if (expired || (error instanceof KubeApiError && error.code === 410)) resourceVersion = undefined;
    // A quiet watch that ran its course is normal; one the server ends at once is a failure to back off from.
    const endedAtOnce = !received && !expired && Date.now() - startedAt < 1000;
    return error ?? (endedAtOnce ? new Error('watch ended at once without events') : null);
  };

  const loop = (async () => {
    let failures = 0;
    while (!stopped.signal.aborted) {
      // A callback that throws fails this round like a dropped connection: retried with backoff.
      const error = await runOnce().catch((thrown: unknown) => thrown);
      if (stopped.signal.aborted) return;
      failures = error ? failures + 1 : 0;
      const delay = failures === 0 ? 0 : backoffDelay(failures, options.backoff ?? defaultBackoff);
      if (error) options.onError?.(error, delay);
      await sleep(delay, undefined, { signal: stopped.signal }).catch(() => undefined);
    }
  })();

  return {
    async close() {
      // The request carries the stop signal, so this ends a round whatever state it is in,
      // before the server answered too.
      stopped.abort();
      await loop;
    },
  };
}

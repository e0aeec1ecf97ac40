/**
 * A watch that survives: client-node's `Watch` ends on every server timeout, API server restart
 * or network error and leaves reconnecting to the caller. `watchObjects` reconnects from the
 * last seen resourceVersion with backoff, and when that version has expired (410 Gone) starts
 * over from the current state, telling the caller through `onRestart` that it may have missed
 * events (so it should re-read whatever it derives from them).
 *
 * Events carry raw JSON (the wire shape: attribute values under `int`, not client-node's `_int`).
 */
import { Watch, type KubeConfig } from '@kubernetes/client-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './retry.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface RawObject {
  metadata?: { name?: string; namespace?: string; uid?: string; resourceVersion?: string; generation?: number };
  [field: string]: unknown;
}

export interface WatchObjectsOptions {
  config: KubeConfig;
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
  const watcher = new Watch(options.config);
  const stopped = new AbortController();
  let resourceVersion: string | undefined;
  let abortCurrent: AbortController | undefined;

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
    let onStop = (): void => {};
    const error = await new Promise<unknown>((resolve) => {
      const query = {
        fieldSelector: options.fieldSelector,
        labelSelector: options.labelSelector,
        resourceVersion,
        allowWatchBookmarks: true,
        timeoutSeconds: options.timeoutSeconds ?? 300,
      };
      // client-node hands out the request's controller only once the server answered: a close
      // before then ends this round at once, and the request is aborted when it answers.
      onStop = () => resolve(null);
      stopped.signal.addEventListener('abort', onStop, { once: true });
      watcher.watch(options.path, query, (type, object: RawObject) => {
        if (stopped.signal.aborted) return;
        received = true;
        if (type === 'ERROR') {
          expired = (object as { code?: number }).code === 410;
          return;
        }
        const version = object.metadata?.resourceVersion;
        if (version) resourceVersion = version;
        if (type === 'ADDED' || type === 'MODIFIED' || type === 'DELETED') options.onEvent(type, object);
      }, resolve).then((controller) => {
        abortCurrent = controller;
        if (stopped.signal.aborted) controller.abort();
      }, resolve);
    });
    stopped.signal.removeEventListener('abort', onStop);
    if (expired || (error as { statusCode?: number } | null)?.statusCode === 410) resourceVersion = undefined;
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
      stopped.abort();
      abortCurrent?.abort();
      await loop;
    },
  };
}

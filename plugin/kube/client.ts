/**
 * Builds the Kubernetes API clients the node agent uses, from `--kubeconfig <path>` or, without
 * one, the in-cluster service account (a DaemonSet pod). Everything else talks to the API server
 * through these clients and the plain helpers in errors.ts, retry.ts and watch.ts, so tests can
 * point the whole agent at the fake API server with a kubeconfig path.
 *
 * Patches: client-node sends JSON patch unless told otherwise; use `mergePatch` or
 * `serverSideApply(fieldManager)` as the request options of a patch* call.
 */
import {
  CoreV1Api,
  KubeConfig,
  Observable,
  PatchStrategy,
  ResourceV1Api,
  setHeaderOptions,
  type ConfigurationOptions,
  type ObservableMiddleware,
} from '@kubernetes/client-node';

export interface KubeClients {
  config: KubeConfig;
  /** resource.k8s.io/v1: ResourceSlices, ResourceClaims, DeviceClasses. */
  resource: ResourceV1Api;
  /** core/v1: Nodes, Pods, Events. */
  core: CoreV1Api;
}

export interface KubeClientOptions {
  /** Path of a kubeconfig file; absent means in-cluster configuration. */
  kubeconfig?: string | undefined;
}

export function loadKubeConfig(options: KubeClientOptions): KubeConfig {
  const config = new KubeConfig();
  if (options.kubeconfig) config.loadFromFile(options.kubeconfig);
  else config.loadFromCluster();
  return config;
}

export function createKubeClients(options: KubeClientOptions): KubeClients {
  const config = loadKubeConfig(options);
  return { config, resource: config.makeApiClient(ResourceV1Api), core: config.makeApiClient(CoreV1Api) };
}

export type RequestOptions = ConfigurationOptions<ObservableMiddleware>;

/** Request options for a JSON merge patch (RFC 7386). */
export const mergePatch: RequestOptions = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

/**
 * Request options for server-side apply; pass the same manager as the call's `fieldManager`
 * parameter (client-node takes it as a query parameter) and `force: true` for status a driver owns.
 */
export const serverSideApply: RequestOptions = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply);

/**
 * Request options that abort the request when `signal` fires: every read on a deadline goes
 * through this, so a hung connection costs its caller the deadline and no more.
 */
export function abortWith(signal: AbortSignal): RequestOptions {
  const middleware: ObservableMiddleware = {
    pre: (request) => {
      request.setSignal(signal);
      return new Observable(Promise.resolve(request));
    },
    post: (response) => new Observable(Promise.resolve(response)),
  };
  return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}

/**
 * One NRI connection, from RegisterPlugin to the socket closing. It serves the Plugin service on
 * mux connection 1 and calls the Runtime service on connection 2, independently: containerd may
 * send Configure before it answers RegisterPlugin. Wire requests become handler calls here, each
 * under a deadline shorter than the runtime's request timeout, so a slow handler yields an error
 * status (the runtime fails the request) rather than a late reply (the runtime drops the plugin
 * and keeps starting pods without it).
 */
import type { Duplex } from 'node:stream';
import { api } from '../../nri-proto/index.ts';
import type { Logger } from '../log.ts';
import { TtrpcClient } from '../ttrpc/client.ts';
import { Code, TtrpcError, TtrpcProtocolError } from '../ttrpc/errors.ts';
import { TtrpcServer, type CallContext } from '../ttrpc/server.ts';
import { adjustmentToWire, containerFromWire, podFromWire, timeoutFromWire } from './convert.ts';
import { NriConnectionError } from './errors.ts';
import { NriEvent, eventName } from './events.ts';
import { Mux, MuxError, PLUGIN_SERVICE_CONN, RUNTIME_SERVICE_CONN } from './mux.ts';
import type { Container, HandlerContext, NriHandlers, Pod, RuntimeInfo } from './types.ts';

export const PLUGIN_SERVICE = 'nri.pkg.api.v1alpha1.Plugin';
export const RUNTIME_SERVICE = 'nri.pkg.api.v1alpha1.Runtime';
/** The runtime's per-request timeout when Configure does not say (NRI < 0.7 runtimes). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 2000;
export const DEFAULT_REGISTRATION_TIMEOUT_MS = 5000;
/** Share of the runtime's request timeout a handler may use; the rest covers the reply's trip. */
export const HANDLER_BUDGET_FRACTION = 0.8;

export interface SessionOptions {
  name: string;
  index: string;
  handlers: NriHandlers;
  events: number;
  /** How long registration, Configure and Synchronize may take together. */
  registrationTimeoutMs: number;
  logger: Logger;
  /** Configure arrived: the runtime accepted the registration and now synchronizes. */
  onConfigured(runtime: RuntimeInfo): void;
}

type PodHandlerName = 'runPodSandbox' | 'stopPodSandbox' | 'removePodSandbox';

const podHandlerOfEvent: Record<number, PodHandlerName> = {
  [NriEvent.RUN_POD_SANDBOX]: 'runPodSandbox',
  [NriEvent.STOP_POD_SANDBOX]: 'stopPodSandbox',
  [NriEvent.REMOVE_POD_SANDBOX]: 'removePodSandbox',
};

export class Session {
  /** Settles when the plugin is in service (after the last Synchronize), or why it never got there. */
  readonly ready: Promise<RuntimeInfo>;
  /** Resolves with the reason once the connection is gone. */
  readonly ended: Promise<Error>;

  private readonly options: SessionOptions;
  private readonly mux: Mux;
  private readonly logger: Logger;
  private readonly inFlight = new Set<Promise<unknown>>();
  private runtime: RuntimeInfo | undefined;
  private syncPods: Pod[] = [];
  private syncContainers: Container[] = [];
  private markConfigured!: () => void;
  private markSynchronized!: () => void;

  constructor(trunk: Duplex, options: SessionOptions) {
    this.options = options;
    this.logger = options.logger;
    this.mux = new Mux(trunk, { logger: options.logger });
    this.ended = new Promise((resolve) => this.mux.onClose((reason) => resolve(reason ?? new Error('the runtime closed the NRI connection'))));

    const server = new TtrpcServer({ logger: options.logger });
    server.register(PLUGIN_SERVICE, this.pluginMethods());
    const served = server.serve(this.mux.open(PLUGIN_SERVICE_CONN));
    served.onClose((reason) => this.mux.close(reason));
    const client = new TtrpcClient(this.mux.open(RUNTIME_SERVICE_CONN));
    client.onClose((reason) => this.mux.close(reason));

    const configured = new Promise<void>((resolve) => (this.markConfigured = resolve));
    const synchronized = new Promise<void>((resolve) => (this.markSynchronized = resolve));
    const registered = client
      .call(RUNTIME_SERVICE, 'RegisterPlugin', api.RegisterPluginRequest.encode({ plugin_name: options.name, plugin_idx: options.index }).finish(), {
        timeoutMs: options.registrationTimeoutMs,
      })
      .catch((error: unknown) => {
        // A lost connection surfaces through `ended` with a better reason.
        if (error instanceof TtrpcError && error.code === Code.UNAVAILABLE) return new Promise<never>(() => {});
        if (error instanceof TtrpcError && error.code === Code.DEADLINE_EXCEEDED) {
          throw new NriConnectionError('timeout', `the runtime did not answer RegisterPlugin within ${options.registrationTimeoutMs} ms`, { cause: error });
        }
        throw new NriConnectionError('registration-refused', `the runtime refused to register plugin ${options.index}-${options.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      });
    this.ready = this.settleRegistration(Promise.all([registered, configured, synchronized]));
    this.ready.catch((error: Error) => this.mux.close(error));
  }

  /** Lets running handlers answer (each is bounded by its deadline), then closes the connection. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    this.mux.close();
  }

  private async settleRegistration(progress: Promise<unknown>): Promise<RuntimeInfo> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const step = this.runtime ? 'synchronize' : 'configure';
        reject(new NriConnectionError('timeout', `the runtime did not ${step} the plugin within ${this.options.registrationTimeoutMs} ms`));
      }, this.options.registrationTimeoutMs);
    });
    const lost = this.ended.then((reason): never => {
      if (reason instanceof MuxError || reason instanceof TtrpcProtocolError) {
        throw new NriConnectionError('not-nri-peer', `the peer does not speak NRI: ${reason.message}`, { cause: reason });
      }
      const step = this.runtime ? 'after Configure (did it reject the event subscription?)' : 'before Configure (a refused or duplicate plugin name/index, or not an NRI runtime)';
      throw new NriConnectionError('closed-by-peer', `the runtime closed the connection ${step}: ${reason.message}; see the runtime's log`, { cause: reason });
    });
    try {
      await Promise.race([progress, timeout, lost]);
      return this.runtime!;
    } finally {
      clearTimeout(timer);
    }
  }

  private pluginMethods(): Record<string, (request: Uint8Array, context: CallContext) => Promise<Uint8Array>> {
    const { handlers } = this.options;
    const empty = new Uint8Array();
    const methods: Record<string, (request: Uint8Array, context: CallContext) => Promise<Uint8Array>> = {
      Configure: async (bytes) => this.configure(api.ConfigureRequest.decode(bytes)),
      Synchronize: async (bytes, context) => this.synchronize(api.SynchronizeRequest.decode(bytes), context),
      Shutdown: async () => {
        this.logger.info('runtime announced shutdown');
        return empty;
      },
      StateChange: async (bytes, context) => {
        const event = api.StateChangeEvent.decode(bytes);
        const handler = podHandlerOfEvent[event.event];
        if (handler) await this.podEvent(handler, event.pod, context);
        else this.logger.debug('ignoring unsubscribed event', { event: eventName(event.event) });
        return empty;
      },
    };
    const podRpcs = { RunPodSandbox: 'runPodSandbox', StopPodSandbox: 'stopPodSandbox', RemovePodSandbox: 'removePodSandbox' } as const;
    for (const [method, handler] of Object.entries(podRpcs)) {
      if (!handlers[handler]) continue;
      methods[method] = async (bytes, context) => {
        await this.podEvent(handler, api.RunPodSandboxRequest.decode(bytes).pod, context);
        return empty;
      };
    }
    const createContainer = handlers.createContainer;
    if (createContainer) {
      methods.CreateContainer = async (bytes, context) => {
        const request = api.CreateContainerRequest.decode(bytes);
        const pod = podFromWire(request.pod);
        const container = containerFromWire(request.container);
        const adjustment = await this.withDeadline('createContainer', context, (handlerContext) => createContainer(pod, container, handlerContext));
        return api.CreateContainerResponse.encode({ adjust: adjustmentToWire(adjustment ?? undefined) ?? null }).finish();
      };
    }
    return methods;
  }

  private configure(request: InstanceType<typeof api.ConfigureRequest>): Uint8Array {
    this.runtime = {
      name: request.runtime_name,
      version: request.runtime_version,
      events: this.options.events,
      requestTimeoutMs: timeoutFromWire(request.request_timeout) ?? DEFAULT_REQUEST_TIMEOUT_MS,
      registrationTimeoutMs: timeoutFromWire(request.registration_timeout) ?? DEFAULT_REGISTRATION_TIMEOUT_MS,
      config: request.config,
    };
    this.logger.info('configured by runtime', { runtime: this.runtime.name, runtimeVersion: this.runtime.version, events: this.options.events });
    this.options.onConfigured(this.runtime);
    this.markConfigured();
    return api.ConfigureResponse.encode({ events: this.options.events }).finish();
  }

  private async synchronize(request: InstanceType<typeof api.SynchronizeRequest>, context: CallContext): Promise<Uint8Array> {
    this.syncPods.push(...request.pods.map(podFromWire));
    this.syncContainers.push(...request.containers.map(containerFromWire));
    // The runtime announces more batches; it drops a plugin that replies with updates meanwhile.
    if (request.more) return api.SynchronizeResponse.encode({ more: true }).finish();
    const pods = this.syncPods;
    const containers = this.syncContainers;
    this.syncPods = [];
    this.syncContainers = [];
    this.logger.info('synchronized with runtime', { pods: pods.length, containers: containers.length });
    const synchronize = this.options.handlers.synchronize;
    if (synchronize) await this.withDeadline('synchronize', context, (handlerContext) => synchronize(pods, containers, handlerContext));
    this.markSynchronized();
    return api.SynchronizeResponse.encode({}).finish();
  }

  private async podEvent(handler: PodHandlerName, wirePod: Parameters<typeof podFromWire>[0], context: CallContext): Promise<void> {
    const call = this.options.handlers[handler];
    if (!call) return;
    const pod = podFromWire(wirePod);
    this.logger.debug('pod event', { event: handler, pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, netns: pod.netnsPath });
    await this.withDeadline(handler, context, (handlerContext) => call(pod, handlerContext));
  }

  private withDeadline<T>(name: string, context: CallContext, run: (handlerContext: HandlerContext) => Promise<T>): Promise<T> {
    const requestTimeout = this.runtime?.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const callerWindow = context.deadline === undefined ? requestTimeout : Math.min(requestTimeout, context.deadline - Date.now());
    const budgetMs = Math.max(0, Math.floor(callerWindow * HANDLER_BUDGET_FRACTION));
    const abort = new AbortController();
    const forwardAbort = (): void => abort.abort(context.signal.reason);
    context.signal.addEventListener('abort', forwardAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new TtrpcError(Code.DEADLINE_EXCEEDED, `netclaim ${name} handler overran its ${budgetMs} ms budget`);
        abort.abort(error);
        reject(error);
      }, budgetMs);
    });
    const outcome = Promise.race([run({ signal: abort.signal, deadline: Date.now() + budgetMs }), overrun]).finally(() => {
      clearTimeout(timer);
      context.signal.removeEventListener('abort', forwardAbort);
    });
    const tracked = outcome.catch((error: unknown) => {
      this.logger.warn('NRI handler failed', { handler: name, error });
    });
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
    return outcome;
  }
}

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
import { withDeadline } from '../concurrency/deadline.ts';
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

/**
 * What one synchronization may gather across `more=true` batches. A runtime splits Synchronize
 * only when one message would pass 4 MiB, so a real node needs one batch, two at the most: a
 * kubelet runs at most a few hundred pods (110 by default), a few KiB of metadata each. Past any
 * limit the runtime is flooding us: the Synchronize fails with RESOURCE_EXHAUSTED and the
 * connection closes (the stub reconnects). Decoded, the bytes cost about twice their size.
 */
export const SYNC_LIMITS = { pods: 5000, containers: 20_000, bytes: 8 << 20 } as const;

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
type PluginMethod = (request: Uint8Array, context: CallContext) => Promise<Uint8Array>;

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

  readonly #options: SessionOptions;
  readonly #mux: Mux;
  readonly #logger: Logger;
  readonly #inFlight = new Set<Promise<unknown>>();
  #runtime: RuntimeInfo | undefined;
  #sync = { pods: [] as Pod[], containers: [] as Container[], bytes: 0 };
  #markConfigured!: () => void;
  #markSynchronized!: () => void;
  #markRefused!: (error: NriConnectionError) => void;

  constructor(trunk: Duplex, options: SessionOptions) {
    this.#options = options;
    this.#logger = options.logger;
    this.#mux = new Mux(trunk, { logger: options.logger });
    this.ended = new Promise((resolve) => this.#mux.onClose((reason) => resolve(reason ?? new Error('the runtime closed the NRI connection'))));

    const server = new TtrpcServer({ logger: options.logger });
    server.register(PLUGIN_SERVICE, this.#pluginMethods());
    const served = server.serve(this.#mux.open(PLUGIN_SERVICE_CONN));
    served.onClose((reason) => this.#mux.close(reason));
    const client = new TtrpcClient(this.#mux.open(RUNTIME_SERVICE_CONN));
    client.onClose((reason) => this.#mux.close(reason));

    const configured = new Promise<void>((resolve) => (this.#markConfigured = resolve));
    const synchronized = new Promise<void>((resolve) => (this.#markSynchronized = resolve));
    const refused = new Promise<never>((_, reject) => (this.#markRefused = reject));
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
        throw new NriConnectionError('registration-refused', `the runtime refused to register plugin ${options.index}-${options.name}: ${(error as Error).message}`, { cause: error });
      });
    this.ready = this.#settleRegistration(Promise.race([Promise.all([registered, configured, synchronized]), refused]));
    this.ready.catch((error: Error) => this.#mux.close(error));
  }

  /** Lets running handlers answer (each is bounded by its deadline), then closes the connection. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#inFlight]);
    this.#mux.close();
  }

  #settleRegistration(progress: Promise<unknown>): Promise<RuntimeInfo> {
    const lost = this.ended.then((reason): never => {
      if (reason instanceof MuxError || reason instanceof TtrpcProtocolError) {
        throw new NriConnectionError('not-nri-peer', `the peer does not speak NRI: ${reason.message}`, { cause: reason });
      }
      const step = this.#runtime ? 'after Configure (did it reject the event subscription?)' : 'before Configure (a refused or duplicate plugin name/index, or not an NRI runtime)';
      throw new NriConnectionError('closed-by-peer', `the runtime closed the connection ${step}: ${reason.message}; see the runtime's log`, { cause: reason });
    });
    return withDeadline(Promise.race([progress, lost]), this.#options.registrationTimeoutMs, () => {
      const step = this.#runtime ? 'synchronize' : 'configure';
      return new NriConnectionError('timeout', `the runtime did not ${step} the plugin within ${this.#options.registrationTimeoutMs} ms`);
    }).then(() => this.#runtime!);
  }

  #pluginMethods(): Record<string, PluginMethod> {
    const { handlers } = this.#options;
    const empty = new Uint8Array();
    const methods: Record<string, PluginMethod> = {
      Configure: async (bytes) => this.#configure(decodeRequest(api.ConfigureRequest, bytes, 'Configure')),
      Synchronize: async (bytes, context) => this.#synchronize(decodeRequest(api.SynchronizeRequest, bytes, 'Synchronize'), bytes.length, context),
      Shutdown: async () => {
        this.#logger.info('runtime announced shutdown');
        return empty;
      },
      StateChange: async (bytes, context) => {
        const event = decodeRequest(api.StateChangeEvent, bytes, 'StateChange');
        const handler = podHandlerOfEvent[event.event];
        if (handler) await this.#podEvent(handler, event.pod, context);
        else this.#logger.debug('ignoring unsubscribed event', { event: eventName(event.event) });
        return empty;
      },
    };
    const podRpcs = { RunPodSandbox: 'runPodSandbox', StopPodSandbox: 'stopPodSandbox', RemovePodSandbox: 'removePodSandbox' } as const;
    for (const [method, handler] of Object.entries(podRpcs)) {
      if (!handlers[handler]) continue;
      methods[method] = async (bytes, context) => {
        await this.#podEvent(handler, decodeRequest(api.RunPodSandboxRequest, bytes, method).pod, context);
        return empty;
      };
    }
    const createContainer = handlers.createContainer;
    if (createContainer) {
      methods.CreateContainer = async (bytes, context) => {
        const request = decodeRequest(api.CreateContainerRequest, bytes, 'CreateContainer');
        const pod = podFromWire(request.pod);
        const container = containerFromWire(request.container);
        const adjustment = await this.#withDeadline('createContainer', context, (handlerContext) => createContainer(pod, container, handlerContext));
        return api.CreateContainerResponse.encode({ adjust: adjustmentToWire(adjustment ?? undefined) ?? null }).finish();
      };
    }
    return methods;
  }

  #configure(request: InstanceType<typeof api.ConfigureRequest>): Uint8Array {
    // containerd configures a plugin once per connection (connect, Configure, Synchronize) and
    // the Go stub accepts only one. A second is a confused peer: the first agreement stands, and
    // the error makes containerd drop the connection, after which we register afresh.
    if (this.#runtime) {
      throw new TtrpcError(Code.FAILED_PRECONDITION, 'Configure: the plugin is already configured on this connection; reconnect to configure it again');
    }
    this.#runtime = {
      name: request.runtime_name,
      version: request.runtime_version,
      events: this.#options.events,
      requestTimeoutMs: timeoutFromWire(request.request_timeout) ?? DEFAULT_REQUEST_TIMEOUT_MS,
      registrationTimeoutMs: timeoutFromWire(request.registration_timeout) ?? DEFAULT_REGISTRATION_TIMEOUT_MS,
      config: request.config,
    };
    this.#logger.info('configured by runtime', { runtime: this.#runtime.name, runtimeVersion: this.#runtime.version, events: this.#options.events });
    this.#options.onConfigured(this.#runtime);
    this.#markConfigured();
    return api.ConfigureResponse.encode({ events: this.#options.events }).finish();
  }

  async #synchronize(request: InstanceType<typeof api.SynchronizeRequest>, wireBytes: number, context: CallContext): Promise<Uint8Array> {
    const sync = this.#sync;
    sync.pods.push(...request.pods.map(podFromWire));
    sync.containers.push(...request.containers.map(containerFromWire));
    sync.bytes += wireBytes;
    const exceeded = (Object.keys(SYNC_LIMITS) as Array<keyof typeof SYNC_LIMITS>).find((what) => {
      const count = what === 'bytes' ? sync.bytes : sync[what].length;
      return count > SYNC_LIMITS[what];
    });
    if (exceeded) return this.#refuseSynchronize(exceeded);
    // The runtime announces more batches; it drops a plugin that replies with updates meanwhile.
    if (request.more) return api.SynchronizeResponse.encode({ more: true }).finish();
    this.#sync = { pods: [], containers: [], bytes: 0 };
    this.#logger.info('synchronized with runtime', { pods: sync.pods.length, containers: sync.containers.length });
    const synchronize = this.#options.handlers.synchronize;
    if (synchronize) await this.#withDeadline('synchronize', context, (handlerContext) => synchronize(sync.pods, sync.containers, handlerContext));
    this.#markSynchronized();
    return api.SynchronizeResponse.encode({}).finish();
  }

  #refuseSynchronize(exceeded: keyof typeof SYNC_LIMITS): never {
    const sync = this.#sync;
    this.#sync = { pods: [], containers: [], bytes: 0 };
    const detail = `Synchronize: the runtime sent more than ${SYNC_LIMITS[exceeded]} ${exceeded === 'bytes' ? 'bytes' : exceeded} `
      + `(${sync.pods.length} pods, ${sync.containers.length} containers, ${sync.bytes} bytes in batches so far); refusing`;
    const error = new NriConnectionError('limit-exceeded', `the runtime flooded the plugin: ${detail}`);
    // After this reply has been written, so the runtime reads why before the connection goes;
    // in service or not, the connection goes.
    setImmediate(() => {
      this.#markRefused(error);
      this.#mux.close(error);
    });
    throw new TtrpcError(Code.RESOURCE_EXHAUSTED, detail);
  }

  async #podEvent(handler: PodHandlerName, wirePod: Parameters<typeof podFromWire>[0], context: CallContext): Promise<void> {
    const call = this.#options.handlers[handler];
    if (!call) return;
    const pod = podFromWire(wirePod);
    this.#logger.debug('pod event', { event: handler, pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid, netns: pod.netnsPath });
    await this.#withDeadline(handler, context, (handlerContext) => call(pod, handlerContext));
  }

  #withDeadline<T>(name: string, context: CallContext, run: (handlerContext: HandlerContext) => Promise<T>): Promise<T> {
    const requestTimeout = this.#runtime?.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const callerWindow = context.deadline === undefined ? requestTimeout : Math.min(requestTimeout, context.deadline - Date.now());
    const budgetMs = Math.max(0, Math.floor(callerWindow * HANDLER_BUDGET_FRACTION));
    const abort = new AbortController();
    const forwardAbort = (): void => abort.abort(context.signal.reason);
    context.signal.addEventListener('abort', forwardAbort, { once: true });
    const work = run({ signal: abort.signal, deadline: Date.now() + budgetMs });
    const outcome = withDeadline(work, budgetMs, () => {
      const error = new TtrpcError(Code.DEADLINE_EXCEEDED, `netclaim ${name} handler overran its ${budgetMs} ms budget`);
      abort.abort(error);
      return error;
    }).finally(() => context.signal.removeEventListener('abort', forwardAbort));
    const tracked: Promise<void> = outcome
      .then(() => undefined, (error: unknown) => {
        this.#logger.warn('NRI handler failed', { handler: name, error });
      })
      .finally(() => this.#inFlight.delete(tracked));
    this.#inFlight.add(tracked);
    return outcome;
  }
}

/** Decodes a request body; a truncated or garbled one is the caller's error, named by method. */
function decodeRequest<T>(type: { decode(bytes: Uint8Array): T }, bytes: Uint8Array, method: string): T {
  try {
    return type.decode(bytes);
  } catch (error) {
    throw new TtrpcError(Code.INVALID_ARGUMENT, `${method}: undecodable request (${bytes.length} bytes): ${(error as Error).message}`);
  }
}

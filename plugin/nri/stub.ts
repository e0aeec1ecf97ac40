/**
 * NRI plugin stub: keeps a plugin registered with the container runtime and turns NRI requests
 * into calls of plain async handlers that know nothing of the wire.
 *
 * ```ts
 * import { NriStub } from './plugin/nri/stub.ts';
 *
 * const stub = new NriStub({
 *   name: 'netclaim',
 *   index: '10',                       // two digits; plugins run in ascending index order
 *   handlers: {                        // subscribes to exactly the events given here
 *     async runPodSandbox(pod, { signal, deadline }) { ... pod.netnsPath ... },
 *     async stopPodSandbox(pod) { ... },
 *     async removePodSandbox(pod) { ... },
 *     async createContainer(pod, container) { return { devices: [...] }; },
 *     async synchronize(pods, containers) { ... reconcile ... },   // every (re)connection
 *     onDisconnect(reason) { ... },    // events may be missed from now on
 *     onReconnect(runtime) { ... },    // in service again, after synchronize ran
 *   },
 *   // socketPath: '/var/run/nri/nri.sock',   external plugin (default)
 *   // reconnect: false,                       give up on the first failure (nri-check does)
 * });
 * const runtime = await stub.start();  // { name, version, events, requestTimeoutMs, ... }
 * stub.onStateChange((state, previous) => ...);
 * await stub.close();                  // lets running handlers answer, then disconnects
 * ```
 *
 * Modes. When the runtime launched the plugin (NRI_PLUGIN_SOCKET in the environment, normally
 * "3"), the stub talks over that inherited socket and takes name and index from NRI_PLUGIN_NAME
 * and NRI_PLUGIN_IDX; it cannot reconnect, so losing the socket ends it in state `closed` (the
 * runtime relaunches the plugin). Otherwise it dials `socketPath`.
 *
 * States: idle → connecting → registering → synchronizing → ready; on a failure or lost connection
 * → backoff → connecting again (delays double from `initialDelayMs` up to `maxDelayMs`, reset once
 * ready); close() or a failure without reconnect → closed. `done` resolves on reaching closed.
 *
 * Deadlines: every handler runs under 80% of the runtime's request timeout (Configure's
 * request_timeout, else 2 s) or of the request's own remaining timeout if shorter. Overrunning
 * fails the request with DEADLINE_EXCEEDED (the runtime fails the pod) instead of replying late
 * (the runtime would drop the plugin and start pods without it); `signal` fires at the deadline.
 *
 * start() resolves when first in service; it rejects with an NriConnectionError (see errors.ts for
 * the kinds) only when reconnect is off, or with kind 'disconnected' when close() came first.
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { withDeadline } from '../concurrency/deadline.ts';
import { createLogger, type Logger } from '../log.ts';
import { NriConnectionError, connectFailure } from './errors.ts';
import { PORTABLE_EVENTS_MASK, subscriptionMask } from './events.ts';
import { DEFAULT_REGISTRATION_TIMEOUT_MS, Session } from './session.ts';
import type { NriHandlers, RuntimeInfo } from './types.ts';

export type { Container, ContainerAdjustment, HandlerContext, LinuxDevice, NriHandlers, Pod, RuntimeInfo } from './types.ts';
export { NriConnectionError, type NriFailureKind } from './errors.ts';

export const DEFAULT_SOCKET_PATH = '/var/run/nri/nri.sock';

export type StubState = 'idle' | 'connecting' | 'registering' | 'synchronizing' | 'ready' | 'backoff' | 'closed';

export interface ReconnectPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
}

/** The runtime drops plugins that miss events, so come back fast; one plugin per runtime needs no jitter. */
export const DEFAULT_RECONNECT: ReconnectPolicy = { initialDelayMs: 100, maxDelayMs: 2000 };

export interface NriStubOptions {
  name: string;
  /** Two digits, "00" to "99". */
  index: string;
  handlers: NriHandlers;
  socketPath?: string;
  reconnect?: ReconnectPolicy | false;
  /** How long to wait for the socket to connect, and then for registration to complete. */
  registrationTimeoutMs?: number;
  logger?: Logger;
  /** Where to look for NRI_PLUGIN_SOCKET/NAME/IDX; process.env by default. */
  env?: Record<string, string | undefined>;
}

const PLUGIN_NAME = /^[A-Za-z0-9_.+-]+$/;
const PLUGIN_INDEX = /^[0-9]{2}$/;

export class NriStub {
  /** Resolves once the stub is closed for good. */
  readonly done: Promise<void>;

  readonly #name: string;
  readonly #index: string;
  readonly #handlers: NriHandlers;
  readonly #events: number;
  readonly #socketPath: string;
  readonly #launchedFd: number | undefined;
  readonly #reconnect: ReconnectPolicy | false;
  readonly #registrationTimeoutMs: number;
  readonly #logger: Logger;
  readonly #stateListeners: Array<(state: StubState, previous: StubState) => void> = [];
  readonly #closeSignal = new AbortController();
  #stateValue: StubState = 'idle';
  #session: Session | undefined;
  #runtimeInfo: RuntimeInfo | undefined;
  #started: Promise<RuntimeInfo> | undefined;
  /** Hands the run loop to `done`, which settles with it. */
  #ownRun!: (run: Promise<void>) => void;

  constructor(options: NriStubOptions) {
    const env = options.env ?? process.env;
    const launchedSocket = env.NRI_PLUGIN_SOCKET;
    this.#launchedFd = launchedSocket ? Number.parseInt(launchedSocket, 10) : undefined;
    this.#name = (this.#launchedFd !== undefined && env.NRI_PLUGIN_NAME) || options.name;
    this.#index = (this.#launchedFd !== undefined && env.NRI_PLUGIN_IDX) || options.index;
    if (!PLUGIN_NAME.test(this.#name)) throw new Error(`invalid NRI plugin name ${JSON.stringify(this.#name)}: use letters, digits and - _ . +`);
    if (!PLUGIN_INDEX.test(this.#index)) throw new Error(`invalid NRI plugin index ${JSON.stringify(this.#index)}: must be exactly two digits`);
    this.#handlers = options.handlers;
    this.#events = subscriptionMask(options.handlers);
    if (this.#events & ~PORTABLE_EVENTS_MASK) throw new Error(`event mask 0x${this.#events.toString(16)} has bits older runtimes reject`);
    this.#socketPath = options.socketPath ?? DEFAULT_SOCKET_PATH;
    this.#reconnect = this.#launchedFd !== undefined ? false : options.reconnect ?? DEFAULT_RECONNECT;
    this.#registrationTimeoutMs = options.registrationTimeoutMs ?? DEFAULT_REGISTRATION_TIMEOUT_MS;
    this.#logger = (options.logger ?? createLogger()).with({ component: 'nri', plugin: `${this.#index}-${this.#name}` });
    this.done = new Promise((resolve) => (this.#ownRun = resolve));
  }

  get state(): StubState {
    return this.#stateValue;
  }

  /** What the runtime said at the last Configure; undefined before the first one. */
  get runtime(): RuntimeInfo | undefined {
    return this.#runtimeInfo;
  }

  onStateChange(listener: (state: StubState, previous: StubState) => void): void {
    this.#stateListeners.push(listener);
  }

  /** Connects and keeps connected; resolves when the plugin is first in service. Idempotent. */
  start(): Promise<RuntimeInfo> {
    this.#started ??= new Promise<RuntimeInfo>((resolve, reject) => {
      this.#ownRun(this.#run(resolve, reject));
    });
    return this.#started;
  }

  /** Stops reconnecting, lets handlers that are running answer, and disconnects. */
  async close(): Promise<void> {
    if (this.#stateValue === 'closed') return;
    this.#closeSignal.abort();
    if (this.#stateValue === 'idle') this.#setState('closed');
    await this.#session?.close();
    await (this.#started ? this.done : Promise.resolve());
  }

  async #run(resolve: (runtime: RuntimeInfo) => void, reject: (error: Error) => void): Promise<void> {
    let failures = 0;
    let everReady = false;
    let lastFailure: Error = new NriConnectionError('disconnected', 'the NRI stub was closed');
    while (!this.#closeSignal.signal.aborted) {
      try {
        this.#setState('connecting');
        const trunk = await this.#connect(failures === 0 && !everReady);
        if (this.#closeSignal.signal.aborted) {
          trunk.destroy();
          break;
        }
        this.#setState('registering');
        const session = new Session(trunk, {
          name: this.#name,
          index: this.#index,
          handlers: this.#handlers,
          events: this.#events,
          registrationTimeoutMs: this.#registrationTimeoutMs,
          logger: this.#logger,
          onConfigured: (runtime) => {
            this.#runtimeInfo = runtime;
            this.#setState('synchronizing');
          },
        });
        this.#session = session;
        const runtime = await session.ready;
        failures = 0;
        this.#setState('ready');
        if (everReady) this.#handlers.onReconnect?.(runtime);
        everReady = true;
        resolve(runtime);
        const reason = await session.ended;
        if (this.#closeSignal.signal.aborted) break;
        lastFailure = new NriConnectionError('disconnected', `lost the NRI connection: ${reason.message}`, { cause: reason });
        this.#logger.warn('NRI connection lost', { reason: reason.message });
        this.#handlers.onDisconnect?.(lastFailure);
      } catch (error) {
        if (this.#closeSignal.signal.aborted) break;
        lastFailure = error instanceof Error ? error : new Error(String(error));
        this.#logger.warn('NRI connection failed', { reason: lastFailure.message, kind: (lastFailure as NriConnectionError).kind });
      } finally {
        this.#session = undefined;
      }
      if (this.#reconnect === false) break;
      const delayMs = Math.min(this.#reconnect.maxDelayMs, this.#reconnect.initialDelayMs * 2 ** failures);
      failures += 1;
      this.#setState('backoff');
      await sleep(delayMs, undefined, { signal: this.#closeSignal.signal }).catch(() => {});
    }
    reject(lastFailure);
    this.#setState('closed');
  }

  #connect(firstAttempt: boolean): Promise<Duplex> {
    if (this.#launchedFd !== undefined) {
      if (!firstAttempt) return Promise.reject(new NriConnectionError('disconnected', 'the runtime-provided NRI socket is gone'));
      return Promise.resolve(new net.Socket({ fd: this.#launchedFd, readable: true, writable: true }));
    }
    const socket = net.createConnection(this.#socketPath);
    const connected = new Promise<Duplex>((resolve, reject) => {
      socket.once('connect', () => {
        socket.removeAllListeners('error');
        resolve(socket);
      });
      socket.once('error', (error: NodeJS.ErrnoException) => reject(connectFailure(this.#socketPath, error)));
    });
    return withDeadline(connected, this.#registrationTimeoutMs, () => {
      socket.destroy();
      return new NriConnectionError('timeout', `connecting to ${this.#socketPath} took longer than ${this.#registrationTimeoutMs} ms`);
    });
  }

  #setState(state: StubState): void {
    const previous = this.#stateValue;
    if (previous === state) return;
    this.#stateValue = state;
    this.#logger.debug('NRI stub state', { state, previous });
    for (const listener of this.#stateListeners) listener(state, previous);
  }
}

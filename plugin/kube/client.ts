/**
 * The agent's Kubernetes API client: a small typed client over node:http(s) for the handful of
 * endpoints the agent calls, instead of @kubernetes/client-node, whose import alone costs the
 * agent ~75 MB RSS and ~0.7 s CPU (it loads all of its ~2500 models; README "Memory"). Objects
 * are client-node's model TYPES (`import type`, nothing loaded), as JSON on the wire (`Wire<T>`).
 * client-node remains what tests and tools may use.
 *
 * `createKubeClients` builds it from `--kubeconfig <path>` or, without one, the in-cluster
 * service account (kubeconfig.ts). The API groups are `core` (core-v1.ts) and `resource`
 * (resource-v1.ts), with client-node's method names and parameter objects so call sites read
 * the same; an endpoint more is a small method there (or a new file for a new group).
 *
 * Patches: a patch call says its content type through its request options: `mergePatch`,
 * `serverSideApply` (with the call's `fieldManager`), else JSON patch as client-node does.
 */
import type { Agent, IncomingMessage, RequestOptions as HttpRequestOptions } from 'node:http';
import { KubeApiError } from './errors.ts';
import { inClusterAccess, kubeconfigAccess, type ClusterAccess, type Credentials } from './kubeconfig.ts';
import { CoreV1Api } from './core-v1.ts';
import { ResourceV1Api } from './resource-v1.ts';

// Not `import ... from 'node:http'`: building that ES module namespace loads undici (for
// http.WebSocket), +11 MB RSS for good.
const { request: httpRequest, Agent: HttpAgent } = process.getBuiltinModule('node:http');
const { request: httpsRequest, Agent: HttpsAgent } = process.getBuiltinModule('node:https');

/** No answer (or no progress) for this long fails a call that has no deadline of its own. */
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** A list of this node's pods or of a pool's slices is far below this; anything larger is refused. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** One watch event holds one object, and etcd stores at most 1.5 MiB per object. */
const MAX_WATCH_LINE_BYTES = 8 * 1024 * 1024;
/** A watch that sent nothing, not even a bookmark, for this long past its own timeout is dead. */
const WATCH_SILENCE_GRACE_MS = 60_000;

/**
 * client-node's models as JSON on the wire: its reserved-word fields (`_int`, `_continue`,
 * `_default`, `_from`, `_enum`) are spelled without the underscore, and times are RFC 3339 text.
 */
export type Wire<T> = T extends Date ? string
  : T extends readonly (infer E)[] ? Wire<E>[]
  : T extends object ? { [K in keyof T as K extends `_${infer Name}` ? Name : K]: Wire<T[K]> }
  : T;

/** Per-call options, as client-node's request options are passed: a deadline, a content type. */
export interface RequestOptions {
  signal?: AbortSignal;
  contentType?: string;
}

/** Request options for a JSON merge patch (RFC 7386). */
export const mergePatch: RequestOptions = { contentType: 'application/merge-patch+json' };

/**
 * Request options for server-side apply; pass the same manager as the call's `fieldManager`
 * parameter and `force: true` for status a driver owns.
 */
export const serverSideApply: RequestOptions = { contentType: 'application/apply-patch+yaml' };

/**
 * Request options that abort the request when `signal` fires: every read on a deadline goes
 * through this, so a hung connection costs its caller the deadline and no more.
 */
export function abortWith(signal: AbortSignal): RequestOptions {
  return { signal };
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface CallOptions extends RequestOptions {
  query?: Query;
  body?: unknown;
}

/** One connection to one API server; every group's calls go through `request` and `watch`. */
export class KubeClient {
  readonly #access: ClusterAccess;
  #agent: Agent | undefined;
  #agentCredentials: Credentials | undefined;

  constructor(access: ClusterAccess) {
    this.#access = access;
  }

  get server(): URL {
    return this.#access.server;
  }

  /** One call, answered with its JSON body; a non-2xx answer is a KubeApiError carrying the Status. */
  async request<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    const timeout = AbortSignal.timeout(DEFAULT_REQUEST_TIMEOUT_MS);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const body = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
    const headers: Record<string, string | number> = { Accept: 'application/json' };
    if (body) Object.assign(headers, { 'Content-Type': options.contentType ?? (method === 'PATCH' ? 'application/json-patch+json' : 'application/json'), 'Content-Length': body.length });
    const response = await this.#send(method, path, options.query, headers, body, signal);
    const text = await readBody(response, MAX_RESPONSE_BYTES);
    if (response.statusCode! < 200 || response.statusCode! >= 300) throw new KubeApiError(response.statusCode!, text);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /**
   * A watch request: each event line is parsed and handed to `onEvent`; resolves when the server
   * ends the stream, rejects on a failure (a non-200 answer is a KubeApiError), stops when
   * `signal` aborts.
   */
  async watch(path: string, query: Query, onEvent: (event: { type?: unknown; object?: unknown }) => void, signal: AbortSignal): Promise<void> {
    const response = await this.#send('GET', path, { ...query, watch: true }, { Accept: 'application/json' }, undefined, signal);
    if (response.statusCode !== 200) throw new KubeApiError(response.statusCode!, await readBody(response, MAX_RESPONSE_BYTES));
    const silence = (Number(query.timeoutSeconds ?? 0) * 1000 || DEFAULT_REQUEST_TIMEOUT_MS) + WATCH_SILENCE_GRACE_MS;
    // A timer of its own, not the socket's: the keep-alive socket goes on to serve other calls.
    const silent = setTimeout(() => response.destroy(new Error(`watch of ${path} sent nothing for ${silence} ms`)), silence);
    let pending = '';
    try {
      for await (const chunk of response as AsyncIterable<Buffer>) {
        silent.refresh();
        pending += chunk.toString('utf8');
        let newline: number;
        while ((newline = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, newline).trim();
          pending = pending.slice(newline + 1);
          if (line) onEvent(JSON.parse(line) as { type?: unknown; object?: unknown });
        }
        if (pending.length > MAX_WATCH_LINE_BYTES) throw new Error(`watch of ${path}: an event longer than ${MAX_WATCH_LINE_BYTES} bytes`);
      }
    } finally {
      clearTimeout(silent);
    }
  }

  /** Sends once, and once more with fresh credentials when the server says 401 (a rotated token). */
  async #send(method: string, path: string, query: Query | undefined, headers: Record<string, string | number>, body: Buffer | undefined, signal: AbortSignal): Promise<IncomingMessage> {
    const url = new URL(this.#access.server.pathname.replace(/\/$/, '') + path, this.#access.server);
    for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    for (const stale of [false, true]) {
      const credentials = await this.#access.credentials(stale);
      const response = await this.#sendOnce(url, method, { ...headers, ...(credentials.authorization ? { Authorization: credentials.authorization } : {}) }, body, signal, credentials);
      if (response.statusCode !== 401 || stale) return response;
      response.resume();
    }
    throw new Error('unreachable');
  }

  #sendOnce(url: URL, method: string, headers: Record<string, string | number>, body: Buffer | undefined, signal: AbortSignal, credentials: Credentials): Promise<IncomingMessage> {
    const options: HttpRequestOptions = { method, headers, signal, agent: this.#agentFor(credentials) };
    return new Promise((resolve, reject) => {
      const sent = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, resolve);
      sent.once('error', reject);
      sent.end(body);
    });
  }

  /** Keep-alive connections, made again when an exec plugin hands out another client certificate. */
  #agentFor(credentials: Credentials): Agent {
    if (this.#agent && this.#agentCredentials?.cert === credentials.cert && this.#agentCredentials?.key === credentials.key) return this.#agent;
    this.#agent?.destroy();
    const access = this.#access;
    this.#agentCredentials = credentials;
    this.#agent = access.server.protocol === 'https:'
      ? new HttpsAgent({
        keepAlive: true,
        ...(access.ca ? { ca: access.ca } : {}),
        ...(credentials.cert ? { cert: credentials.cert, key: credentials.key } : {}),
        rejectUnauthorized: !access.insecureSkipTlsVerify,
        ...(access.tlsServerName ? { servername: access.tlsServerName } : {}),
      })
      : new HttpAgent({ keepAlive: true });
    return this.#agent;
  }
}

/**
 * The whole body as text, refused past `limit` bytes. Through the stream's events rather than its
 * async iterator: every GET of a claim at prepare reads its answer here, and the iterator's
 * promise per chunk and its bookkeeping were ~10% of a GET's CPU on the baseline compiler the
 * agent runs on (0.46-0.57 against 0.43-0.46 ms; README "Latency").
 */
function readBody(response: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Ours first: the destroy below makes the stream report an abort as well.
        reject(new Error(`API server answer larger than ${limit} bytes`));
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.once('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    // An abort (the caller's deadline) or a connection that ended early: 'error' when the stream
    // was destroyed with a reason, else 'close' before 'end'.
    response.once('error', reject);
    response.once('close', () => {
      if (!response.complete) reject(new Error('the API server connection closed before the answer was complete'));
    });
  });
}

export interface KubeClients {
  /** The connection every call and watch goes through. */
  config: KubeClient;
  /** resource.k8s.io/v1: ResourceSlices, ResourceClaims. */
  resource: ResourceV1Api;
  /** core/v1: Nodes, Pods, Events. */
  core: CoreV1Api;
}

export interface KubeClientOptions {
  /** Path of a kubeconfig file; absent means in-cluster configuration. */
  kubeconfig?: string | undefined;
}

export function kubeClientsFor(client: KubeClient): KubeClients {
  return { config: client, resource: new ResourceV1Api(client), core: new CoreV1Api(client) };
}

export function createKubeClients(options: KubeClientOptions): KubeClients {
  return kubeClientsFor(new KubeClient(options.kubeconfig ? kubeconfigAccess(options.kubeconfig) : inClusterAccess()));
}

/**
 * A fake Kubernetes API server for tests, owned by the project: real HTTP on 127.0.0.1 (random
 * port) speaking the REST paths, verbs, Status errors and watch streams that
 * @kubernetes/client-node uses, so code under test runs its real client path through
 * `server.kubeconfigPath`. Served types are listed in resources.ts; semantics live in store.ts.
 *
 * Test control surface (in-process, not HTTP): `seed`/`read`/`list`/`remove`/`replace` objects
 * behind the client's back (watches see those changes too), `goDown('refuse' | 'unavailable')`
 * and `comeBack()` on the same port, and per "verb resource" request counters.
 *
 *   const api = await FakeApiServer.start();
 *   const kc = new KubeConfig(); kc.loadFromFile(api.kubeconfigPath);
 *   ...
 *   await api.stop();
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ApiFeatures } from './device-taints.ts';
import { isJsonObject, type Json } from './patch.ts';
import { apiVersionOf, resourceTypeByKind, resourceTypeByPlural, type ResourceType } from './resources.ts';
import { parseFieldSelector, parseLabelSelector, SelectorError } from './selectors.ts';
import { ApiError, badRequest, ObjectStore, type KubeObject, type Matcher, type PatchKind } from './store.ts';
import { errorMessage } from '../../plugin/errors.ts';
import { BackgroundWork } from '../../plugin/concurrency/background.ts';

export type { KubeObject } from './store.ts';

/** How the server misbehaves while down: connection refused, or every request answered 503. */
export type OutageMode = 'refuse' | 'unavailable';

interface Route {
  type: ResourceType;
  namespace: string | undefined;
  name: string | undefined;
  subresource: 'status' | undefined;
}

const patchKinds: Record<string, PatchKind> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/apply-patch+yaml': 'apply',
};

const maxBodyBytes = 10 * 1024 * 1024;

export interface FakeApiServerOptions {
  /** Events a watch can resume from; lower it to provoke 410 Gone. */
  historyLimit?: number;
  /**
   * Serve HTTPS with this certificate; a client certificate signed by `ca` then authenticates a
   * request as the bearer token does. The kubeconfig names `ca` as the cluster's authority.
   */
  tls?: { ca: string; cert: string; key: string };
  /**
   * DRAConsumableCapacity (default on). Off, the server drops allowMultipleAllocations, capacity
   * request policies, share IDs and consumed capacities on write, as a cluster with the gate off.
   */
  consumableCapacity?: boolean;
  /** Feature gates that change what the server keeps of an object (default: all off, as in a default cluster). */
  features?: ApiFeatures;
}

export class FakeApiServer {
  readonly #store: ObjectStore;
  readonly #http: Server;
  readonly #sockets = new Set<Socket>();
  readonly #watchStreams = new Set<ServerResponse>();
  /** Requests being answered: stop() waits for them. */
  readonly #requests = new BackgroundWork();
  readonly #counts = new Map<string, number>();
  readonly #tls: FakeApiServerOptions['tls'];
  #token = randomUUID();
  #port = 0;
  #outage: OutageMode | undefined;
  #kubeconfigDir = '';

  private constructor(options: FakeApiServerOptions) {
    this.#store = new ObjectStore(options);
    this.#tls = options.tls;
    const handle = (request: IncomingMessage, response: ServerResponse) => this.#requests.run(() => this.#handle(request, response), (error) => response.destroy(error as Error));
    this.#http = options.tls
      ? createTlsServer({ cert: options.tls.cert, key: options.tls.key, ca: options.tls.ca, requestCert: true, rejectUnauthorized: false }, handle)
      : createServer(handle);
    this.#http.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  static async start(options: FakeApiServerOptions = {}): Promise<FakeApiServer> {
    const server = new FakeApiServer(options);
    await server.#listen(0);
    server.#kubeconfigDir = await mkdtemp(join(tmpdir(), 'netclaim-fake-apiserver-'));
    await writeFile(server.kubeconfigPath, JSON.stringify(server.#kubeconfig(), null, 2));
    return server;
  }

  get url(): string {
    return `${this.#tls ? 'https' : 'http'}://127.0.0.1:${this.#port}`;
  }

  /** The bearer token it accepts, as in the kubeconfig. */
  get token(): string {
    return this.#token;
  }

  /** Accepts only a new bearer token from now on, as after a service account token rotation; returns it. */
  rotateToken(): string {
    this.#token = randomUUID();
    return this.#token;
  }

  /** A kubeconfig (JSON is valid YAML) with this server as current context and a bearer token it checks. */
  get kubeconfigPath(): string {
    return join(this.#kubeconfigDir, 'kubeconfig');
  }

  async stop(): Promise<void> {
    this.#dropConnections();
    if (this.#http.listening) await new Promise<void>((resolve) => this.#http.close(() => resolve()));
    await this.#requests.settled();
    if (this.#kubeconfigDir) await rm(this.#kubeconfigDir, { recursive: true, force: true });
  }

  /** Creates an object as an admin would, outside any client: `apiVersion` and `kind` pick the type. */
  seed(object: object): KubeObject {
    const json = toJson(object);
    const { type, namespace } = this.#typeOf(json);
    return this.#store.create(type, namespace, json);
  }

  /** Replaces an object behind the client's back (no resourceVersion check unless the object carries one). */
  replace(input: object): KubeObject {
    const object = toJson(input);
    const { type, namespace } = this.#typeOf(object);
    const name = String((object as { metadata: { name: string } }).metadata.name);
    const written = this.#store.update(type, namespace, name, object, undefined);
    return type.hasStatus && isJsonObject(object) && object.status !== undefined ? this.#store.update(type, namespace, name, { ...written, status: object.status }, 'status') : written;
  }

  read(apiVersion: string, kind: string, name: string, namespace?: string): KubeObject | undefined {
    try {
      return this.#store.get(this.#type(apiVersion, kind), namespace, name);
    } catch (error) {
      if (error instanceof ApiError && error.code === 404) return undefined;
      throw error;
    }
  }

  list(apiVersion: string, kind: string, namespace?: string): KubeObject[] {
    return this.#store.list(this.#type(apiVersion, kind), namespace, () => true);
  }

  /** Deletes behind the client's back, e.g. a kubelet wiping a node's ResourceSlices. */
  remove(apiVersion: string, kind: string, name: string, namespace?: string): void {
    this.#store.delete(this.#type(apiVersion, kind), namespace, name);
  }

  fieldManagers(apiVersion: string, kind: string, name: string, namespace?: string): string[] {
    return this.#store.fieldManagers(this.#type(apiVersion, kind), namespace, name);
  }

  /** The store's current resourceVersion (a global counter, as etcd's revision). */
  get resourceVersion(): string {
    return this.#store.resourceVersion;
  }

  /** Ends every open connection (watches included) and refuses or 503s until comeBack(). */
  async goDown(mode: OutageMode): Promise<void> {
    this.#outage = mode;
    this.#dropConnections();
    if (mode === 'refuse') await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  async comeBack(): Promise<void> {
    if (this.#outage === 'refuse') await this.#listen(this.#port);
    this.#outage = undefined;
  }

  /** Requests served since the last reset, keyed "verb resource[/subresource]", e.g. "create resourceslices". */
  requestCounts(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  resetRequestCounts(): void {
    this.#counts.clear();
  }

  async #listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#http.once('error', reject);
      this.#http.listen(port, '127.0.0.1', () => {
        this.#http.off('error', reject);
        resolve();
      });
    });
    const address = this.#http.address();
    if (address === null || typeof address === 'string') throw new Error('fake API server has no TCP address');
    this.#port = address.port;
  }

  #dropConnections(): void {
    for (const stream of this.#watchStreams) stream.end();
    this.#watchStreams.clear();
    for (const socket of this.#sockets) socket.destroy();
  }

  #kubeconfig(): Json {
    return {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{
        name: 'fake',
        // client-node refuses plain http unless TLS verification is explicitly off.
        cluster: { server: this.url, ...(this.#tls ? { 'certificate-authority-data': Buffer.from(this.#tls.ca).toString('base64') } : { 'insecure-skip-tls-verify': true }) },
      }],
      users: [{ name: 'tester', user: { token: this.#token } }],
      contexts: [{ name: 'fake', context: { cluster: 'fake', user: 'tester' } }],
      'current-context': 'fake',
    };
  }

  #typeOf(object: Json): { type: ResourceType; namespace: string | undefined } {
    if (!isJsonObject(object) || typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') {
      throw new Error('object needs apiVersion and kind');
    }
    const type = this.#type(object.apiVersion, object.kind);
    const metadata = isJsonObject(object.metadata) ? object.metadata : {};
    return { type, namespace: type.namespaced ? String(metadata.namespace ?? 'default') : undefined };
  }

  #type(apiVersion: string, kind: string): ResourceType {
    const type = resourceTypeByKind(apiVersion, kind);
    if (!type) throw new Error(`fake API server does not serve ${apiVersion} ${kind}`);
    return type;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    try {
      const certified = this.#tls !== undefined && (request.socket as TLSSocket).authorized;
      if (request.headers.authorization !== `Bearer ${this.#token}` && !certified) throw new ApiError(401, 'Unauthorized', 'Unauthorized');
      const route = this.#route(url.pathname);
      const verb = this.#verb(request.method ?? 'GET', route, url);
      const counter = `${verb} ${route.type.plural}${route.subresource ? '/' + route.subresource : ''}`;
      this.#counts.set(counter, (this.#counts.get(counter) ?? 0) + 1);
      if (this.#outage === 'unavailable') throw new ApiError(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
      // A DELETE may carry DeleteOptions (preconditions), or nothing.
      const body = ['POST', 'PUT', 'PATCH'].includes(request.method ?? '') ? await readJson(request)
        : verb === 'delete' ? await readJson(request, true) : undefined;
      await this.#serve(verb, route, url, request, response, body);
    } catch (error) {
      if (response.headersSent) {
        response.end();
        return;
      }
      const apiError = error instanceof ApiError ? error
        : error instanceof SelectorError ? badRequest(error.message)
        : new ApiError(500, 'InternalError', errorMessage(error));
      sendJson(response, apiError.code, statusObject(apiError));
    }
  }

  #route(pathname: string): Route {
    const parts = pathname.split('/').filter((part) => part !== '').map(decodeURIComponent);
    let group: string;
    let rest: string[];
    if (parts[0] === 'api' && parts[1] !== undefined) {
      group = '';
      rest = parts.slice(1);
    } else if (parts[0] === 'apis' && parts[1] !== undefined && parts[2] !== undefined) {
      group = parts[1];
      rest = parts.slice(2);
    } else {
      throw new ApiError(404, 'NotFound', `the server could not find the requested resource (${pathname})`);
    }
    const [version = '', ...resourcePath] = rest;
    let namespace: string | undefined;
    let tail = resourcePath;
    if (resourcePath[0] === 'namespaces' && resourcePath.length >= 3) {
      namespace = resourcePath[1];
      tail = resourcePath.slice(2);
    }
    const [plural = '', name, subresource, ...extra] = tail;
    const type = resourceTypeByPlural(group, version, plural);
    const validSubresource = subresource === undefined || (subresource === 'status' && type?.hasStatus);
    if (!type || !validSubresource || extra.length > 0 || (namespace !== undefined && !type.namespaced) || (type.namespaced && name !== undefined && namespace === undefined)) {
      throw new ApiError(404, 'NotFound', `the server could not find the requested resource (${pathname})`);
    }
    return { type, namespace, name, subresource: subresource === 'status' ? 'status' : undefined };
  }

  #verb(method: string, route: Route, url: URL): string {
    const collection = route.name === undefined;
    const watching = ['true', '1'].includes(url.searchParams.get('watch') ?? '');
    const verbs: Record<string, string | undefined> = collection
      ? { GET: watching ? 'watch' : 'list', POST: 'create', DELETE: 'deletecollection' }
      : { GET: 'get', PUT: 'update', PATCH: 'patch', DELETE: 'delete' };
    const verb = verbs[method];
    if (!verb) throw new ApiError(405, 'MethodNotAllowed', `method ${method} is not allowed here`);
    return verb;
  }

  async #serve(verb: string, route: Route, url: URL, request: IncomingMessage, response: ServerResponse, body: Json | undefined): Promise<void> {
    const { type, namespace, name, subresource } = route;
    const params = url.searchParams;
    switch (verb) {
      case 'list':
        sendJson(response, 200, {
          kind: `${type.kind}List`,
          apiVersion: apiVersionOf(type),
          metadata: { resourceVersion: this.#store.resourceVersion },
          items: this.#store.list(type, namespace, this.#matcher(type, params)),
        });
        return;
      case 'watch':
        this.#watch(route, params, response);
        return;
      case 'get':
        sendJson(response, 200, this.#store.get(type, namespace, name!));
        return;
      case 'create':
        sendJson(response, 201, this.#store.create(type, namespace, body ?? null));
        return;
      case 'update':
        sendJson(response, 200, this.#store.update(type, namespace, name!, body ?? null, subresource));
        return;
      case 'patch': {
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
        const kind = patchKinds[contentType];
        if (!kind) throw new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${Object.keys(patchKinds).join(', ')}`);
        const options = { subresource, fieldManager: params.get('fieldManager') ?? undefined, force: params.get('force') === 'true' };
        sendJson(response, 200, this.#store.patch(type, namespace, name!, kind, body ?? null, options));
        return;
      }
      case 'delete':
        sendJson(response, 200, this.#store.delete(type, namespace, name!, preconditionUid(body)));
        return;
      case 'deletecollection': {
        const matches = this.#matcher(type, params);
        for (const object of this.#store.list(type, namespace, matches)) {
          const metadata = object.metadata;
          this.#store.delete(type, typeof metadata.namespace === 'string' ? metadata.namespace : undefined, String(metadata.name));
        }
        sendJson(response, 200, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success' });
        return;
      }
    }
  }

  #matcher(type: ResourceType, params: URLSearchParams): Matcher {
    const byField = parseFieldSelector(params.get('fieldSelector') ?? '', type.fieldSelectors);
    const byLabel = parseLabelSelector(params.get('labelSelector') ?? '');
    return (object) => byField(object) && byLabel(object);
  }

  /** Chunked JSON lines; a too-old resourceVersion is an ERROR event with a 410 Status, as upstream. */
  #watch(route: Route, params: URLSearchParams, response: ServerResponse): void {
    const matches = this.#matcher(route.type, params);
    response.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    // The API server flushes the headers when the watch starts, before any event: a client learns
    // at once that its watch is established (and gets the handle to abort it).
    response.flushHeaders();
    this.#watchStreams.add(response);
    // A stream ended by an outage stays subscribed until its 'close' event: drop what comes meanwhile.
    const write = (event: { type: string; object: Json }) => {
      if (!response.writableEnded) response.write(JSON.stringify(event) + '\n');
    };
    let unsubscribe = () => {};
    try {
      unsubscribe = this.#store.watch(route.type, route.namespace, matches, params.get('resourceVersion') ?? undefined, write);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      write({ type: 'ERROR', object: statusObject(error) });
      response.end();
    }
    const timeoutSeconds = Number(params.get('timeoutSeconds') ?? '0');
    const timer = timeoutSeconds > 0 ? setTimeout(() => response.end(), timeoutSeconds * 1000) : undefined;
    response.on('close', () => {
      unsubscribe();
      clearTimeout(timer);
      this.#watchStreams.delete(response);
    });
  }
}

/** Takes the wire shape (as kubectl would send it): client-node models holding `_int` attributes must be converted first. */
function toJson(object: object): Json {
  return JSON.parse(JSON.stringify(object)) as Json;
}

/** DeleteOptions.preconditions.uid, when a delete carries it. */
function preconditionUid(body: Json | undefined): string | undefined {
  const preconditions = isJsonObject(body) && isJsonObject(body.preconditions) ? body.preconditions : undefined;
  return typeof preconditions?.uid === 'string' ? preconditions.uid : undefined;
}

function statusObject(error: ApiError): Json {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: error.message,
    reason: error.reason,
    ...(error.details ? { details: error.details } : {}),
    code: error.code,
  };
}

function sendJson(response: ServerResponse, code: number, body: Json): void {
  const text = JSON.stringify(body);
  response.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

async function readJson(request: IncomingMessage, optional = false): Promise<Json | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new ApiError(413, 'RequestEntityTooLarge', 'request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (optional && text === '') return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    throw new ApiError(400, 'BadRequest', 'the fake API server accepts JSON bodies only (apply configurations included)');
  }
}

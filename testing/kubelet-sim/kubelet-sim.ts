/**
 * The kubelet's side of a DRA driver, for tests and benchmarks: the plugin watcher (reads the
 * registry directory, GetInfo with a 1 s deadline, version choice, NotifyRegistrationStatus
 * with 5 s) and a DRA client over the real unix socket, for v1 and v1beta1.
 *
 * With the ResourceHealthStatus feature (a `KubeletHealthWatch` passed to `registerPlugin`), the
 * simulator opens the plugin's DRAResourceHealth stream when it registers a plugin that lists
 * the service, as the kubelet does, and opens a new one when the plugin registers again after a
 * restart; the watch keeps what it heard across streams.
 *
 * Service paths are spelled out here rather than taken from the plugin, so that a wrong path on
 * the plugin's side fails the tests instead of being shared by both ends.
 */
import { Client, credentials, type ClientReadableStream, type MethodDefinition } from '@grpc/grpc-js';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { draHealthV1alpha1, draV1, draV1beta1, registration } from '../../nri-proto/kubelet/index.ts';
import { serverStreamMethod, unaryMethod, type MessageCodec } from '../../plugin/kubelet/wire.ts';

const GET_INFO_TIMEOUT_MS = 1000;
const NOTIFY_TIMEOUT_MS = 5000;
const CALL_TIMEOUT_MS = 45_000;
const POLL_INTERVAL_MS = 20;
/** grpc status UNAVAILABLE: the endpoint could not be reached. */
const GRPC_UNAVAILABLE = 14;

export type DraVersion = 'v1' | 'v1beta1';

/** Kubernetes 1.34+ knows both and takes the plugin's first; 1.33 knows only v1beta1. */
export const KUBELET_1_34: readonly DraVersion[] = ['v1', 'v1beta1'];
export const KUBELET_1_33: readonly DraVersion[] = ['v1beta1'];

export interface ClaimRef { namespace: string; name: string; uid: string }
/** `share_id` (v1 only): set for a device allocated as a shared parent. */
export interface PreparedDevice { request_names: string[]; pool_name: string; device_name: string; cdi_device_ids: string[]; share_id?: string }
export interface PrepareResult { devices: PreparedDevice[]; error: string }
export interface PluginInfo { type: string; name: string; endpoint: string; supported_versions: string[] }

interface ClaimsRequest { claims: ClaimRef[] }
interface PrepareResponse { claims?: Record<string, { devices?: PreparedDevice[]; error?: string }> | null }
interface UnprepareResponse { claims?: Record<string, { error?: string }> | null }

function call<Request, Response>(client: Client, method: MethodDefinition<Request, Response>, request: Request, timeoutMs: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(method.path, method.requestSerialize, method.responseDeserialize, request, { deadline: Date.now() + timeoutMs },
      (error, response) => (error || response === undefined ? reject(error ?? new Error('empty response')) : resolve(response)));
  });
}

export class DraClient {
  readonly version: DraVersion;
  readonly #client: Client;
  readonly #prepare: MethodDefinition<ClaimsRequest, PrepareResponse>;
  readonly #unprepare: MethodDefinition<ClaimsRequest, UnprepareResponse>;

  constructor(socketPath: string, version: DraVersion) {
    this.version = version;
    this.#client = new Client(`unix://${socketPath}`, credentials.createInsecure());
    const m = version === 'v1' ? draV1 : draV1beta1;
    const service = `/k8s.io.kubelet.pkg.apis.dra.${version}.DRAPlugin`;
    this.#prepare = unaryMethod(`${service}/NodePrepareResources`,
      m.NodePrepareResourcesRequest as MessageCodec<ClaimsRequest>, m.NodePrepareResourcesResponse as MessageCodec<PrepareResponse>);
    this.#unprepare = unaryMethod(`${service}/NodeUnprepareResources`,
      m.NodeUnprepareResourcesRequest as MessageCodec<ClaimsRequest>, m.NodeUnprepareResourcesResponse as MessageCodec<UnprepareResponse>);
  }

  /** One result per claim UID, as plain objects; a claim missing from the answer is an error, as for the kubelet. */
  async prepare(claims: ClaimRef[]): Promise<Record<string, PrepareResult>> {
    const response = await call(this.#client, this.#prepare, { claims }, CALL_TIMEOUT_MS);
    return Object.fromEntries(claims.map((claim) => {
      const result = response.claims?.[claim.uid];
      if (!result) throw new Error(`NodePrepareResources answered nothing for claim ${claim.uid}`);
      return [claim.uid, { devices: (result.devices ?? []).map((device) => ({ ...device })), error: result.error ?? '' }];
    }));
  }

  /** One error per claim UID ('' for success). */
  async unprepare(claims: ClaimRef[]): Promise<Record<string, string>> {
    const response = await call(this.#client, this.#unprepare, { claims }, CALL_TIMEOUT_MS);
    return Object.fromEntries(claims.map((claim) => {
      const result = response.claims?.[claim.uid];
      if (!result) throw new Error(`NodeUnprepareResources answered nothing for claim ${claim.uid}`);
      return [claim.uid, result.error ?? ''];
    }));
  }

  close(): void {
    this.#client.close();
  }
}

export interface RegisteredPlugin {
  socketPath: string;
  info: PluginInfo;
  dra: DraClient;
}

type Empty = object;
const getInfo = unaryMethod('/pluginregistration.Registration/GetInfo', registration.InfoRequest as MessageCodec<Empty>, registration.PluginInfo as MessageCodec<PluginInfo>);
const notifyStatus = unaryMethod('/pluginregistration.Registration/NotifyRegistrationStatus',
  registration.RegistrationStatus as MessageCodec<{ plugin_registered: boolean; error: string }>, registration.RegistrationStatusResponse as MessageCodec<Empty>);

/** Sockets the plugin watcher would consider: dot-names are ignored, like the kubelet does. */
export async function registrationSockets(registryDir: string): Promise<string[]> {
  const names = await readdir(registryDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const sockets: string[] = [];
  for (const name of names.filter((entry) => !entry.startsWith('.')).sort()) {
    const path = join(registryDir, name);
    if ((await stat(path).catch(() => undefined))?.isSocket()) sockets.push(path);
  }
  return sockets;
}

/**
 * Waits (bounded) for a registration socket to appear, then registers the plugin behind it as
 * the kubelet does. Rejects when the plugin is not acceptable, after telling it why.
 */
export async function registerPlugin(registryDir: string, options: { knownVersions?: readonly DraVersion[]; timeoutMs?: number; health?: KubeletHealthWatch } = {}): Promise<RegisteredPlugin> {
  const socketPath = await waitFor(`a registration socket in ${registryDir}`, options.timeoutMs ?? 5000,
    async () => (await registrationSockets(registryDir))[0]);
  const registered = await registerPluginAt(socketPath, options.knownVersions ?? KUBELET_1_34);
  if (options.health && registered.info.supported_versions.includes(HEALTH_SERVICE)) options.health.watch(registered.info.endpoint);
  return registered;
}

/** Registers the plugin behind one registration socket, as the kubelet's plugin watcher does. */
export async function registerPluginAt(socketPath: string, knownVersions: readonly DraVersion[] = KUBELET_1_34): Promise<RegisteredPlugin> {
  const client = new Client(`unix://${socketPath}`, credentials.createInsecure());
  try {
    const info = await call(client, getInfo, {}, GET_INFO_TIMEOUT_MS);
    const problem = await rejectionReason(info);
    const version = info.supported_versions.map((entry) => entry.replace(/\.DRAPlugin$/, '')).find((entry): entry is DraVersion => knownVersions.includes(entry as DraVersion));
    if (problem !== undefined || version === undefined) {
      const error = problem ?? `none of the versions ${info.supported_versions.join(', ')} is supported by this kubelet`;
      await call(client, notifyStatus, { plugin_registered: false, error }, NOTIFY_TIMEOUT_MS);
      throw new Error(`plugin refused: ${error}`);
    }
    await call(client, notifyStatus, { plugin_registered: true, error: '' }, NOTIFY_TIMEOUT_MS);
    return { socketPath, info: { ...info, supported_versions: [...info.supported_versions] }, dra: new DraClient(info.endpoint, version) };
  } finally {
    client.close();
  }
}

/**
 * The kubelet's DRA plugin store with its rolling-update support (1.33+): every registration
 * socket that appears is registered, several for one driver at once; calls go to the newest
 * registration; one whose socket disappeared is dropped and the older one is used again.
 * `sync()` does what the kubelet's inotify watch does; `prepare`/`unprepare` sync first.
 */
export class PluginStore {
  readonly #registryDir: string;
  /** Oldest first. */
  #plugins: RegisteredPlugin[] = [];
  /** One sync at a time, as the kubelet's one watch loop: concurrent calls share the one running. */
  #syncing: Promise<RegisteredPlugin | undefined> | undefined;

  constructor(registryDir: string) {
    this.#registryDir = registryDir;
  }

  /** Registers sockets that appeared, drops those that are gone; returns the newest. */
  sync(): Promise<RegisteredPlugin | undefined> {
    this.#syncing ??= this.#sync().finally(() => {
      this.#syncing = undefined;
    });
    return this.#syncing;
  }

  async #sync(): Promise<RegisteredPlugin | undefined> {
    const sockets = await registrationSockets(this.#registryDir);
    const gone = this.#plugins.filter((plugin) => !sockets.includes(plugin.socketPath));
    for (const plugin of gone) plugin.dra.close();
    this.#plugins = this.#plugins.filter((plugin) => !gone.includes(plugin));
    for (const socketPath of sockets) {
      if (this.#plugins.some((plugin) => plugin.socketPath === socketPath)) continue;
      // A socket whose server is already gone (the instance is stopping) is not registered.
      const registered = await registerPluginAt(socketPath).catch(() => undefined);
      if (registered) this.#plugins.push(registered);
    }
    return this.#plugins.at(-1);
  }

  /** Socket paths of the registered plugins, oldest first. */
  get registered(): string[] {
    return this.#plugins.map((plugin) => plugin.socketPath);
  }

  prepare(claims: ClaimRef[]): Promise<Record<string, PrepareResult>> {
    return this.#call((dra) => dra.prepare(claims));
  }

  unprepare(claims: ClaimRef[]): Promise<Record<string, string>> {
    return this.#call((dra) => dra.unprepare(claims));
  }

  close(): void {
    for (const plugin of this.#plugins) plugin.dra.close();
    this.#plugins = [];
  }

  /**
   * On the newest plugin; a call that finds its plugin gone (the socket vanished under it) is
   * made again on whichever is newest then, as the kubelet's next sync would.
   */
  async #call<T>(use: (dra: DraClient) => Promise<T>): Promise<T> {
    const deadline = Date.now() + CALL_TIMEOUT_MS;
    for (;;) {
      const plugin = await this.sync();
      if (plugin) {
        try {
          return await use(plugin.dra);
        } catch (error) {
          if ((error as { code?: number }).code !== GRPC_UNAVAILABLE || Date.now() >= deadline) throw error;
        }
      } else if (Date.now() >= deadline) {
        throw new Error(`no DRA plugin registered in ${this.#registryDir}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }
}

async function rejectionReason(info: PluginInfo): Promise<string | undefined> {
  if (info.type !== 'DRAPlugin') return `unknown plugin type ${info.type}`;
  if (!info.name) return 'plugin name is empty';
  if (!isAbsolute(info.endpoint)) return `endpoint ${info.endpoint} is not an absolute path`;
  if (!(await stat(info.endpoint).catch(() => undefined))?.isSocket()) return `endpoint ${info.endpoint} is not a socket`;
  return undefined;
}

/** Waits (bounded) until the registration socket is gone: the kubelet's sign of deregistration. */
export async function waitForDeregistration(socketPath: string, timeoutMs = 5000): Promise<void> {
  await waitFor(`${socketPath} to disappear`, timeoutMs, async () => ((await stat(socketPath).catch(() => undefined)) ? undefined : true));
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

const HEALTH_SERVICE = 'v1alpha1.DRAResourceHealth';
const HEALTH_NAMES = ['Unknown', 'Healthy', 'Unhealthy'] as const;
/** A test run hears far fewer; a plugin sending more is a bug this bound makes visible. */
const MAX_RESPONSES_KEPT = 10_000;

export type DeviceHealthStatus = (typeof HEALTH_NAMES)[number];

export interface SeenDeviceHealth {
  pool: string;
  device: string;
  health: DeviceHealthStatus;
  lastUpdated: number;
  timeoutSeconds: number;
  message: string;
}

interface WireHealth {
  devices?: Array<{ device?: { pool_name?: string; device_name?: string } | null; health?: number; last_updated_time?: unknown; health_check_timeout_seconds?: unknown; message?: string }> | null;
}

const watchResources = serverStreamMethod('/v1alpha1.DRAResourceHealth/NodeWatchResources',
  draHealthV1alpha1.NodeWatchResourcesRequest as MessageCodec<object>, draHealthV1alpha1.NodeWatchResourcesResponse as MessageCodec<WireHealth>);

/**
 * A kubelet's view of one driver's device health: every response heard (each is the full list),
 * across the streams it opened. Tests wait on what it heard; nothing here sleeps.
 */
export class KubeletHealthWatch {
  readonly responses: SeenDeviceHealth[][] = [];
  /** Why each stream ended, in order ("" for a clean end). */
  readonly streamEnds: string[] = [];
  streamsOpened = 0;
  #client: Client | undefined;
  #stream: ClientReadableStream<WireHealth> | undefined;
  readonly #waiters = new Set<() => void>();

  /** Opens the plugin's health stream on its DRA socket, replacing the one open before. */
  watch(endpoint: string): void {
    this.#closeStream();
    const client = new Client(`unix://${endpoint}`, credentials.createInsecure());
    const stream = client.makeServerStreamRequest(watchResources.path, watchResources.requestSerialize, watchResources.responseDeserialize, {});
    this.#client = client;
    this.#stream = stream;
    this.streamsOpened++;
    let over = false;
    // grpc-js ends a failed stream with 'error' and then 'end': one end per stream.
    const ended = (reason: string) => {
      if (over || this.#stream !== stream) return;
      over = true;
      this.streamEnds.push(reason);
      this.#wake();
    };
    stream.on('data', (response: WireHealth) => {
      if (this.responses.length >= MAX_RESPONSES_KEPT) {
        ended(`the plugin sent more than ${MAX_RESPONSES_KEPT} health responses`);
        this.#closeStream();
        return;
      }
      this.responses.push((response.devices ?? []).map((entry) => ({
        pool: entry.device?.pool_name ?? '',
        device: entry.device?.device_name ?? '',
        health: HEALTH_NAMES[entry.health ?? 0] ?? 'Unknown',
        lastUpdated: Number(entry.last_updated_time ?? 0),
        timeoutSeconds: Number(entry.health_check_timeout_seconds ?? 0),
        message: entry.message ?? '',
      })));
      this.#wake();
    });
    stream.on('error', (error: Error & { code?: number }) => ended(error.message));
    stream.on('end', () => ended(''));
  }

  /** The latest report about `device`, if any response named it. */
  latest(device: string): SeenDeviceHealth | undefined {
    return this.responses.at(-1)?.find((entry) => entry.device === device);
  }

  /**
   * The device's health as it changed over every response, repeats folded: what a pod's
   * allocatedResourcesStatus would have shown in turn.
   */
  changes(device: string, since = 0): DeviceHealthStatus[] {
    const seen: DeviceHealthStatus[] = [];
    for (const response of this.responses.slice(since)) {
      const entry = response.find((candidate) => candidate.device === device);
      if (entry && seen.at(-1) !== entry.health) seen.push(entry.health);
    }
    return seen;
  }

  /** Resolves once a response (or stream end) makes `condition` hold; bounded by `timeoutMs`. */
  async until(what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
    if (condition()) return;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        this.#waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last response: ${JSON.stringify(this.responses.at(-1))}`));
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  close(): void {
    this.#closeStream();
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }

  #closeStream(): void {
    const stream = this.#stream;
    this.#stream = undefined;
    stream?.cancel();
    this.#client?.close();
    this.#client = undefined;
  }
}

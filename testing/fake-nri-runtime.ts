/**
 * An in-process stand-in for a container runtime's NRI side, speaking the real mux + ttrpc wire
 * protocol on a unix socket (or any duplex stream). It behaves the way containerd does where a
 * plugin can tell: Configure may come before the RegisterPlugin reply, Synchronize may arrive in
 * batches with `more`, a late reply or an invalid event mask drops the plugin, and pod events go
 * through StateChange (NRI 0.6/0.8) or the dedicated pod RPCs with StateChange as fallback (0.12).
 * It can also misbehave on purpose, as a hostile peer would (FakePluginConnection's
 * `sendInFrames` and `floodWithoutReading`, or a Synchronize flood through `pods` and
 * `syncBatchSize`), to show the plugin stays bounded.
 * For unit tests and benchmarks; real-runtime tests live in e2e/.
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { nri } from '../nri-proto/generated/proto.js';
import { TtrpcClient } from '../plugin/ttrpc/client.ts';
import { Code, TtrpcError } from '../plugin/ttrpc/errors.ts';
import { TtrpcServer } from '../plugin/ttrpc/server.ts';
import { NriEvent, PORTABLE_EVENTS_MASK, eventBit } from '../plugin/nri/events.ts';
import { api, wire } from '../nri-proto/index.ts';
import { FRAME_HEADER_BYTES, Mux, PLUGIN_SERVICE_CONN, RUNTIME_SERVICE_CONN } from '../plugin/nri/mux.ts';
import { MessageType, encodeMessage } from '../plugin/ttrpc/framing.ts';
import { PLUGIN_SERVICE, RUNTIME_SERVICE } from '../plugin/nri/session.ts';

export type WirePod = nri.pkg.api.v1alpha1.PodSandbox.$Properties;
export type WireContainer = nri.pkg.api.v1alpha1.Container.$Properties;

export interface FakeRuntimeOptions {
  /** 0.6: no timeouts in Configure, no Synchronize batches; 0.12: dedicated pod RPCs. */
  nriVersion?: '0.6' | '0.8' | '0.12';
  runtimeName?: string;
  runtimeVersion?: string;
  requestTimeoutMs?: number;
  registrationTimeoutMs?: number;
  pods?: WirePod[];
  containers?: WireContainer[];
  /** Pods and containers per Synchronize call (NRI >= 0.8); all in one when unset. */
  syncBatchSize?: number;
  /** Fail RegisterPlugin with this message. */
  refuseRegistration?: string;
  /** Send Configure and wait for its reply before answering RegisterPlugin, as containerd can. */
  configureBeforeRegisterReply?: boolean;
  /** Cut every outgoing socket write into pieces of this size, written on separate ticks. */
  writeChunkBytes?: number;
}

type ConnectionOptions = Required<Pick<FakeRuntimeOptions, 'nriVersion' | 'requestTimeoutMs'>>;

/** Socket bytes a hostile sender writes before it waits for the socket to drain. */
const HOSTILE_WRITE_BYTES = 64 * 1024;
/** Stream IDs of hand-made requests: odd, and above any the runtime's own client uses in a test. */
const FIRST_HOSTILE_STREAM_ID = 1_000_001;

/** A plugin as the runtime sees it once registered and synchronized. */
export class FakePluginConnection {
  name = '';
  index = '';
  events = 0;
  /** Why the runtime dropped the plugin. */
  readonly disconnected: Promise<string>;
  readonly #trunk: Duplex;
  readonly #mux: Mux;
  readonly #client: TtrpcClient;
  readonly #options: ConnectionOptions;
  #dedicatedPodRpcs: boolean;
  #closed = false;
  #nextHostileStreamId = FIRST_HOSTILE_STREAM_ID;

  constructor(trunk: Duplex, mux: Mux, client: TtrpcClient, options: ConnectionOptions) {
    this.#trunk = trunk;
    this.#mux = mux;
    this.#client = client;
    this.#options = options;
    this.#dedicatedPodRpcs = options.nriVersion === '0.12';
    this.disconnected = new Promise((resolve) => mux.onClose((reason) => {
      this.#closed = true;
      resolve(reason?.message ?? 'closed');
    }));
  }

  /** The connection is gone (the plugin or the runtime hung up). */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Hostile: sends one Plugin request of `payloadBytes` (an unknown method, so a plugin that
   * reads it all answers UNIMPLEMENTED) cut into mux frames of `frameBytes`, as fast as the
   * socket takes them. Resolves 'sent', or 'closed' when the plugin hung up first.
   */
  async sendInFrames(payloadBytes: number, frameBytes: number): Promise<'sent' | 'closed'> {
    const request = wire.Request.encode({ service: PLUGIN_SERVICE, method: 'Hostile', payload: new Uint8Array(payloadBytes) }).finish();
    const message = encodeMessage(this.#hostileStreamId(), MessageType.REQUEST, request);
    const framesPerWrite = Math.max(1, Math.floor(HOSTILE_WRITE_BYTES / (FRAME_HEADER_BYTES + frameBytes)));
    for (let offset = 0; offset < message.length;) {
      const out = Buffer.allocUnsafe(framesPerWrite * (FRAME_HEADER_BYTES + frameBytes));
      let filled = 0;
      for (let count = 0; count < framesPerWrite && offset < message.length; count++) {
        const piece = message.subarray(offset, offset + frameBytes);
        out.writeUInt32BE(PLUGIN_SERVICE_CONN, filled);
        out.writeUInt32BE(piece.length, filled + 4);
        piece.copy(out, filled + FRAME_HEADER_BYTES);
        filled += FRAME_HEADER_BYTES + piece.length;
        offset += piece.length;
      }
      if (!(await this.#write(out.subarray(0, filled)))) return 'closed';
    }
    return 'sent';
  }

  /**
   * Hostile: stops reading the socket, then sends up to `count` requests the plugin answers
   * (UNIMPLEMENTED, naming a method of `methodChars` characters), so its replies pile up.
   * Resolves with how many were written before the plugin dropped the connection.
   */
  async floodWithoutReading(count: number, methodChars = 100): Promise<number> {
    this.#trunk.pause();
    const request = wire.Request.encode({ service: PLUGIN_SERVICE, method: 'H'.repeat(methodChars) }).finish();
    let sent = 0;
    while (sent < count) {
      const frames: Buffer[] = [];
      for (let bytes = 0; bytes < HOSTILE_WRITE_BYTES && sent < count; sent++) {
        const frame = muxFrame(PLUGIN_SERVICE_CONN, encodeMessage(this.#hostileStreamId(), MessageType.REQUEST, request));
        frames.push(frame);
        bytes += frame.length;
      }
      if (!(await this.#write(Buffer.concat(frames)))) return sent;
    }
    return sent;
  }

  runPodSandbox(pod: WirePod): Promise<void> {
    return this.#podEvent(NriEvent.RUN_POD_SANDBOX, 'RunPodSandbox', pod);
  }

  stopPodSandbox(pod: WirePod): Promise<void> {
    return this.#podEvent(NriEvent.STOP_POD_SANDBOX, 'StopPodSandbox', pod);
  }

  removePodSandbox(pod: WirePod): Promise<void> {
    return this.#podEvent(NriEvent.REMOVE_POD_SANDBOX, 'RemovePodSandbox', pod);
  }

  /** Undefined when the plugin did not subscribe, as the runtime then does not ask. */
  async createContainer(pod: WirePod, container: WireContainer): Promise<InstanceType<typeof api.CreateContainerResponse> | undefined> {
    if (!this.#subscribed(NriEvent.CREATE_CONTAINER)) return undefined;
    const reply = await this.call('CreateContainer', api.CreateContainerRequest.encode({ pod, container }).finish());
    return api.CreateContainerResponse.decode(reply);
  }

  /** Calls a Plugin method directly, as a newer runtime might. */
  call(method: string, request: Uint8Array): Promise<Uint8Array> {
    const started = performance.now();
    return this.#client.call(PLUGIN_SERVICE, method, request, { timeoutMs: this.#options.requestTimeoutMs }).catch((error: unknown) => {
      // containerd drops a plugin that does not answer in time; an error status it just reports.
      if (performance.now() - started >= this.#options.requestTimeoutMs) this.disconnect(`plugin ${method} timed out`);
      throw error;
    });
  }

  disconnect(reason = 'runtime closed the connection'): void {
    this.#mux.close(new Error(reason));
  }

  #hostileStreamId(): number {
    const streamId = this.#nextHostileStreamId;
    this.#nextHostileStreamId += 2;
    return streamId;
  }

  // Writes and waits until the socket takes more; false once the connection is gone.
  async #write(bytes: Buffer): Promise<boolean> {
    if (this.#closed) return false;
    if (this.#trunk.write(bytes)) return true;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.#trunk.off('drain', done);
        this.#trunk.off('close', done);
        resolve();
      };
      this.#trunk.on('drain', done);
      this.#trunk.on('close', done);
    });
    return !this.#closed && !this.#trunk.destroyed;
  }

  async #podEvent(event: number, method: string, pod: WirePod): Promise<void> {
    if (!this.#subscribed(event)) return;
    if (this.#dedicatedPodRpcs) {
      try {
        await this.call(method, api.RunPodSandboxRequest.encode({ pod }).finish());
        return;
      } catch (error) {
        if (!(error instanceof TtrpcError && error.code === Code.UNIMPLEMENTED)) throw error;
        this.#dedicatedPodRpcs = false;
      }
    }
    await this.call('StateChange', api.StateChangeEvent.encode({ event, pod }).finish());
  }

  #subscribed(event: number): boolean {
    return this.events === 0 || (this.events & eventBit(event)) !== 0;
  }
}

export class FakeRuntime {
  readonly #options: FakeRuntimeOptions;
  readonly #server: net.Server | undefined;
  readonly #plugins: FakePluginConnection[] = [];
  readonly #waiters: Array<(plugin: FakePluginConnection) => void> = [];
  readonly #trunks = new Set<Duplex>();
  /** Every RegisterPlugin request seen, accepted or not. */
  readonly registrations: Array<{ name: string; index: string }> = [];
  /** Why a Configure or Synchronize the runtime sent after RegisterPlugin failed, in order. */
  readonly handshakeFailures: Error[] = [];

  private constructor(options: FakeRuntimeOptions, server?: net.Server) {
    this.#options = options;
    this.#server = server;
  }

  static async listen(socketPath: string, options: FakeRuntimeOptions = {}): Promise<FakeRuntime> {
    const server = net.createServer();
    const runtime = new FakeRuntime(options, server);
    server.on('connection', (socket) => runtime.attach(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => resolve());
    });
    return runtime;
  }

  /** A runtime with no listening socket, for a plugin handed a socket directly (runtime-launched). */
  static detached(options: FakeRuntimeOptions = {}): FakeRuntime {
    return new FakeRuntime(options);
  }

  /** The next plugin to finish registration and synchronization. */
  nextPlugin(): Promise<FakePluginConnection> {
    const ready = this.#plugins.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Serves one plugin connection on `trunk`. */
  attach(trunk: Duplex): void {
    this.#trunks.add(trunk);
    trunk.on('close', () => this.#trunks.delete(trunk));
    const mux = new Mux(this.#options.writeChunkBytes ? chunkedWrites(trunk, this.#options.writeChunkBytes) : trunk);
    const client = new TtrpcClient(mux.open(PLUGIN_SERVICE_CONN));
    const requestTimeoutMs = this.#options.requestTimeoutMs ?? 2000;
    const plugin = new FakePluginConnection(trunk, mux, client, { nriVersion: this.#options.nriVersion ?? '0.8', requestTimeoutMs });
    const server = new TtrpcServer();
    server.register(RUNTIME_SERVICE, {
      RegisterPlugin: async (bytes) => {
        const request = api.RegisterPluginRequest.decode(bytes);
        this.registrations.push({ name: request.plugin_name, index: request.plugin_idx });
        if (!request.plugin_name) throw new Error('invalid (empty) plugin name');
        if (!/^[0-9]{2}$/.test(request.plugin_idx)) throw new Error(`invalid plugin index "${request.plugin_idx}"`);
        if (this.#options.refuseRegistration) throw new Error(this.#options.refuseRegistration);
        plugin.name = request.plugin_name;
        plugin.index = request.plugin_idx;
        if (this.#options.configureBeforeRegisterReply) await this.#configure(plugin);
        else setImmediate(() => void this.#configure(plugin).catch((error: Error) => this.handshakeFailures.push(error)));
        return api.Empty.encode({}).finish();
      },
    });
    server.serve(mux.open(RUNTIME_SERVICE_CONN));
  }

  async close(): Promise<void> {
    for (const trunk of this.#trunks) trunk.destroy();
    if (this.#server) await new Promise<void>((resolve) => this.#server!.close(() => resolve()));
  }

  async #configure(plugin: FakePluginConnection): Promise<void> {
    const version = this.#options.nriVersion ?? '0.8';
    const timeouts = version === '0.6' ? {} : {
      registration_timeout: this.#options.registrationTimeoutMs ?? 5000,
      request_timeout: this.#options.requestTimeoutMs ?? 2000,
    };
    const configured = api.ConfigureResponse.decode(await plugin.call('Configure', api.ConfigureRequest.encode({
      runtime_name: this.#options.runtimeName ?? 'fake-runtime',
      runtime_version: this.#options.runtimeVersion ?? version,
      ...timeouts,
    }).finish()));
    if (configured.events & ~PORTABLE_EVENTS_MASK) {
      plugin.disconnect(`invalid event mask 0x${configured.events.toString(16)}`);
      return;
    }
    plugin.events = configured.events;
    await this.#synchronize(plugin, version === '0.6' ? undefined : this.#options.syncBatchSize);
    const waiter = this.#waiters.shift();
    if (waiter) waiter(plugin);
    else this.#plugins.push(plugin);
  }

  async #synchronize(plugin: FakePluginConnection, batchSize: number | undefined): Promise<void> {
    const pods = this.#options.pods ?? [];
    const containers = this.#options.containers ?? [];
    const size = batchSize ?? Math.max(pods.length + containers.length, 1);
    let podOffset = 0;
    let containerOffset = 0;
    for (;;) {
      const batchPods = pods.slice(podOffset, podOffset + size);
      const batchContainers = containers.slice(containerOffset, containerOffset + size - batchPods.length);
      podOffset += batchPods.length;
      containerOffset += batchContainers.length;
      const more = podOffset < pods.length || containerOffset < containers.length;
      const reply = api.SynchronizeResponse.decode(await plugin.call('Synchronize', api.SynchronizeRequest.encode({ pods: batchPods, containers: batchContainers, more }).finish()));
      if (more && (!reply.more || reply.update.length > 0)) {
        plugin.disconnect('plugin did not echo more=true during a batched Synchronize');
        throw new Error('synchronization refused');
      }
      if (!more) return;
    }
  }
}

/** Wraps a socket so each write leaves in small pieces on separate ticks: the reader sees split frames. */
function chunkedWrites(trunk: Duplex, chunkBytes: number): Duplex {
  const write = trunk.write.bind(trunk);
  let queue = Promise.resolve();
  trunk.write = ((data: Buffer) => {
    queue = queue.then(async () => {
      for (let offset = 0; offset < data.length; offset += chunkBytes) {
        write(data.subarray(offset, offset + chunkBytes));
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    return true;
  }) as Duplex['write'];
  return trunk;
}

function muxFrame(connId: number, payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  frame.writeUInt32BE(connId, 0);
  frame.writeUInt32BE(payload.length, 4);
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}

/** A pod as a runtime would send it, with its network namespace. */
export function wirePod(fields: { id: string; uid?: string; namespace?: string; name?: string; netns?: string }): WirePod {
  return {
    id: fields.id,
    uid: fields.uid ?? `uid-${fields.id}`,
    namespace: fields.namespace ?? 'default',
    name: fields.name ?? `pod-${fields.id}`,
    linux: {
      namespaces: [
        { type: 'ipc', path: '' },
        { type: 'network', path: fields.netns ?? `/var/run/netns/cni-${fields.id}` },
      ],
    },
  };
}

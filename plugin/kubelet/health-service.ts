/**
 * The kubelet's optional DRAResourceHealth service (v1alpha1, KEP-4680), served on the DRA
 * socket: a kubelet with the ResourceHealthStatus feature opens one NodeWatchResources stream
 * when it registers the plugin and shows what it hears in the pods' allocatedResourcesStatus.
 *
 * Each response is the full list of published devices (the kubelet replaces what it knew), sent
 * when the stream opens, on every reported change, and every `resendMs` with the same content:
 * the kubelet calls a device Unknown when it heard nothing about it for
 * health_check_timeout_seconds, so a quiet, healthy node must keep saying so.
 *
 * Bounded: at most MAX_HEALTH_STREAMS streams at once (a kubelet holds one; more is a peer
 * misbehaving, refused with RESOURCE_EXHAUSTED), and a stream whose reader is slow holds at
 * most one response in our buffer: while it is not drained, newer lists replace the one
 * waiting instead of queueing behind it.
 */
import { status, type ServerWritableStream, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { draHealthV1alpha1 } from '../../nri-proto/kubelet/index.ts';
import type { Logger } from '../log.ts';
import { serverStreamMethod, type MessageCodec } from './wire.ts';

/** The registration's supported_versions entry that tells the kubelet the service is there. */
export const DRA_HEALTH_SERVICE = 'v1alpha1.DRAResourceHealth';
export const MAX_HEALTH_STREAMS = 4;
const DEFAULT_RESEND_MS = 10_000;
/** Three resends: one lost or late response does not make the kubelet doubt a device. */
const TIMEOUT_RESENDS = 3;

/** One device as the health feed reports it. */
export interface DeviceHealthReport {
  pool: string;
  device: string;
  health: 'Healthy' | 'Unhealthy' | 'Unknown';
  message: string;
}

/** Where the reports come from: the agent's debounced device health. */
export interface HealthFeed {
  snapshot(): readonly DeviceHealthReport[];
  /** Called on every change of the list; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

type Empty = object;
interface WireDeviceHealth {
  device: { pool_name: string; device_name: string };
  health: number;
  last_updated_time: number;
  health_check_timeout_seconds: number;
  message: string;
}
interface WatchResponse { devices: WireDeviceHealth[] }

const HEALTH_WIRE = { Unknown: draHealthV1alpha1.HealthStatus.UNKNOWN, Healthy: draHealthV1alpha1.HealthStatus.HEALTHY, Unhealthy: draHealthV1alpha1.HealthStatus.UNHEALTHY } as const;

export const healthServiceDefinition: ServiceDefinition = {
  NodeWatchResources: serverStreamMethod(
    `/${DRA_HEALTH_SERVICE}/NodeWatchResources`,
    draHealthV1alpha1.NodeWatchResourcesRequest as MessageCodec<Empty>,
    draHealthV1alpha1.NodeWatchResourcesResponse as MessageCodec<WatchResponse>,
  ),
};

export interface HealthServiceOptions {
  feed: HealthFeed;
  logger: Logger;
  resendMs?: number;
}

/** One open stream: writes the latest list, never more than one response waiting in its buffer. */
class WatchStream {
  readonly #call: ServerWritableStream<Empty, WatchResponse>;
  readonly #build: () => WatchResponse;
  #blocked = false;
  #owed = false;

  constructor(call: ServerWritableStream<Empty, WatchResponse>, build: () => WatchResponse) {
    this.#call = call;
    this.#build = build;
    call.on('drain', () => {
      this.#blocked = false;
      if (this.#owed) this.send();
    });
  }

  send(): void {
    if (this.#blocked) {
      this.#owed = true;
      return;
    }
    this.#owed = false;
    this.#blocked = !this.#call.write(this.#build());
  }

  end(): void {
    this.#call.end();
  }
}

export class HealthService {
  readonly #options: HealthServiceOptions;
  readonly #streams = new Set<WatchStream>();
  #resendTimer: NodeJS.Timeout | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(options: HealthServiceOptions) {
    this.#options = options;
  }

  get streams(): number {
    return this.#streams.size;
  }

  implementation(): UntypedServiceImplementation {
    return { NodeWatchResources: (call: ServerWritableStream<Empty, WatchResponse>) => this.#watch(call) };
  }

  /** Ends every stream (the kubelet sees the end and waits for the plugin to register again). */
  close(): void {
    for (const stream of this.#streams) stream.end();
    this.#streams.clear();
    this.#idle();
  }

  #watch(call: ServerWritableStream<Empty, WatchResponse>): void {
    const { logger: log } = this.#options;
    if (this.#streams.size >= MAX_HEALTH_STREAMS) {
      log.warn('health watch refused: too many streams', { streams: this.#streams.size, max: MAX_HEALTH_STREAMS });
      call.emit('error', { code: status.RESOURCE_EXHAUSTED, details: `at most ${MAX_HEALTH_STREAMS} health watches at once` });
      return;
    }
    const stream = new WatchStream(call, () => this.#response());
    this.#streams.add(stream);
    this.#busy();
    const forget = () => {
      if (!this.#streams.delete(stream)) return;
      log.info('health watch ended', { streams: this.#streams.size });
      if (this.#streams.size === 0) this.#idle();
    };
    call.on('cancelled', forget);
    call.on('close', forget);
    call.on('error', forget);
    log.info('health watch opened', { streams: this.#streams.size });
    stream.send();
  }

  /** Subscribes to the feed and starts resending while at least one stream is open. */
  #busy(): void {
    if (this.#unsubscribe) return;
    this.#unsubscribe = this.#options.feed.subscribe(() => this.#sendAll());
    this.#resendTimer = setInterval(() => this.#sendAll(), this.#resendMs);
    this.#resendTimer.unref();
  }

  #idle(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearInterval(this.#resendTimer);
    this.#resendTimer = undefined;
  }

  #sendAll(): void {
    for (const stream of this.#streams) stream.send();
  }

  get #resendMs(): number {
    return this.#options.resendMs ?? DEFAULT_RESEND_MS;
  }

  #response(): WatchResponse {
    // The state is as of now: the link monitor would have told us otherwise.
    const now = Math.floor(Date.now() / 1000);
    const timeout = Math.ceil((this.#resendMs * TIMEOUT_RESENDS) / 1000);
    return {
      devices: this.#options.feed.snapshot().map((report) => ({
        device: { pool_name: report.pool, device_name: report.device },
        health: HEALTH_WIRE[report.health],
        last_updated_time: now,
        health_check_timeout_seconds: timeout,
        message: report.message,
      })),
    };
  }
}

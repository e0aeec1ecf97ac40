/**
 * The agent's Prometheus metrics, in a registry of its own (several agents can live in one test
 * process). Names are prefixed netclaim_; label sets are small and bounded (method names and
 * outcomes, never pod or device names).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PublisherStats } from '../kube/slice-publisher.ts';
import { buildInfo } from '../version.ts';
import type { PodEvent } from './pod-network.ts';
import { registerProcessMetrics } from './process-metrics.ts';
import { registerPublisherMetrics } from './publisher-metrics.ts';

/** From 100 µs (an empty NRI round trip) to 5 s (past the runtime's 2 s budget). */
const LATENCY_BUCKETS = [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5];

export type Outcome = 'ok' | 'error';

/** The agent's state the gauges report, read at scrape time so they can never go stale. */
export interface GaugeSources {
  publishedDevices(): number;
  podsWithDevices(): number;
  nriConnected(): boolean;
  /** Pods bound to this node that the pod cache holds (RunPodSandbox answers those from memory). */
  nodePodsCached(): number;
  /** Published devices by reported health (Healthy, Unhealthy, Unknown). */
  devicesByHealth?(): Record<string, number>;
  /** The ResourceSlice publisher's counters; undefined before it started. */
  publisherStats?(): PublisherStats | undefined;
}

export class AgentMetrics {
  readonly registry = new Registry();
  readonly #requests: Counter<'api' | 'method' | 'outcome'>;
  readonly #latency: Histogram<'api' | 'method' | 'outcome'>;
  readonly #operations: Histogram<'operation' | 'outcome'>;
  readonly #podEvents: Record<PodEvent, Counter>;
  readonly #carrierTransitions: Counter<'to'>;
  constructor(sources: GaugeSources) {
    const registers = [this.registry];
    this.#requests = new Counter({ name: 'netclaim_requests_total', help: 'NRI and DRA requests handled, by API, method and outcome', labelNames: ['api', 'method', 'outcome'], registers });
    this.#latency = new Histogram({ name: 'netclaim_request_duration_seconds', help: 'Time to handle an NRI or DRA request', labelNames: ['api', 'method', 'outcome'], buckets: LATENCY_BUCKETS, registers });
    this.#operations = new Histogram({ name: 'netclaim_device_operation_duration_seconds', help: 'Time to attach all of a pod\'s devices, or to return them', labelNames: ['operation', 'outcome'], buckets: LATENCY_BUCKETS, registers });
    this.#podEvents = {
      'started-without-devices': new Counter({ name: 'netclaim_pods_started_without_devices_total', help: 'Pods found running without the netclaim devices their claims give them (attached late, or only reported with --late-attach=false)', registers }),
      'claims-unknown': new Counter({ name: 'netclaim_pods_with_unknown_claims_total', help: 'Pods without a prepared plan let start because their claims could not be read in time (API server unreachable, pod not in the cache)', registers }),
    };
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({ name, help, registers, collect() { this.set(read()); } });
    gauge('netclaim_published_devices', 'Devices published in this node\'s ResourceSlices', sources.publishedDevices);
    gauge('netclaim_pods_with_devices', 'Pods currently holding netclaim devices', sources.podsWithDevices);
    gauge('netclaim_nri_connected', '1 while the NRI plugin is registered with the runtime', () => (sources.nriConnected() ? 1 : 0));
    this.#carrierTransitions = new Counter({ name: 'netclaim_device_carrier_transitions_total', help: 'Carrier changes seen on published devices (every flap, also those too short to be reported), by new state', labelNames: ['to'], registers });
    new Gauge({
      name: 'netclaim_devices_by_health', help: 'Published devices by the health reported to the kubelet (link up with carrier, carrier lost or link gone, unknown)', labelNames: ['health'], registers,
      collect() {
        for (const [health, count] of Object.entries(sources.devicesByHealth?.() ?? {})) this.set({ health }, count);
      },
    });
    gauge('netclaim_node_pods_cached', 'Pods bound to this node held in the agent\'s pod cache (a sandbox of any other costs one API read)', sources.nodePodsCached);
    registerProcessMetrics(this.registry, buildInfo());
    registerPublisherMetrics(this.registry, () => sources.publisherStats?.());
  }

  /**
   * Runs a request handler, counting it and timing it. Its outcome is error when it throws, or
   * when `failed` says its answer carries a failure (a DRA call answers each claim's error).
   */
  async measure<T>(api: 'nri' | 'dra', method: string, handler: () => Promise<T>, failed?: (result: T) => boolean): Promise<T> {
    const started = performance.now();
    let outcome: Outcome = 'error';
    try {
      const result = await handler();
      if (!failed?.(result)) outcome = 'ok';
      return result;
    } finally {
      const labels = { api, method, outcome };
      this.#requests.inc(labels);
      this.#latency.observe(labels, (performance.now() - started) / 1000);
    }
  }

  countPod(event: PodEvent): void {
    this.#podEvents[event].inc();
  }

  countCarrierTransition(to: 'up' | 'down'): void {
    this.#carrierTransitions.inc({ to });
  }

  observeOperation(operation: 'attach' | 'detach', outcome: Outcome, seconds: number): void {
    this.#operations.observe({ operation, outcome }, seconds);
  }
}

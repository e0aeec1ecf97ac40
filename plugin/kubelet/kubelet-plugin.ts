/**
 * The node agent as a kubelet DRA plugin: the DRA service (v1 and v1beta1) on
 * `<plugins dir>/<driver>/dra.sock` and the registration service on
 * `<registry dir>/<driver>-reg.sock`. With an instance id (the pod's UID) the names carry it,
 * `dra-<uid>.sock` and `<driver>-<uid>-reg.sock`, as the kubelet's rolling-update support (1.33+)
 * expects: during a DaemonSet upgrade two instances are registered at once, the kubelet uses the
 * newest and falls back to the other when a registration socket disappears.
 *
 * The DRA server starts first, so that the kubelet, which calls right after registration, never
 * finds the endpoint it was just given missing. Registration can be withdrawn and restored while
 * the DRA server keeps running: the agent deregisters while it cannot attach devices (NRI
 * disconnected), so the kubelet stops sending new claims, and unprepare of claims already
 * prepared keeps working.
 *
 * With a health feed, the same DRA server also serves DRAResourceHealth and the registration
 * lists it, so a kubelet with the ResourceHealthStatus feature watches it; a kubelet without the
 * feature skips a version it does not know and sees nothing else change.
 */
import { Server } from '@grpc/grpc-js';
import { join } from 'node:path';
import type { Logger } from '../log.ts';
import { DRA_VERSIONS, draServiceDefinition, draServiceImplementation, type DraHandler } from './dra-service.ts';
import {
  DRA_PLUGIN_TYPE,
  registrationServiceDefinition,
  registrationServiceImplementation,
  SUPPORTED_VERSIONS,
} from './registration-service.ts';
import { ConcurrencyLimit } from '../concurrency/limit.ts';
import { DRA_HEALTH_SERVICE, HealthService, healthServiceDefinition, type HealthFeed } from './health-service.ts';
import { listenUnix, shutdownUnix, type BoundSocket } from './unix-socket.ts';

export interface KubeletPluginOptions {
  driverName: string;
  registryDir: string;
  pluginsDir: string;
  handler: DraHandler;
  logger: Logger;
  /** The instance's pod UID: per-instance socket names (see above); absent, the single-instance names. */
  instance?: string;
  /**
   * Offer registration as soon as the DRA server listens (default). The agent says false and
   * registers once it can attach devices (NRI connected), so no claim is prepared before then.
   */
  registerAtStart?: boolean;
  /** Called on every NotifyRegistrationStatus: on success the driver must republish its slices (the kubelet may have deleted them). */
  onRegistrationStatus?: (status: { registered: boolean; error: string }) => void;
  /** Serve DRAResourceHealth from this feed and advertise it. */
  health?: HealthFeed;
  /** How often an unchanged health list is sent again (tests shorten or lengthen it). */
  healthResendMs?: number;
}

export class KubeletPlugin {
  readonly draSocketPath: string;
  readonly registrationSocketPath: string;
  readonly #options: KubeletPluginOptions;
  #dra: { server: Server; socket: BoundSocket } | undefined;
  #registration: { server: Server; socket: BoundSocket } | undefined;
  #registered = false;
  #health: HealthService | undefined;
  /**
   * Start, register, deregister and stop run one at a time, in the order called: the agent
   * registers and deregisters as NRI comes and goes, and a deregister still shutting down must
   * not overlap a register binding the same path.
   */
  readonly #serial = new ConcurrencyLimit(1);

  constructor(options: KubeletPluginOptions) {
    this.#options = options;
    const suffix = options.instance ? `-${options.instance}` : '';
    this.draSocketPath = join(options.pluginsDir, options.driverName, `dra${suffix}.sock`);
    this.registrationSocketPath = join(options.registryDir, `${options.driverName}${suffix}-reg.sock`);
  }

  /** Whether the kubelet's last word was that it registered the plugin. */
  get registered(): boolean {
    return this.#registered;
  }

  async start(): Promise<void> {
    await this.#serial.run(async () => {
      if (this.#dra) throw new Error('kubelet plugin already started');
      const server = new Server();
      const implementation = draServiceImplementation(this.#options.handler);
      for (const version of DRA_VERSIONS) server.addService(draServiceDefinition(version), implementation);
      if (this.#options.health) {
        this.#health = new HealthService({ feed: this.#options.health, logger: this.#options.logger, ...(this.#options.healthResendMs ? { resendMs: this.#options.healthResendMs } : {}) });
        server.addService(healthServiceDefinition, this.#health.implementation());
      }
      this.#dra = { server, socket: await listenUnix(server, this.draSocketPath) };
      this.#options.logger.info('DRA service listening', { socket: this.draSocketPath, versions: this.#supportedVersions });
    });
    try {
      if (this.#options.registerAtStart !== false) await this.register();
    } catch (error) {
      // A half-started plugin would hold its DRA socket with no registration to lead to it.
      await this.stop();
      throw error;
    }
  }

  /** Offers the plugin to the kubelet; a no-op while registration is already offered. */
  register(): Promise<void> {
    return this.#serial.run(() => this.#register());
  }

  /** Removes the registration socket: the kubelet drops the plugin and sends no new claims. */
  deregister(): Promise<void> {
    return this.#serial.run(() => this.#deregister());
  }

  stop(): Promise<void> {
    return this.#serial.run(async () => {
      await this.#deregister();
      const dra = this.#dra;
      if (!dra) return;
      this.#dra = undefined;
      // Health streams never end by themselves: end them, or the graceful shutdown waits them out.
      this.#health?.close();
      this.#health = undefined;
      await shutdownUnix(dra.server, dra.socket);
      this.#options.logger.info('DRA service stopped', { socket: this.draSocketPath });
    });
  }

  async #register(): Promise<void> {
    if (!this.#dra) throw new Error('kubelet plugin not started');
    if (this.#registration) return;
    const { driverName, logger: log, onRegistrationStatus } = this.#options;
    const server = new Server();
    const info = { type: DRA_PLUGIN_TYPE, name: driverName, endpoint: this.draSocketPath, supported_versions: this.#supportedVersions };
    server.addService(registrationServiceDefinition, registrationServiceImplementation(info, (status) => {
      this.#registered = status.registered;
      if (status.registered) log.info('kubelet registered the plugin', { driver: driverName });
      else log.error('kubelet refused the plugin', { driver: driverName, reason: status.error });
      onRegistrationStatus?.(status);
    }));
    this.#registration = { server, socket: await listenUnix(server, this.registrationSocketPath) };
    log.info('registration offered to the kubelet', { socket: this.registrationSocketPath });
  }

  get #supportedVersions(): string[] {
    return this.#options.health ? [...SUPPORTED_VERSIONS, DRA_HEALTH_SERVICE] : SUPPORTED_VERSIONS;
  }

  async #deregister(): Promise<void> {
    const registration = this.#registration;
    if (!registration) return;
    this.#registration = undefined;
    this.#registered = false;
    await shutdownUnix(registration.server, registration.socket);
    this.#options.logger.info('registration withdrawn from the kubelet', { socket: this.registrationSocketPath });
  }
}

/**
 * Opt-in (`--taint-unhealthy-devices`): a device whose reported health has been Unhealthy for
 * `downForMs` is published with a NoSchedule taint, so the scheduler stops allocating it to new
 * claims; the taint goes when the device is Healthy or Unknown again, or no longer published.
 * Claims already allocated keep the device (NoSchedule evicts nothing). The hold-down comes on
 * top of the health debounce: a link that bounces costs no slice rewrite.
 *
 * Where the API server does not serve taints, the publisher notices and drops them (see
 * SlicePublisher.taintsServed); this class only says which devices should carry one.
 */
import { systemClock, type Clock } from '../concurrency/clock.ts';
import type { DeviceHealthState, DeviceHealthTracker } from '../health/device-health.ts';
import type { DeviceTaint, PublishedDevice } from '../inventory/published-device.ts';
import type { Logger } from '../log.ts';

export const DEFAULT_TAINT_AFTER_MS = 60_000;

export interface DeviceTaintsOptions {
  driverName: string;
  tracker: DeviceHealthTracker;
  /** How long a device stays Unhealthy before it is tainted. */
  downForMs?: number;
  clock?: Clock;
  logger: Logger;
  /** The set of tainted devices changed: publish again. */
  onChange: () => void;
}

export class DeviceTaints {
  readonly #options: DeviceTaintsOptions;
  readonly #clock: Clock;
  readonly #tainted = new Map<string, DeviceTaint>();
  /** Devices Unhealthy and waiting out the hold-down, with the cancel of their timer. */
  readonly #pending = new Map<string, () => void>();
  readonly #unsubscribe: () => void;

  constructor(options: DeviceTaintsOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#unsubscribe = options.tracker.subscribe((change) => this.#follow(change.devices));
    this.#follow(options.tracker.snapshot());
  }

  /** The devices with the taints they should carry now. */
  apply(devices: readonly PublishedDevice[]): PublishedDevice[] {
    return devices.map((device) => {
      const taint = this.#tainted.get(device.name);
      return taint ? { ...device, taints: [...device.taints ?? [], taint] } : device;
    });
  }

  get tainted(): string[] {
    return [...this.#tainted.keys()].sort();
  }

  stop(): void {
    this.#unsubscribe();
    for (const cancel of this.#pending.values()) cancel();
    this.#pending.clear();
  }

  #follow(devices: readonly DeviceHealthState[]): void {
    const unhealthy = new Map(devices.filter((state) => state.health === 'Unhealthy').map((state) => [state.device, state]));
    let changed = false;
    for (const device of [...this.#tainted.keys()]) {
      if (unhealthy.has(device)) continue;
      this.#tainted.delete(device);
      this.#options.logger.info('device healthy again: taint removed', { device });
      changed = true;
    }
    for (const [device, cancel] of [...this.#pending]) {
      if (unhealthy.has(device)) continue;
      cancel();
      this.#pending.delete(device);
    }
    for (const [device, state] of unhealthy) {
      if (this.#tainted.has(device) || this.#pending.has(device)) continue;
      const wait = Math.max(0, state.since + (this.#options.downForMs ?? DEFAULT_TAINT_AFTER_MS) - this.#clock.now());
      this.#pending.set(device, this.#clock.after(wait, () => this.#taint(device, state)));
    }
    if (changed) this.#options.onChange();
  }

  #taint(device: string, state: DeviceHealthState): void {
    this.#pending.delete(device);
    // The taint's value says why, as a label value can: the health reason is a CamelCase word.
    this.#tainted.set(device, { key: `${this.#options.driverName}/unhealthy`, value: state.reason, effect: 'NoSchedule' });
    this.#options.logger.warn('device unhealthy for too long: published with a NoSchedule taint', { device, reason: state.reason, message: state.message });
    this.#options.onChange();
  }
}

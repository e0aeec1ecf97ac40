/**
 * The health of every published device, debounced: a device's observed state must hold for
 * `debounceMs` (2 s) before it is reported, so a link that drops its carrier for 500 ms and gets
 * it back is not reported at all, and one that stays down is reported once, 2 s after it went.
 * A device seen for the first time is reported as first observed, without waiting. A link that
 * flaps faster than the debounce keeps its reported state; the transition count shows it.
 *
 * Observations come from link events (see link-feeds.ts); nothing here polls. Timing goes
 * through an injected Clock, so the state machine is tested with a fake one.
 */
import { systemClock, type Clock } from '../concurrency/clock.ts';
import { NO_LINK_STATE, type Health, type HealthObservation } from './link-health.ts';

export const DEFAULT_DEBOUNCE_MS = 2000;

export interface DeviceHealthState extends HealthObservation {
  pool: string;
  device: string;
  /** When the reported health last changed (ms since the epoch). */
  since: number;
}

/** A reported change of one device's health. */
export interface HealthTransition {
  device: string;
  from: Health;
  to: DeviceHealthState;
}

export interface HealthChange {
  /** Every published device as reported now, sorted by name. */
  devices: DeviceHealthState[];
  /** Devices whose reported health changed (empty when only the set of devices did). */
  transitions: HealthTransition[];
}

interface Tracked {
  reported: DeviceHealthState;
  observed: HealthObservation;
  /** Cancels the pending report of `observed`, while one is pending. */
  cancelPending: (() => void) | undefined;
}

export interface DeviceHealthTrackerOptions {
  pool: string;
  debounceMs?: number;
  clock?: Clock;
  /** Every change of observed carrier (Healthy ⇄ Unhealthy), debounced or not: for a counter. */
  onCarrierTransition?: (device: string, to: Health) => void;
}

export class DeviceHealthTracker {
  readonly #options: DeviceHealthTrackerOptions;
  readonly #clock: Clock;
  readonly #devices = new Map<string, Tracked>();
  readonly #listeners = new Set<(change: HealthChange) => void>();

  constructor(options: DeviceHealthTrackerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  /**
   * The published devices, each with what is observed of it now (NO_LINK_STATE when nothing).
   * New devices are reported at once; devices no longer published leave the list.
   */
  setDevices(devices: ReadonlyMap<string, HealthObservation | undefined>): void {
    let changed = false;
    for (const [name, tracked] of this.#devices) {
      if (devices.has(name)) continue;
      tracked.cancelPending?.();
      this.#devices.delete(name);
      changed = true;
    }
    for (const [name, observation] of devices) {
      if (this.#devices.has(name)) {
        if (observation) this.observe(name, observation);
        continue;
      }
      const first = observation ?? NO_LINK_STATE;
      this.#devices.set(name, { reported: this.#state(name, first), observed: first, cancelPending: undefined });
      changed = true;
    }
    if (changed) this.#emit([]);
  }

  /** What the device's link looks like now; reported once it has held for the debounce time. */
  observe(device: string, observation: HealthObservation): void {
    const tracked = this.#devices.get(device);
    if (!tracked) return;
    const before = tracked.observed.health;
    tracked.observed = observation;
    if (isCarrierChange(before, observation.health)) this.#options.onCarrierTransition?.(device, observation.health);
    if (observation.health === tracked.reported.health) {
      // Back where it was reported (a flap), or the same health for another reason: nothing to report.
      tracked.cancelPending?.();
      tracked.cancelPending = undefined;
      tracked.reported = { ...tracked.reported, reason: observation.reason, message: observation.message };
      return;
    }
    tracked.cancelPending ??= this.#clock.after(this.#options.debounceMs ?? DEFAULT_DEBOUNCE_MS, () => this.#settle(device));
  }

  snapshot(): DeviceHealthState[] {
    return [...this.#devices.values()].map((tracked) => tracked.reported).sort((a, b) => a.device.localeCompare(b.device));
  }

  get(device: string): DeviceHealthState | undefined {
    return this.#devices.get(device)?.reported;
  }

  /** Called on every reported change; returns the unsubscribe function. */
  subscribe(listener: (change: HealthChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Cancels pending reports (shutdown). */
  close(): void {
    for (const tracked of this.#devices.values()) tracked.cancelPending?.();
    this.#listeners.clear();
  }

  #settle(device: string): void {
    const tracked = this.#devices.get(device);
    if (!tracked) return;
    tracked.cancelPending = undefined;
    if (tracked.observed.health === tracked.reported.health) return;
    const from = tracked.reported.health;
    tracked.reported = this.#state(device, tracked.observed);
    this.#emit([{ device, from, to: tracked.reported }]);
  }

  #state(device: string, observation: HealthObservation): DeviceHealthState {
    return { pool: this.#options.pool, device, ...observation, since: this.#clock.now() };
  }

  #emit(transitions: HealthTransition[]): void {
    const change = { devices: this.snapshot(), transitions };
    for (const listener of this.#listeners) listener(change);
  }
}

function isCarrierChange(from: Health, to: Health): boolean {
  return from !== to && from !== 'Unknown' && to !== 'Unknown';
}

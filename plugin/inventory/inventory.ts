/**
 * The node's network device inventory: scans the device source at start, on link events
 * (coalesced: at most one scan per `minRescanIntervalMs`) and every `rescanIntervalMs`, and
 * reports the catalog to `onChange` whenever the published devices differ from last time.
 *
 * Devices in pods: the agent calls `markAttached(name, pod)` when it moves a device into a pod
 * and `markReturned(name)` when it is back on the host. In between the device stays published
 * with the attributes it had when it left (the kernel hides it from the host). The mark lives in
 * memory: after an agent restart the agent re-marks from its prepared-claim store before
 * publishing, or the devices in pods would briefly vanish from the slice.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import type { LinkEvent } from '../../netops/devices.ts';
import type { Logger } from '../log.ts';
import type { VfioFunction } from '../../netops/vfio.ts';
import { assertFilterUsable, buildCatalog, publishedDevices, type Catalog, type CatalogEntry, type PodRef } from './catalog.ts';
import type { DeviceSource } from './device-source.ts';
import type { DeviceFilter } from './filter.ts';
import type { SharingPolicy } from './sharing.ts';

export interface InventoryOptions {
  source: DeviceSource;
  logger: Logger;
  onChange(catalog: Catalog): void;
  /** Every scan's catalog, changed or not (device health reads the links' state from it). */
  onScan?(catalog: Catalog): void;
  /** Every link event of the source's monitor, as it comes (device health reacts to carrier at once). */
  onLinkEvent?(event: LinkEvent): void;
  /**
   * Which devices to offer (`deviceFilter(...)`: the operator's --filter or the default). Judged
   * on the first scan before anything is published: `start` rejects with a FilterError for a
   * filter that cannot be what the operator meant.
   */
  filter: DeviceFilter;
  /** Which offered devices are published as shared parents (sharing.ts); absent: none. */
  sharing?: SharingPolicy | undefined;
  rescanIntervalMs?: number;
  minRescanIntervalMs?: number;
  /**
   * Devices already in pods when the agent starts, as they were published when they left (the
   * agent checkpoints them): they stay in the very first slice instead of vanishing until home.
   */
  attached?: ReadonlyArray<CatalogEntry & { attachedTo: PodRef }>;
  /** PCI addresses of the functions prepared claims hold with driver vfio-pci, read at every rebuild (CatalogInput.heldVfio). */
  heldVfio?: () => ReadonlySet<string>;
}

interface HostScan {
  scanned: DeviceInfo[];
  uplinks: number[];
  vfioFunctions: VfioFunction[];
}

export class UnknownDeviceError extends Error {}

export class Inventory {
  readonly #options: InventoryOptions;
  readonly #attached = new Map<string, CatalogEntry & { attachedTo: PodRef }>();
  /** Devices marked returned, by the time they were: they leave #attached with the next scan. */
  readonly #returnedAt = new Map<string, number>();
  #catalog: Catalog = { entries: [], dropped: [] };
  #publishedKey: string | undefined;
  #lastScan: HostScan = { scanned: [], uplinks: [], vfioFunctions: [] };
  #lastScanAt = 0;
  #scanning: Promise<void> | undefined;
  #rescanRequested = false;
  #pendingTimer: NodeJS.Timeout | undefined;
  #periodicTimer: NodeJS.Timeout | undefined;
  #watch: { close(): void } | undefined;
  #filterJudged = false;

  constructor(options: InventoryOptions) {
    this.#options = options;
    for (const entry of options.attached ?? []) this.#attached.set(entry.device.name, entry);
  }

  async start(): Promise<void> {
    await this.rescan();
    this.#watch = this.#options.source.watch((event) => {
      this.#options.onLinkEvent?.(event);
      this.requestRescan();
    });
    this.#periodicTimer = setInterval(() => this.requestRescan(), this.#options.rescanIntervalMs ?? 60_000);
  }

  stop(): void {
    this.#watch?.close();
    clearInterval(this.#periodicTimer);
    clearTimeout(this.#pendingTimer);
  }

  /** The current catalog: published devices with what is known about them, and what was left out and why. */
  get catalog(): Catalog {
    return this.#catalog;
  }

  /** A published device with a netdev; a function bound to vfio-pci is in `catalog.vfio`. */
  lookup(name: string): CatalogEntry | undefined {
    return this.#catalog.entries.find((entry) => entry.device.name === name);
  }

  /** Schedules a scan, coalescing bursts of link events into one per minRescanIntervalMs. */
  requestRescan(): void {
    if (this.#pendingTimer) return;
    const wait = Math.max(0, this.#lastScanAt + (this.#options.minRescanIntervalMs ?? 1000) - Date.now());
    this.#pendingTimer = setTimeout(() => {
      this.#pendingTimer = undefined;
      void this.rescan().catch((error: unknown) => this.#options.logger.error('device scan failed', { error }));
    }, wait);
  }

  /** Scans now (or right after the scan in progress) and publishes the outcome if it changed. */
  async rescan(): Promise<void> {
    if (this.#scanning) {
      this.#rescanRequested = true;
      return this.#scanning;
    }
    this.#scanning = this.#scan().finally(() => {
      this.#scanning = undefined;
    });
    await this.#scanning;
    if (this.#rescanRequested) {
      this.#rescanRequested = false;
      await this.rescan();
    }
  }

  /** Keeps `name` published with its current attributes while it is inside `pod`. */
  markAttached(name: string, pod: PodRef): void {
    const entry = this.lookup(name);
    if (!entry) throw new UnknownDeviceError(`device ${name} is not in the inventory`);
    this.#attached.set(name, { ...entry, attachedTo: pod });
    this.#returnedAt.delete(name);
    this.#options.logger.info('device attached to pod', { device: name, ifName: entry.info.ifName, pod: `${pod.namespace}/${pod.name}`, podUid: pod.uid });
    this.#refresh(this.#lastScan);
  }

  /**
   * The device is back on the host (or gone with its pod): the next scan decides whether it is
   * still published. Until a scan that started after this call has finished, the device stays
   * published as it was: a catalog rebuilt meanwhile from an older scan (which saw it in the pod)
   * would otherwise lose it, and a claim allocated to it right then would fail to prepare.
   */
  markReturned(name: string): void {
    const entry = this.#attached.get(name);
    if (!entry) return;
    this.#returnedAt.set(name, Date.now());
    this.#options.logger.info('device no longer in pod', { device: name, pod: `${entry.attachedTo.namespace}/${entry.attachedTo.name}`, podUid: entry.attachedTo.uid });
    this.requestRescan();
  }

  async #scan(): Promise<void> {
    const startedAt = Date.now();
    this.#lastScanAt = startedAt;
    const { source } = this.#options;
    const [scanned, uplinks, vfioFunctions] = await Promise.all([source.list(), source.uplinks(), source.vfioFunctions?.() ?? []]);
    for (const [name, returnedAt] of this.#returnedAt) {
      if (returnedAt > startedAt) continue;
      this.#attached.delete(name);
      this.#returnedAt.delete(name);
    }
    this.#lastScan = { scanned, uplinks, vfioFunctions };
    this.#refresh(this.#lastScan);
  }
  #refresh(scan: HostScan): void {
    const catalog = buildCatalog({
      scanned: scan.scanned, uplinkIfIndexes: scan.uplinks, vfioFunctions: scan.vfioFunctions, attached: this.#attached, filter: this.#options.filter, sharing: this.#options.sharing,
      heldVfio: this.#options.heldVfio?.(),
    });
    if (!this.#filterJudged) {
      assertFilterUsable(catalog, this.#options.filter);
      this.#filterJudged = true;
    }
    this.#catalog = catalog;
    this.#options.onScan?.(catalog);
    const key = JSON.stringify(publishedDevices(catalog));
    if (key === this.#publishedKey) return;
    this.#publishedKey = key;
    for (const dropped of catalog.dropped) {
      // The filter failing on a device is the operator's to fix; a plain "no" is routine.
      const level = dropped.filterOutcome === 'error' || dropped.filterOutcome === 'not bool' ? 'warn' : 'debug';
      this.#options.logger[level]('device not published', { ...dropped, device: dropped.name });
    }
    this.#options.logger.info('inventory changed', { devices: catalog.entries.length + (catalog.vfio?.length ?? 0), dropped: catalog.dropped.length });
    this.#options.onChange(catalog);
  }
}

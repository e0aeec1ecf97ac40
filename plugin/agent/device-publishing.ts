/**
 * Devices to ResourceSlices in one call, for the node agent: an Inventory over the host (or a
 * given source) whose every change goes to a SlicePublisher for this node's pool. The publisher
 * starts only after the first scan, so it never publishes an empty pool over a good one.
 *
 * The agent keeps the returned `inventory` to resolve device names at prepare time and to mark
 * devices attached/returned, and calls `publisher.resync()` when the kubelet registers the plugin.
 */
import type { KubeClients } from '../kube/client.ts';
import { SlicePublisher } from '../kube/slice-publisher.ts';
import type { Logger } from '../log.ts';
import type { DeviceSource } from '../inventory/device-source.ts';
import { deviceFilter } from '../inventory/filter.ts';
import { hostDeviceSource } from '../inventory/host-source.ts';
import { Inventory, type InventoryOptions } from '../inventory/inventory.ts';
import { sharingPolicy, type SharingOptions } from '../inventory/sharing.ts';
import type { Catalog } from '../inventory/catalog.ts';
import { withSriovCounters } from '../inventory/sriov-counters.ts';
import type { PublishedDevice } from '../inventory/published-device.ts';

export interface DevicePublishingOptions {
  kube: KubeClients;
  nodeName: string;
  driverName: string;
  logger: Logger;
  /**
   * The operator's `--filter` CEL expression. Absent: only devices with a bus address (PCI
   * functions and SR-IOV VFs), never a virtual link, nor a function found bound to vfio-pci that
   * no prepared claim holds (the host's own DPDK port, see CatalogInput.heldVfio); given: it replaces that default and alone
   * decides, on top of the exclusions nothing overrides (loopback, the uplink family). One that
   * does not parse, is not a bool or fails on every device makes the start reject with a
   * one-line FilterError, before anything is published.
   */
  filter?: string | undefined;
  /**
   * Shared parents (`--share-filter` and its capacities, see inventory/sharing.ts); no expression:
   * every device is offered whole. A selector that does not parse or is not a bool rejects the start.
   */
  sharing?: Omit<SharingOptions, 'driverName'> | undefined;
  source?: DeviceSource;
  rescanIntervalMs?: number;
  minRescanIntervalMs?: number;
  resyncIntervalMs?: number;
  /** Devices in pods at start (see InventoryOptions.attached). */
  attached?: InventoryOptions['attached'];
  /** Functions prepared claims hold with driver vfio-pci (see InventoryOptions.heldVfio). */
  heldVfio?: InventoryOptions['heldVfio'];
  /** Device health's view of the inventory: every catalog built and every link event. */
  health?: Pick<InventoryOptions, 'onScan' | 'onLinkEvent'>;
  /** Adds what the inventory does not know to the devices before they are published (device taints). */
  decorate?: (devices: readonly PublishedDevice[]) => PublishedDevice[];
}

export interface DevicePublishing {
  inventory: Inventory;
  publisher: SlicePublisher;
  /** Publishes the current catalog again, decorated anew (the device taints changed). */
  republish(): void;
  stop(): Promise<void>;
}

export async function startDevicePublishing(options: DevicePublishingOptions): Promise<DevicePublishing> {
  const filter = deviceFilter(options.filter, options.driverName);
  const sharing = sharingPolicy({ expression: undefined, ...options.sharing, driverName: options.driverName });
  const publisher = new SlicePublisher({
    kube: options.kube,
    nodeName: options.nodeName,
    driverName: options.driverName,
    logger: options.logger,
    ...(options.resyncIntervalMs === undefined ? {} : { resyncIntervalMs: options.resyncIntervalMs }),
  });
  const publish = (catalog: Catalog) => {
    // Functions bound to vfio-pci have no netdev, but a VF among them still consumes its PF's counters.
    const { devices, counterSets } = withSriovCounters(catalog.entries, catalog.vfio);
    publisher.publish(options.decorate ? options.decorate(devices) : devices, counterSets);
  };
  const inventory: Inventory = new Inventory({
    source: options.source ?? hostDeviceSource(options.logger),
    logger: options.logger.with({ node: options.nodeName }),
    filter,
    sharing,
    onChange: publish,
    ...(options.rescanIntervalMs === undefined ? {} : { rescanIntervalMs: options.rescanIntervalMs }),
    ...(options.minRescanIntervalMs === undefined ? {} : { minRescanIntervalMs: options.minRescanIntervalMs }),
    ...(options.attached ? { attached: options.attached } : {}),
    ...(options.heldVfio ? { heldVfio: options.heldVfio } : {}),
    ...options.health,
  });
  await inventory.start();
  publisher.start();
  return {
    inventory,
    publisher,
    republish: () => publish(inventory.catalog),
    async stop() {
      inventory.stop();
      await publisher.stop();
    },
  };
}

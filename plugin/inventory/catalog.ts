/**
 * From one scan of the host to the devices to publish: drop loopback, the uplink family and
 * switchdev representors, name, build attributes, apply the operator's filter, and keep devices
 * that sit in pods published with their last known attributes (the kernel hides a link from the
 * host namespace while it is in a pod, and the allocation that put it there still names it). Pure: the
 * Inventory does the scanning and timing around it.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import type { VfioFunction } from '../../netops/vfio.ts';
import { deviceAttributes, vfioFunctionAttributes } from './attributes.ts';
import { keptForNode } from './exclusion.ts';
import { type DeviceFilter, FilterError, type FilterOutcome } from './filter.ts';
import { assignDeviceNames } from './naming.ts';
import type { PublishedDevice } from './published-device.ts';
import { applySharing, type SharingPolicy } from './sharing.ts';

export interface PodRef {
  namespace: string;
  name: string;
  uid: string;
}

export interface CatalogEntry {
  device: PublishedDevice;
  /** What the host reported last; for an attached device, as it was before it left the host. */
  info: DeviceInfo;
  /** Set while the device is inside a pod's network namespace. */
  attachedTo?: PodRef;
}

/** A device left out, named by its interface, or by its PCI address when it has none (bound to vfio-pci). */
export type DroppedDevice = ({ ifName: string } | { pciAddress: string }) & {
  name?: string;
  reason: string;
  /** Set when the filter dropped it: how its evaluation ended. */
  filterOutcome?: FilterOutcome;
};

/**
 * A network PCI function bound to vfio-pci, published like a NIC: it has no netdev, so it is kept
 * apart from `entries`, whose every consumer (health, attach, the pod-attachment records) needs one.
 */
export interface VfioCatalogEntry {
  device: PublishedDevice;
  vfio: VfioFunction;
}

export interface Catalog {
  /** Devices with a netdev, sorted by device name, so equal inventories compare equal. */
  entries: CatalogEntry[];
  /** Functions bound to vfio-pci, sorted by device name; absent: none. */
  vfio?: VfioCatalogEntry[];
  dropped: DroppedDevice[];
}

/** Every published device, netdev or not, sorted by name: what the ResourceSlice carries. */
export function publishedDevices(catalog: Catalog): PublishedDevice[] {
  return [...catalog.entries, ...catalog.vfio ?? []].map((entry) => entry.device).sort((a, b) => a.name.localeCompare(b.name));
}

/** The published device of this name, with what is known of it. */
export function findPublished(catalog: Catalog, name: string): CatalogEntry | VfioCatalogEntry | undefined {
  return catalog.entries.find((entry) => entry.device.name === name) ?? catalog.vfio?.find((entry) => entry.device.name === name);
}

export interface CatalogInput {
  scanned: readonly DeviceInfo[];
  uplinkIfIndexes: readonly number[];
  /** Devices in pods, by device name, as they were last published. */
  attached: ReadonlyMap<string, CatalogEntry & { attachedTo: PodRef }>;
  /** Absent: every candidate is offered (pure uses and tests); the agent and the CLI pass `deviceFilter(...)`. */
  filter?: DeviceFilter | undefined;
  /** Which offered devices are shared parents (`--share-filter`); absent: none. */
  sharing?: SharingPolicy | undefined;
  /** Network functions bound to vfio-pci (no netdev); they are never shared parents. */
  vfioFunctions?: readonly VfioFunction[] | undefined;
  /**
   * PCI addresses of the functions this node's prepared claims hold with driver vfio-pci (the
   * agent bound them at prepare): offered whatever the default filter says of functions found
   * bound, so an allocated one stays published. Absent: none.
   */
  heldVfio?: ReadonlySet<string> | undefined;
}

/**
 * Why the default filter leaves out a function found bound to vfio-pci that no claim here holds:
 * something on the host bound it (an OVS-DPDK or VPP port of the node's own), and giving it to a
 * pod would take it from that.
 */
export const PRE_BOUND_VFIO = 'bound to vfio-pci by something other than netclaim (the host\'s own DPDK port?): offered only when --filter selects it';

export function buildCatalog(input: CatalogInput): Catalog {
  const dropped: DroppedDevice[] = [];
  const kept = keptForNode(input.scanned, input.uplinkIfIndexes);
  const candidates = input.scanned.filter((info) => {
    const reason = kept.get(info.ifIndex)
      // A representor is the eswitch's end of a VF: moving it gives a pod no function of its own.
      ?? (info.representorPort ? `switchdev representor of port ${info.representorPort}` : undefined);
    if (reason !== undefined) dropped.push({ ifName: info.ifName, reason });
    return reason === undefined;
  });
  // A function seen with a netdev and bound to vfio-pci in the same scan was rebound in between: the netdev wins until the next scan.
  const withNetdev = new Set(candidates.flatMap((info) => (info.pciAddress === undefined ? [] : [info.pciAddress])));
  const functions = (input.vfioFunctions ?? []).filter((fn) => !withNetdev.has(fn.pciAddress));
  const names = assignDeviceNames<DeviceInfo | VfioFunction>([...candidates, ...functions]);
  const entries: CatalogEntry[] = [...input.attached.values()];
  const vfio: VfioCatalogEntry[] = [];
  for (const fn of functions) {
    const name = names.get(fn)!;
    const device: PublishedDevice = { name, attributes: vfioFunctionAttributes(fn) };
    if (input.filter?.isDefault && !input.heldVfio?.has(fn.pciAddress)) {
      dropped.push({ pciAddress: fn.pciAddress, name, reason: PRE_BOUND_VFIO });
      continue;
    }
    const verdict = input.filter?.judge(device) ?? { keep: true };
    if (verdict.keep) vfio.push({ device, vfio: fn });
    else dropped.push({ pciAddress: fn.pciAddress, name, reason: verdict.reason, filterOutcome: verdict.outcome });
  }
  for (const info of candidates) {
    const name = names.get(info)!;
    const holder = input.attached.get(name);
    if (holder) {
      // The same link seen again before it left for the pod is expected; another link under the name is not.
      if (holder.info.ifIndex !== info.ifIndex) dropped.push({ ifName: info.ifName, name, reason: `name held by a device in pod ${holder.attachedTo.namespace}/${holder.attachedTo.name}` });
      continue;
    }
    const device: PublishedDevice = { name, attributes: deviceAttributes(info) };
    const verdict = input.filter?.judge(device) ?? { keep: true };
    if (!verdict.keep) {
      dropped.push({ ifName: info.ifName, name, reason: verdict.reason, filterOutcome: verdict.outcome });
      continue;
    }
    const shared = applySharing(device, info, input.sharing);
    if ('dropped' in shared) {
      dropped.push({ ifName: info.ifName, name, reason: shared.dropped });
      continue;
    }
    entries.push({ device: shared.device, info });
  }
  entries.sort((a, b) => a.device.name.localeCompare(b.device.name));
  vfio.sort((a, b) => a.device.name.localeCompare(b.device.name));
  return { entries, vfio, dropped };
}

/**
 * Refuses, at start, a filter that cannot be what the operator meant (see filter.ts): one that
 * yields a non-bool on some device, or fails on every device it judged. A catalog where the
 * filter judged no device (none but loopback and the uplink family, or all in pods) passes.
 */
export function assertFilterUsable(catalog: Catalog, filter: DeviceFilter): void {
  const judged = catalog.dropped.filter((dropped) => dropped.filterOutcome !== undefined);
  const notBool = judged.find((dropped) => dropped.filterOutcome === 'not bool');
  if (notBool) throw new FilterError(filter.expression, `on device ${notBool.name}: ${notBool.reason}`);
  const accepted = catalog.entries.some((entry) => entry.attachedTo === undefined) || (catalog.vfio?.length ?? 0) > 0;
  if (accepted || judged.length === 0 || judged.some((dropped) => dropped.filterOutcome !== 'error')) return;
  const [first] = judged;
  throw new FilterError(filter.expression, `fails on every device (${judged.length}), e.g. on ${first!.name}: ${first!.reason}`);
}

/**
 * Which devices are offered as shared parents (KEP-5075 consumable capacity), and with what
 * capacities. The operator chooses, with a CEL selector over the same `device` `--filter` sees
 * (`--share-filter`; none by default), among the devices the node offers at all. A selected
 * device is published with `allowMultipleAllocations` and two capacities, and never for exclusive
 * use: every allocation of it carries a share ID and gets a sub-interface (macvlan, ipvlan, VLAN)
 * in the pod while the parent stays on the host.
 *
 * - `<driver>/interfaces`: how many children the parent may host (`--share-interfaces`); each
 *   allocation consumes exactly one (validValues [1]).
 * - `<driver>/bandwidth`, in bit/s: the link speed when the kernel reports one, else
 *   `--share-bandwidth-mbps`. An allocation may ask any whole number of Mbit/s (validRange from 0,
 *   step 1M; e.g. `capacity.requests: {"netclaim.io/bandwidth": "100M"}`), which is then its
 *   enforced egress rate; one that asks nothing consumes 0 and is not rate-limited (best effort),
 *   so claims that do not care about bandwidth never crowd out those that reserved some.
 *
 * A device the selector fails on is dropped, not offered whole: the operator meant something
 * about it, and offering it for exclusive use could move a parent they wanted shared.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import { compileDeviceFilter, type DeviceFilter } from './filter.ts';
import type { DeviceCapacity, PublishedDevice } from './published-device.ts';

export const SHARE_FILTER_FLAG = '--share-filter';
export const DEFAULT_SHARED_INTERFACES = 32;
export const DEFAULT_SHARED_BANDWIDTH_MBPS = 1000;
const MBIT = 1_000_000;

export interface SharingPolicy {
  /** Which offered devices become shared parents. */
  selector: DeviceFilter;
  driverName: string;
  /** Children one parent may host. */
  interfaces: number;
  /** The parent's bandwidth when the kernel does not know its link speed. */
  fallbackBandwidthMbps: number;
}

export interface SharingOptions {
  /** The `--share-filter` CEL expression; absent: no device is shared. */
  expression: string | undefined;
  driverName: string;
  interfaces?: number | undefined;
  fallbackBandwidthMbps?: number | undefined;
}

/** Undefined when no selector is given; throws FilterError (naming --share-filter) for one that cannot work. */
export function sharingPolicy(options: SharingOptions): SharingPolicy | undefined {
  if (options.expression === undefined) return undefined;
  return {
    selector: compileDeviceFilter(options.expression, options.driverName, SHARE_FILTER_FLAG),
    driverName: options.driverName,
    // Whole numbers ≥ 1: the command line checks them (UsageError).
    interfaces: options.interfaces ?? DEFAULT_SHARED_INTERFACES,
    fallbackBandwidthMbps: options.fallbackBandwidthMbps ?? DEFAULT_SHARED_BANDWIDTH_MBPS,
  };
}

export function interfacesCapacity(driverName: string): string {
  return `${driverName}/interfaces`;
}

export function bandwidthCapacity(driverName: string): string {
  return `${driverName}/bandwidth`;
}

export type SharingVerdict = { device: PublishedDevice } | { dropped: string };

/** The device as published: shared with its capacities when the selector says so, else unchanged. */
export function applySharing(device: PublishedDevice, info: DeviceInfo, policy: SharingPolicy | undefined): SharingVerdict {
  if (!policy) return { device };
  const verdict = policy.selector.judge(device);
  if (!verdict.keep) return verdict.outcome === 'false' ? { device } : { dropped: `${SHARE_FILTER_FLAG}: ${verdict.reason}` };
  const bandwidthMbps = info.speedMbps !== undefined && Number.isSafeInteger(info.speedMbps) && info.speedMbps > 0 ? info.speedMbps : policy.fallbackBandwidthMbps;
  const capacity: Record<string, DeviceCapacity> = {
    [interfacesCapacity(policy.driverName)]: { value: policy.interfaces, requestPolicy: { default: 1, validValues: [1] } },
    [bandwidthCapacity(policy.driverName)]: { value: bandwidthMbps * MBIT, requestPolicy: { default: 0, validRange: { min: 0, step: MBIT } } },
  };
  return { device: { ...device, allowMultipleAllocations: true, capacity } };
}

/** The device for an API server without consumable capacity: offered whole, as any other. */
export function withoutSharing(device: PublishedDevice): PublishedDevice {
  if (!device.allowMultipleAllocations && device.capacity === undefined) return device;
  const exclusive = { ...device };
  delete exclusive.allowMultipleAllocations;
  delete exclusive.capacity;
  return exclusive;
}

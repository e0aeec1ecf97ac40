/**
 * Prepare's view of the inventory: published devices are available; devices the inventory left
 * out (the uplink family, loopback, the operator's filter) are reported with its reason, so a
 * claim allocated before the node's default route moved onto its device is refused saying why.
 */
import type { Catalog } from '../inventory/catalog.ts';
import type { DeviceEntry, DeviceLookup } from './check.ts';
import { rdmaCharDevicePaths } from './rdma-char-devices.ts';

/**
 * `catalog` is read at every lookup, so prepare always checks against the latest scan;
 * `charDevicesOf` finds an RDMA device's /dev nodes (sysfs by default).
 */
export function catalogDeviceLookup(catalog: () => Catalog, pool: string, charDevicesOf: (rdmaDevice: string) => string[] = rdmaCharDevicePaths): DeviceLookup {
  return {
    byDeviceName(name: string): DeviceEntry | undefined {
      const { entries, dropped } = catalog();
      const published = entries.find((entry) => entry.device.name === name);
      if (published) {
        const { ifName, rdmaDevice } = published.info;
        return rdmaDevice ? { pool, ifName, rdmaCharDevices: charDevicesOf(rdmaDevice) } : { pool, ifName };
      }
      // Devices dropped before naming (uplinks, loopback) are known only by their kernel name.
      const left = dropped.find((device) => (device.name ?? device.ifName) === name);
      return left ? { pool, ifName: left.ifName, keptForNode: left.reason } : undefined;
    },
  };
}

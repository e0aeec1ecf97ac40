/**
 * Prepare's view of the inventory: published devices are available; devices the inventory left
 * out (the uplink family, loopback, the operator's filter) are reported with its reason, so a
 * claim allocated before the node's default route moved onto its device is refused saying why.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import { type Catalog, findPublished } from '../inventory/catalog.ts';
import type { DeviceEntry, DeviceLookup, NetdevEntry } from './check.ts';

/**
 * `catalog` is read at every lookup, so prepare always checks against the latest scan. RDMA
 * device nodes come with the device's scan (netops sysfs facts).
 */
export function catalogDeviceLookup(catalog: () => Catalog, pool: string): DeviceLookup {
  return {
    byDeviceName(name: string): DeviceEntry | undefined {
      const current = catalog();
      const published = findPublished(current, name);
      if (published && 'vfio' in published) {
        const { pciAddress, isSriovVf, pfPciAddress, vfIndex } = published.vfio;
        const sriovVf = isSriovVf ? { ...(pfPciAddress === undefined ? {} : { pfPciAddress }), ...(vfIndex === undefined ? {} : { vfIndex }) } : undefined;
        return { pool, pciAddress, ...(sriovVf ? { sriovVf } : {}) };
      }
      if (published) {
        const { ifName, pciAddress, virtual, rdmaDevice, rdmaCharDevices } = published.info;
        const sriovVf = vfFacts(published.info);
        return {
          pool, ifName, ...(pciAddress && !virtual ? { pciAddress } : {}), ...(rdmaDevice ? { rdmaDevice } : {}), ...(rdmaCharDevices ? { rdmaCharDevices } : {}),
          ...(sriovVf ? { sriovVf } : {}),
        };
      }
      // Devices dropped before naming (uplinks, loopback) are known only by their kernel name.
      const left = current.dropped.find((device) => 'ifName' in device && (device.name ?? device.ifName) === name);
      return left && 'ifName' in left ? { pool, ifName: left.ifName, keptForNode: left.reason } : undefined;
    },
  };
}

/** A VF's placement and its PF's bounds, each only when the scan knew it. */
function vfFacts(info: DeviceInfo): NetdevEntry['sriovVf'] {
  if (!info.isSriovVf) return undefined;
  const { pfName, pfPciAddress, vfIndex, pfMtu, pfSpeedMbps } = info;
  return {
    ...(pfPciAddress === undefined ? {} : { pfPciAddress }),
    ...(pfName === undefined ? {} : { pfIfName: pfName }),
    ...(vfIndex === undefined ? {} : { vfIndex }),
    ...(pfMtu === undefined ? {} : { pfMtu }),
    ...(pfSpeedMbps === undefined ? {} : { pfSpeedMbps }),
  };
}

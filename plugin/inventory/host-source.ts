/**
 * The kernel-backed device source: netops' netlink link listing with sysfs enrichment, the
 * network functions bound to vfio-pci (sysfs: they have no link), its
 * default-route lookup, and its link event monitor (every event, an overflow included, asks the
 * inventory for a rescan, which it rate-limits, and is handed to device health as it comes).
 */
import { defaultRouteIfIndexes, listDevices, watchLinks } from '../../netops/devices.ts';
import { listVfioFunctions } from '../../netops/vfio.ts';
import type { Logger } from '../log.ts';
import type { DeviceSource } from './device-source.ts';
import { keptForNode } from './exclusion.ts';

/** `logger` gets what the monitor cannot deliver: a listener's exception, an unreadable event, a stop. */
export function hostDeviceSource(logger: Logger): DeviceSource {
  return {
    list: async () => listDevices({ onDevlinkError: (message, error, ifName) => logger.warn(message, { device: ifName, error }) }),
    uplinks: async () => defaultRouteIfIndexes(),
    vfioFunctions: async () => listVfioFunctions(),
    watch: (onChange) => watchLinks(onChange, (message, error) => logger.error(message, { error })),
  };
}

/** Why the node keeps the host link ifName for itself (loopback, the uplink family), or undefined. */
export function keptByHost(ifName: string): string | undefined {
  const devices = listDevices();
  const device = devices.find((candidate) => candidate.ifName === ifName);
  return device && keptForNode(devices, defaultRouteIfIndexes()).get(device.ifIndex);
}

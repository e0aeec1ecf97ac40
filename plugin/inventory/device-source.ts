/**
 * Where the inventory learns about host network devices. The kernel-backed source wraps
 * netops (netlink + sysfs); tests hand in synthetic devices. Kept this small so the inventory
 * never depends on how the host is read.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import type { LinkEvent } from '../../netops/devices.ts';

export interface DeviceSource {
  /** Every link in the host network namespace, loopback included, enriched from sysfs. */
  list(): Promise<DeviceInfo[]>;
  /** ifindexes of the links that carry the node's default routes, IPv4 and IPv6. */
  uplinks(): Promise<number[]>;
  /** Calls back on link changes (added, removed, renamed, state); may call often, callers rate-limit. */
  watch(onChange: (event: LinkEvent) => void): { close(): void };
}

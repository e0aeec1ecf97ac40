/**
 * Where the inventory learns about host network devices. The kernel-backed source wraps
 * netops (netlink + sysfs); tests hand in synthetic devices. Kept this small so the inventory
 * never depends on how the host is read.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import type { LinkEvent } from '../../netops/devices.ts';
import type { VfioFunction } from '../../netops/vfio.ts';

export interface DeviceSource {
  /** Every link in the host network namespace, loopback included, enriched from sysfs. */
  list(): Promise<DeviceInfo[]>;
  /** ifindexes of the links that carry the node's default routes, IPv4 and IPv6. */
  uplinks(): Promise<number[]>;
  /**
   * Network PCI functions bound to vfio-pci, which have no netdev for list() to see. Absent: the
   * source has none (test sources). Link events do not cover them: a rebind that takes a netdev
   * away or gives one back is a link event, and the periodic rescan sees the rest.
   */
  vfioFunctions?(): Promise<VfioFunction[]>;
  /** Calls back on link changes (added, removed, renamed, state); may call often, callers rate-limit. */
  watch(onChange: (event: LinkEvent) => void): { close(): void };
}

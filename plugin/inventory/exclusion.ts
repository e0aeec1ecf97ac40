/**
 * Devices the node must keep: loopback, the interfaces carrying the default routes (IPv4 and
 * IPv6), and everything stacked with them — a bond's slaves and the bridge it sits in, the
 * parent of a VLAN, the VLANs and macvlans on top of it — because moving any of those into a
 * pod cuts the node (and its kubelet) off the network. The closure follows master and lower
 * links in both directions until nothing new joins.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';

export function isLoopback(device: Pick<DeviceInfo, 'ifName' | 'type'>): boolean {
  return device.ifName === 'lo' || device.type === 'loopback';
}

/** ifindexes that must never be published. */
export function protectedIfIndexes(devices: readonly DeviceInfo[], uplinkIfIndexes: readonly number[]): Set<number> {
  const protectedSet = new Set(uplinkIfIndexes);
  for (const device of devices) if (isLoopback(device)) protectedSet.add(device.ifIndex);
  const uplinkFamily = new Set(uplinkIfIndexes);
  let grew = true;
  while (grew) {
    grew = false;
    for (const device of devices) {
      const related = [device.masterIndex, device.lowerIndex].filter((index): index is number => index !== undefined);
      const touchesFamily = related.some((index) => uplinkFamily.has(index));
      const inFamily = uplinkFamily.has(device.ifIndex);
      if (touchesFamily && !inFamily) {
        uplinkFamily.add(device.ifIndex);
        grew = true;
      }
      if (inFamily) {
        for (const index of related) {
          if (!uplinkFamily.has(index)) {
            uplinkFamily.add(index);
            grew = true;
          }
        }
      }
    }
  }
  return new Set([...protectedSet, ...uplinkFamily]);
}

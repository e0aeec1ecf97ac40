/**
 * Devices the node must keep: loopback, the interfaces carrying the default routes (IPv4 and
 * IPv6), and everything stacked with them — a bond's slaves and the bridge it sits in, the
 * parent of a VLAN, the VLANs and macvlans on top of it — because moving any of those into a
 * pod cuts the node (and its kubelet) off the network. The closure follows master and lower
 * links in both directions until nothing new joins. No filter can offer them, and
 * `netclaim attach` refuses them.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';

const uplinkReason = 'carries or is stacked with a default route';

/** The devices the node keeps, by ifindex, each with the reason. */
export function keptForNode(devices: readonly DeviceInfo[], uplinkIfIndexes: readonly number[]): Map<number, string> {
  const kept = new Map<number, string>();
  for (const device of devices) if (device.ifName === 'lo' || device.type === 'loopback') kept.set(device.ifIndex, 'loopback');
  for (const ifIndex of uplinkFamily(devices, uplinkIfIndexes)) if (!kept.has(ifIndex)) kept.set(ifIndex, uplinkReason);
  return kept;
}

function uplinkFamily(devices: readonly DeviceInfo[], uplinkIfIndexes: readonly number[]): Set<number> {
  const family = new Set(uplinkIfIndexes);
  let grew = true;
  while (grew) {
    grew = false;
    for (const device of devices) {
      const related = [device.masterIndex, device.lowerIndex].filter((index): index is number => index !== undefined);
      const inFamily = family.has(device.ifIndex);
      if (!inFamily && related.some((index) => family.has(index))) {
        family.add(device.ifIndex);
        grew = true;
      }
      if (inFamily) {
        for (const index of related) {
          if (!family.has(index)) {
            family.add(index);
            grew = true;
          }
        }
      }
    }
  }
  return family;
}

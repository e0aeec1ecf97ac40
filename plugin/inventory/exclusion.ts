/**
 * Devices the node must keep: loopback, the interfaces carrying the default routes (IPv4 and
 * IPv6), and everything stacked with them — a bond's slaves and the bridge it sits in, the
 * parent of a VLAN, the VLANs and macvlans on top of it — because moving any of those into a
 * pod cuts the node (and its kubelet) off the network. The closure follows master and lower
 * links in both directions until nothing new joins. Also kept: whatever is part of a stack
 * of links without carrying a default route (see stackedDevices). No filter can offer them,
 * and `netclaim attach` refuses them.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';

const uplinkReason = 'carries or is stacked with a default route';

/** The devices the node keeps, by ifindex, each with the reason. */
export function keptForNode(devices: readonly DeviceInfo[], uplinkIfIndexes: readonly number[]): Map<number, string> {
  const kept = new Map<number, string>();
  for (const device of devices) if (device.ifName === 'lo' || device.type === 'loopback') kept.set(device.ifIndex, 'loopback');
  for (const ifIndex of uplinkFamily(devices, uplinkIfIndexes)) if (!kept.has(ifIndex)) kept.set(ifIndex, uplinkReason);
  for (const [ifIndex, reason] of stackedDevices(devices)) if (!kept.has(ifIndex)) kept.set(ifIndex, reason);
  return kept;
}

/**
 * Devices that are part of a structure on the host even without a default route: moving one
 * takes the links stacked on it with it (the kernel deletes a VLAN, macvlan or ipvlan whose
 * lower device leaves, and detach cannot bring them back), or pulls a port out of a bridge,
 * bond or VRF (a storage VLAN, a KubeVirt bridge, a CNI bridge's pod veths). A veth's link to
 * its peer is no such relation: it is the other end of the same cable.
 */
function stackedDevices(devices: readonly DeviceInfo[]): Map<number, string> {
  const names = new Map(devices.map((device) => [device.ifIndex, device.ifName]));
  const uppers = new Map<number, string[]>();
  const ports = new Map<number, string[]>();
  for (const device of devices) {
    if (device.lowerIndex !== undefined && device.type !== 'veth') uppers.set(device.lowerIndex, [...uppers.get(device.lowerIndex) ?? [], device.ifName]);
    if (device.masterIndex !== undefined) ports.set(device.masterIndex, [...ports.get(device.masterIndex) ?? [], device.ifName]);
  }
  const stacked = new Map<number, string>();
  for (const device of devices) {
    const reason = device.masterIndex !== undefined ? `a port of ${names.get(device.masterIndex) ?? `ifindex ${device.masterIndex}`}`
      : ports.has(device.ifIndex) ? `has ports of its own (${listed(ports.get(device.ifIndex)!)})`
        : uppers.has(device.ifIndex) ? `links are stacked on it (${listed(uppers.get(device.ifIndex)!)}) and would be destroyed by a move`
          : undefined;
    if (reason !== undefined) stacked.set(device.ifIndex, reason);
  }
  return stacked;
}

/** A few names for a one-line reason; a bridge may have hundreds of ports. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
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

/**
 * ResourceSlice device names must be DNS labels (≤ 63 of [a-z0-9-], alphanumeric at both ends)
 * and must stay stable across rescans, because allocations name devices. PCI functions are named
 * by their PCI address (`0000:03:00.1` → `pci-0000-03-00-1`), which survives renames, moves into
 * pods and reboots; other devices by their interface name when it already is a DNS label. Any
 * other interface name (`eth0.100`, `Wlan0`, `br_ext`) is lowercased with invalid runs turned into
 * `-`, plus a short hash of the original name so two interfaces that normalise alike
 * (`eth0.100`, `eth0_100`) still get different names. A function bound to vfio-pci has no
 * interface at all: it is named by its address like any PCI function, so a NIC keeps its name
 * when it is bound to vfio-pci and when it comes back.
 */
import { createHash } from 'node:crypto';
import type { DeviceInfo } from '../../netops/device-info.ts';

const maxLabelLength = 63;
const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function isDnsLabel(name: string): boolean {
  return name.length <= maxLabelLength && dnsLabel.test(name);
}

/** Lowercase base32 of a SHA-256 prefix: enough to tell interface names apart, short enough to read. */
export function shortHash(text: string, length = 5): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const digest = createHash('sha256').update(text).digest();
  let hash = '';
  for (let index = 0; index < length; index++) hash += alphabet[digest[index]! % 32];
  return hash;
}

/** Turns arbitrary text into a DNS label, adding a hash of the original whenever it had to change it. */
export function toDnsLabel(text: string): string {
  if (isDnsLabel(text)) return text;
  const suffix = '-' + shortHash(text);
  const base = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, maxLabelLength - suffix.length).replace(/-+$/, '');
  return (base === '' ? 'net' : base) + suffix;
}

/** What naming looks at: a netdev, or a PCI function without one (bound to vfio-pci). */
export type NamedDevice = Pick<DeviceInfo, 'ifName' | 'ifIndex' | 'pciAddress' | 'virtual'> | { pciAddress: string };

/** The name a device gets on its own, before collisions with other devices are considered. */
export function baseDeviceName(device: NamedDevice): string {
  if (!('ifName' in device)) return pciDeviceName(device.pciAddress);
  if (device.pciAddress !== undefined && !device.virtual) return pciDeviceName(device.pciAddress);
  return toDnsLabel(device.ifName);
}

function pciDeviceName(pciAddress: string): string {
  return toDnsLabel('pci-' + pciAddress.toLowerCase().replace(/[:.]/g, '-'));
}

/** What tells two devices apart when they want the same name: their interface, or their address. */
function identity(device: NamedDevice): string {
  return 'ifName' in device ? `${device.ifName}/${device.ifIndex}` : device.pciAddress;
}

/**
 * Names for a set of devices, unique within the set. A clash (an interface literally named like
 * another device's PCI name, say) keeps the name for the device that owns it by rule, PCI first
 * and then by interface name, and suffixes the others with a hash of their interface name, so
 * the outcome does not depend on discovery order.
 */
export function assignDeviceNames<T extends NamedDevice>(devices: readonly T[]): Map<T, string> {
  const byName = new Map<string, T[]>();
  for (const device of devices) {
    const name = baseDeviceName(device);
    byName.set(name, [...(byName.get(name) ?? []), device]);
  }
  const names = new Map<T, string>();
  const taken = new Set(byName.keys());
  for (const [name, claimants] of byName) {
    const ordered = [...claimants].sort(claimPriority);
    ordered.forEach((device, index) => {
      if (index === 0) {
        names.set(device, name);
        return;
      }
      let candidate = toDnsLabel(`${name.slice(0, maxLabelLength - 6)}-${shortHash(identity(device), 5)}`);
      for (let attempt = 1; taken.has(candidate); attempt++) candidate = `${name.slice(0, maxLabelLength - 8)}-${shortHash(`${identity(device)}/${attempt}`, 7)}`;
      taken.add(candidate);
      names.set(device, candidate);
    });
  }
  return names;
}

function claimPriority(a: NamedDevice, b: NamedDevice): number {
  return rank(a) - rank(b) || ('ifName' in a && 'ifName' in b ? a.ifName.localeCompare(b.ifName) || a.ifIndex - b.ifIndex : identity(a).localeCompare(identity(b)));
}

/** PCI functions own the `pci-` names; of those, one with a netdev first (it was there before a rebind raced a scan). */
function rank(device: NamedDevice): number {
  if (!('ifName' in device)) return 1;
  return device.pciAddress !== undefined && !device.virtual ? 0 : 2;
}

/**
 * ResourceSlice device names must be DNS labels (≤ 63 of [a-z0-9-], alphanumeric at both ends)
 * and must stay stable across rescans, because allocations name devices. PCI functions are named
 * by their PCI address (`0000:03:00.1` → `pci-0000-03-00-1`), which survives renames, moves into
 * pods and reboots; other devices by their interface name when it already is a DNS label. Any
 * other interface name (`eth0.100`, `Wlan0`, `br_ext`) is lowercased with invalid runs turned into
 * `-`, plus a short hash of the original name so two interfaces that normalise alike
 * (`eth0.100`, `eth0_100`) still get different names.
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

/** The name a device gets on its own, before collisions with other devices are considered. */
export function baseDeviceName(device: Pick<DeviceInfo, 'ifName' | 'pciAddress' | 'isSriovVf' | 'virtual'>): string {
  if (device.pciAddress !== undefined && !device.virtual) return toDnsLabel('pci-' + device.pciAddress.toLowerCase().replace(/[:.]/g, '-'));
  return toDnsLabel(device.ifName);
}

/**
 * Names for a set of devices, unique within the set. A clash (an interface literally named like
 * another device's PCI name, say) keeps the name for the device that owns it by rule, PCI first
 * and then by interface name, and suffixes the others with a hash of their interface name, so
 * the outcome does not depend on discovery order.
 */
export function assignDeviceNames(devices: readonly DeviceInfo[]): Map<DeviceInfo, string> {
  const byName = new Map<string, DeviceInfo[]>();
  for (const device of devices) {
    const name = baseDeviceName(device);
    byName.set(name, [...(byName.get(name) ?? []), device]);
  }
  const names = new Map<DeviceInfo, string>();
  const taken = new Set(byName.keys());
  for (const [name, claimants] of byName) {
    const ordered = [...claimants].sort(claimPriority);
    ordered.forEach((device, index) => {
      if (index === 0) {
        names.set(device, name);
        return;
      }
      let candidate = toDnsLabel(`${name.slice(0, maxLabelLength - 6)}-${shortHash(`${device.ifName}/${device.ifIndex}`, 5)}`);
      for (let attempt = 1; taken.has(candidate); attempt++) candidate = `${name.slice(0, maxLabelLength - 8)}-${shortHash(`${device.ifName}/${device.ifIndex}/${attempt}`, 7)}`;
      taken.add(candidate);
      names.set(device, candidate);
    });
  }
  return names;
}

function claimPriority(a: DeviceInfo, b: DeviceInfo): number {
  const aPci = a.pciAddress !== undefined && !a.virtual ? 0 : 1;
  const bPci = b.pciAddress !== undefined && !b.virtual ? 0 : 1;
  return aPci - bPci || a.ifName.localeCompare(b.ifName) || a.ifIndex - b.ifIndex;
}

/**
 * ResourceSlice attributes for one device, within the API's limits: at most 32 attributes per
 * device and string values of at most 64 characters. Only facts the kernel reported become
 * attributes (no invented defaults: a missing NUMA node stays missing, so a selector's `has()`
 * means something). Names are unprefixed (they belong to the driver's domain) except the
 * standard `resource.kubernetes.io/pciBusID` and `resource.kubernetes.io/pcieRoot`, which let
 * claims align NICs with GPUs from other drivers.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';
import { VFIO_PCI, type VfioFunction } from '../../netops/vfio.ts';
import type { AttributeValue } from './published-device.ts';

export const maxAttributesPerDevice = 32;
export const maxAttributeStringLength = 64;

export const pciBusIdAttribute = 'resource.kubernetes.io/pciBusID';
export const pcieRootAttribute = 'resource.kubernetes.io/pcieRoot';

/**
 * Cuts a string to the limit. Lists (comma-joined addresses) keep whole entries that fit rather
 * than ending in half an address, which would read as a different, valid-looking one.
 */
export function limitString(value: string, separator?: string): string {
  if (value.length <= maxAttributeStringLength) return value;
  if (separator !== undefined) {
    let kept = '';
    for (const entry of value.split(separator)) {
      const next = kept === '' ? entry : kept + separator + entry;
      if (next.length > maxAttributeStringLength) break;
      kept = next;
    }
    if (kept !== '') return kept;
  }
  return value.slice(0, maxAttributeStringLength);
}

/** Attributes in priority order: when the limit bites, the later ones are dropped. */
export function deviceAttributes(device: DeviceInfo): Record<string, AttributeValue> {
  const entries: [string, AttributeValue | undefined][] = [
    ['ifName', text(device.ifName)],
    ['type', text(device.type)],
    ['mac', text(device.mac)],
    ['mtu', { int: device.mtu }],
    ['state', text(device.state)],
    ['virtual', { bool: device.virtual }],
    ['pciAddress', text(device.pciAddress)],
    ['pciVendor', text(device.pciVendor)],
    ['pciDevice', text(device.pciDevice)],
    ['numaNode', integer(device.numaNode)],
    ['driver', text(device.driver)],
    ['sriov', { bool: isSriovPf(device) }],
    // sriovVfs predates sriovNumVfs and is the same number: kept so existing selectors still match.
    ['sriovVfs', isSriovPf(device) ? integer(device.sriovNumVfs ?? 0) : undefined],
    ['isSriovVf', { bool: device.isSriovVf }],
    ['pfName', device.isSriovVf ? text(device.pfName) : undefined],
    ['vfIndex', device.isSriovVf ? integer(device.vfIndex) : undefined],
    ['sriovTotalVfs', isSriovPf(device) ? integer(device.sriovTotalVfs) : undefined],
    ['sriovNumVfs', isSriovPf(device) ? integer(device.sriovNumVfs ?? 0) : undefined],
    ['eswitchMode', isSriovPf(device) ? text(device.eswitchMode) : undefined],
    ['rdma', { bool: device.rdmaDevice !== undefined }],
    ['rdmaDevice', text(device.rdmaDevice)],
    ['speed', integer(device.speedMbps)],
    ['ipv4', device.ipv4.length > 0 ? { string: limitString(device.ipv4.join(','), ',') } : undefined],
    ['ipv6', device.ipv6.length > 0 ? { string: limitString(device.ipv6.join(','), ',') } : undefined],
    [pciBusIdAttribute, device.virtual ? undefined : text(device.pciAddress)],
    [pcieRootAttribute, device.virtual ? undefined : text(device.pcieRoot)],
  ];
  const present = entries.filter((entry): entry is [string, AttributeValue] => entry[1] !== undefined);
  return Object.fromEntries(present.slice(0, maxAttributesPerDevice));
}

/**
 * A PCI function bound to vfio-pci: its PCI facts, `driver` "vfio-pci" and its IOMMU group. It
 * is no virtual link, so the default filter (devices with a bus address) offers it.
 */
export function vfioFunctionAttributes(fn: VfioFunction): Record<string, AttributeValue> {
  const entries: [string, AttributeValue | undefined][] = [
    ['type', { string: 'device' }],
    ['virtual', { bool: false }],
    ['pciAddress', text(fn.pciAddress)],
    ['pciVendor', text(fn.pciVendor)],
    ['pciDevice', text(fn.pciDevice)],
    ['numaNode', integer(fn.numaNode)],
    ['driver', { string: VFIO_PCI }],
    ['isSriovVf', { bool: fn.isSriovVf }],
    ['iommuGroup', integer(fn.iommuGroup)],
    [pciBusIdAttribute, text(fn.pciAddress)],
    [pcieRootAttribute, text(fn.pcieRoot)],
  ];
  return Object.fromEntries(entries.filter((entry): entry is [string, AttributeValue] => entry[1] !== undefined));
}

/** SR-IOV capable by sysfs (PCI) or, for devices sysfs says nothing about, because the kernel reports VFs on it. */
function isSriovPf(device: DeviceInfo): boolean {
  return (device.sriovTotalVfs ?? 0) > 0 || (device.sriovNumVfs ?? 0) > 0;
}

function text(value: string | undefined): AttributeValue | undefined {
  return value === undefined || value === '' ? undefined : { string: limitString(value) };
}

function integer(value: number | undefined): AttributeValue | undefined {
  return value === undefined || !Number.isInteger(value) ? undefined : { int: value };
}

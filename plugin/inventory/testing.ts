/**
 * Synthetic DeviceInfo for inventory tests: a plain virtual link unless overridden, ifindexes
 * unique per call.
 */
import type { DeviceInfo } from '../../netops/device-info.ts';

let nextIfIndex = 100;

export function fakeDevice(overrides: Partial<DeviceInfo> & { ifName: string }): DeviceInfo {
  return {
    ifIndex: nextIfIndex++,
    type: 'veth',
    mac: '02:00:00:00:00:01',
    mtu: 1500,
    state: 'up',
    virtual: true,
    ipv4: [],
    ipv6: [],
    isSriovVf: false,
    ...overrides,
  };
}

/** A physical PCI NIC as sysfs would describe one. */
export function fakePciNic(ifName: string, pciAddress: string, overrides: Partial<DeviceInfo> = {}): DeviceInfo {
  return fakeDevice({
    ifName,
    type: 'device',
    virtual: false,
    pciAddress,
    pciVendor: '15b3',
    pciDevice: '101d',
    pcieRoot: 'pci0000:00',
    numaNode: 0,
    driver: 'mlx5_core',
    speedMbps: 100000,
    ...overrides,
  });
}

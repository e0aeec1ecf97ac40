/**
 * Test doubles for the host side of the inventory: synthetic DeviceInfo (a plain virtual link
 * unless overridden, ifindexes unique per call) and a device source whose host state a test edits.
 */
import type { DeviceInfo } from '../netops/device-info.ts';
import type { LinkEvent } from '../netops/devices.ts';
import type { VfioFunction } from '../netops/vfio.ts';
import type { DeviceSource } from '../plugin/inventory/device-source.ts';

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

/** A network function bound to vfio-pci, as sysfs discovery reports one. */
export function fakeVfioFunction(pciAddress: string, overrides: Partial<VfioFunction> = {}): VfioFunction {
  return { pciAddress, iommuGroup: 30, pciVendor: '8086', pciDevice: '154c', pcieRoot: 'pci0000:00', numaNode: 0, isSriovVf: true, ...overrides };
}

/** A device source whose host state the test edits; counts scans and fires link events on demand. */
export class ScriptedSource implements DeviceSource {
  devices: DeviceInfo[] = [];
  vfio: VfioFunction[] = [];
  uplinkIndexes: number[] = [];
  scans = 0;
  #listener: ((event: LinkEvent) => void) | undefined;
  async list(): Promise<DeviceInfo[]> {
    this.scans++;
    return [...this.devices];
  }
  async uplinks(): Promise<number[]> {
    return this.uplinkIndexes;
  }
  async vfioFunctions(): Promise<VfioFunction[]> {
    return [...this.vfio];
  }
  watch(onChange: (event: LinkEvent) => void) {
    this.#listener = onChange;
    return { close: () => { this.#listener = undefined; } };
  }
  linkEvent(event: LinkEvent = { type: 'overflow' }): void {
    this.#listener?.(event);
  }
}


import { buildCatalog } from '../inventory/catalog.ts';
import { fakeDevice, fakePciNic, fakeVfioFunction } from '../../testing/devices.ts';
import { catalogDeviceLookup } from './inventory-lookup.ts';

const uplink = fakePciNic('eno1', '0000:01:00.0');
const nic = fakePciNic('enp3s0f1', '0000:03:00.1', { rdmaDevice: 'mlx5_1', rdmaCharDevices: ['/dev/infiniband/uverbs1', '/dev/infiniband/rdma_cm'] });
const veth = fakeDevice({ ifName: 'veth1' });
const catalog = buildCatalog({ scanned: [uplink, nic, veth], uplinkIfIndexes: [uplink.ifIndex], attached: new Map() });
const lookup = catalogDeviceLookup(() => catalog, 'node-a');

test('a published device is found under its published name with its host interface and RDMA nodes', () => {
  const published = catalog.entries.find((entry) => entry.info.ifName === 'enp3s0f1')!;
  expect(lookup.byDeviceName(published.device.name)).toEqual({ pool: 'node-a', ifName: 'enp3s0f1', pciAddress: '0000:03:00.1', rdmaDevice: 'mlx5_1', rdmaCharDevices: ['/dev/infiniband/uverbs1', '/dev/infiniband/rdma_cm'] });
  expect(lookup.byDeviceName('veth1')).toEqual({ pool: 'node-a', ifName: 'veth1' });
});

test('the uplink is reported as kept for the node, with the inventory\'s reason', () => {
  expect(lookup.byDeviceName('eno1')).toEqual({ pool: 'node-a', ifName: 'eno1', keptForNode: 'carries or is stacked with a default route' });
});

test('a device the node does not have is unknown', () => {
  expect(lookup.byDeviceName('eth9')).toBeUndefined();
});

test('lookups see the latest catalog', () => {
  let current = catalog;
  const live = catalogDeviceLookup(() => current, 'node-a');
  expect(live.byDeviceName('veth1')).toBeDefined();
  current = buildCatalog({ scanned: [uplink], uplinkIfIndexes: [uplink.ifIndex], attached: new Map() });
  expect(live.byDeviceName('veth1')).toBeUndefined();
});

test('a VF comes with its PF, its index and the PF\'s MTU and speed; a PF and a plain NIC with none', () => {
  const pf = fakePciNic('ens1f0', '0000:05:00.0', { sriovTotalVfs: 4, sriovNumVfs: 1, mtu: 9000, speedMbps: 25000 });
  const vf = fakePciNic('ens1f0v0', '0000:05:00.2', { isSriovVf: true, pfName: 'ens1f0', pfPciAddress: '0000:05:00.0', vfIndex: 0, pfMtu: 9000, pfSpeedMbps: 25000 });
  const orphan = fakePciNic('ens2v1', '0000:06:00.3', { isSriovVf: true, vfIndex: 1 });
  const vfs = buildCatalog({ scanned: [pf, vf, orphan], uplinkIfIndexes: [], attached: new Map() });
  const byIfName = (ifName: string) => catalogDeviceLookup(() => vfs, 'node-a').byDeviceName(vfs.entries.find((entry) => entry.info.ifName === ifName)!.device.name);
  expect(byIfName('ens1f0v0')).toHaveProperty('sriovVf', { pfPciAddress: '0000:05:00.0', pfIfName: 'ens1f0', vfIndex: 0, pfMtu: 9000, pfSpeedMbps: 25000 });
  expect(byIfName('ens2v1')).toHaveProperty('sriovVf', { vfIndex: 1 });
  expect(byIfName('ens1f0')).not.toHaveProperty('sriovVf');
});

test('a function bound to vfio-pci is found by its PCI name, with no host interface; a VF with its PF\'s address and its index', () => {
  const withVfio = buildCatalog({ scanned: [nic], uplinkIfIndexes: [], attached: new Map(), vfioFunctions: [fakeVfioFunction('0000:03:00.2', { pfPciAddress: '0000:03:00.0', vfIndex: 0 }), fakeVfioFunction('0000:04:00.0', { isSriovVf: false })] });
  const find = catalogDeviceLookup(() => withVfio, 'node-a');
  expect(find.byDeviceName('pci-0000-03-00-2')).toEqual({ pool: 'node-a', pciAddress: '0000:03:00.2', sriovVf: { pfPciAddress: '0000:03:00.0', vfIndex: 0 } });
  expect(find.byDeviceName('pci-0000-04-00-0')).toEqual({ pool: 'node-a', pciAddress: '0000:04:00.0' });
});

import { deviceAttributes, limitString, maxAttributesPerDevice, pciBusIdAttribute, pcieRootAttribute } from './attributes.ts';
import { fakeDevice, fakePciNic } from '../../testing/devices.ts';

describe('device attributes', () => {
  it('describes a PCI NIC with typed values and the standard PCI attributes', () => {
    const attributes = deviceAttributes(fakePciNic('enp3s0f0', '0000:03:00.0', {
      mtu: 9000, sriovTotalVfs: 8, sriovNumVfs: 4, rdmaDevice: 'mlx5_0', ipv4: ['10.0.0.5/24'], ipv6: ['fd00::5/64'],
    }));
    expect(attributes).toMatchObject({
      ifName: { string: 'enp3s0f0' },
      type: { string: 'device' },
      mtu: { int: 9000 },
      virtual: { bool: false },
      pciAddress: { string: '0000:03:00.0' },
      pciVendor: { string: '15b3' },
      numaNode: { int: 0 },
      driver: { string: 'mlx5_core' },
      sriov: { bool: true },
      sriovVfs: { int: 4 },
      isSriovVf: { bool: false },
      rdma: { bool: true },
      rdmaDevice: { string: 'mlx5_0' },
      speed: { int: 100000 },
      ipv4: { string: '10.0.0.5/24' },
      ipv6: { string: 'fd00::5/64' },
      [pciBusIdAttribute]: { string: '0000:03:00.0' },
      [pcieRootAttribute]: { string: 'pci0000:00' },
    });
  });

  it('places a VF on its PF and describes a PF\'s SR-IOV side; the standard PCI attributes hold for a VF too', () => {
    const vf = deviceAttributes(fakePciNic('enp3s0f0v2', '0000:03:00.4', { isSriovVf: true, pfName: 'enp3s0f0', vfIndex: 2, pcieRoot: 'pci0000:40' }));
    expect(vf).toMatchObject({
      isSriovVf: { bool: true }, pfName: { string: 'enp3s0f0' }, vfIndex: { int: 2 }, sriov: { bool: false },
      [pciBusIdAttribute]: { string: '0000:03:00.4' }, [pcieRootAttribute]: { string: 'pci0000:40' },
    });
    for (const pfOnly of ['sriovTotalVfs', 'sriovNumVfs', 'sriovVfs', 'eswitchMode']) expect(vf).not.toHaveProperty([pfOnly]);
    const pf = deviceAttributes(fakePciNic('enp3s0f0', '0000:03:00.0', { sriovTotalVfs: 8, sriovNumVfs: 3, eswitchMode: 'switchdev' }));
    expect(pf).toMatchObject({ sriovTotalVfs: { int: 8 }, sriovNumVfs: { int: 3 }, sriovVfs: { int: 3 }, eswitchMode: { string: 'switchdev' } });
    for (const vfOnly of ['pfName', 'vfIndex']) expect(pf).not.toHaveProperty([vfOnly]);
  });

  it('omits what the kernel did not report instead of inventing defaults', () => {
    const attributes = deviceAttributes(fakeDevice({ ifName: 'veth1' }));
    for (const absent of ['pciAddress', 'numaNode', 'driver', 'sriovVfs', 'sriovTotalVfs', 'sriovNumVfs', 'eswitchMode', 'pfName', 'vfIndex', 'rdmaDevice', 'speed', 'ipv4', 'ipv6', pciBusIdAttribute, pcieRootAttribute]) {
      expect(attributes).not.toHaveProperty([absent]);
    }
    expect(attributes.rdma).toEqual({ bool: false });
    expect(attributes.sriov).toEqual({ bool: false });
  });

  it('keeps whole addresses when the joined list exceeds 64 characters', () => {
    const addresses = ['2001:db8:aaaa:bbbb:cccc:dddd:eeee:1/64', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:2/64'];
    const attributes = deviceAttributes(fakeDevice({ ifName: 'v6', ipv6: addresses }));
    expect(attributes.ipv6).toEqual({ string: addresses[0] });
  });

  it('cuts strings at 64 characters', () => {
    expect(limitString('x'.repeat(100))).toHaveLength(64);
    expect(limitString('a'.repeat(70), ',')).toHaveLength(64);
    expect(limitString('short')).toBe('short');
  });

  it('stays within the attribute limit', () => {
    const attributes = deviceAttributes(fakePciNic('enp1', '0000:01:00.0', { sriovTotalVfs: 2, sriovNumVfs: 2, eswitchMode: 'legacy', pfName: 'p', vfIndex: 1, rdmaDevice: 'x', ipv4: ['1.2.3.4/32'], ipv6: ['::1/128'] }));
    expect(Object.keys(attributes).length).toBeLessThanOrEqual(maxAttributesPerDevice);
    for (const value of Object.values(attributes)) {
      expect(Object.keys(value)).toHaveLength(1);
      if ('string' in value) expect(value.string.length).toBeLessThanOrEqual(64);
    }
  });
});

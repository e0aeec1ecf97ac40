import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withPfFacts } from './devices.ts';
import { devlinkHandle, readSysfsFacts } from './sysfs.ts';

/** A fake /sys describing hardware this machine lacks: a Mellanox PF with SR-IOV and RDMA, one of its VFs, a veth. */
function fakeSysfs(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'netclaim-sysfs-'));
  const file = (relative: string, content: string) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  };
  const link = (relative: string, target: string) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    symlinkSync(target, path.join(root, relative));
  };
  const pf = 'devices/pci0000:80/0000:80:01.0/0000:81:00.0';
  const vf = 'devices/pci0000:80/0000:80:01.0/0000:81:00.2';
  file(`${pf}/vendor`, '0x15b3\n');
  file(`${pf}/device`, '0x101d\n');
  file(`${pf}/numa_node`, '1\n');
  file(`${pf}/sriov_totalvfs`, '8\n');
  file(`${pf}/sriov_numvfs`, '2\n');
  file(`${pf}/net/ens1f0/speed`, '100000\n');
  mkdirSync(path.join(root, `${pf}/infiniband/mlx5_0`), { recursive: true });
  mkdirSync(path.join(root, `${pf}/infiniband_verbs/uverbs3`), { recursive: true });
  mkdirSync(path.join(root, 'class/misc/rdma_cm'), { recursive: true });
  mkdirSync(path.join(root, 'bus/pci/drivers/mlx5_core'), { recursive: true });
  link(`${pf}/driver`, path.join(root, 'bus/pci/drivers/mlx5_core'));
  link(`${pf}/subsystem`, path.join(root, 'bus/pci'));
  link(`${pf}/net/ens1f0/device`, path.join(root, pf));
  link('class/net/ens1f0', path.join(root, `${pf}/net/ens1f0`));
  file(`${vf}/vendor`, '0x15b3\n');
  file(`${vf}/device`, '0x101e\n');
  file(`${vf}/numa_node`, '-1\n');
  file(`${vf}/net/ens1f0v0/speed`, '-1\n');
  link(`${vf}/physfn`, path.join(root, pf));
  // The PF's VF links: virtfn0 is another function, virtfn1 this one.
  file('devices/pci0000:80/0000:80:01.0/0000:81:00.1/vendor', '0x15b3\n');
  link(`${pf}/virtfn0`, path.join(root, 'devices/pci0000:80/0000:80:01.0/0000:81:00.1'));
  link(`${pf}/virtfn1`, path.join(root, vf));
  // A VF whose PF has no netdev (bound to vfio-pci): its index is known, its PF name is not.
  const orphanPf = 'devices/pci0000:80/0000:80:02.0/0000:82:00.0';
  const orphanVf = 'devices/pci0000:80/0000:80:02.0/0000:82:00.4';
  file(`${orphanPf}/sriov_totalvfs`, '4\n');
  link(`${orphanPf}/virtfn3`, path.join(root, orphanVf));
  link(`${orphanVf}/physfn`, path.join(root, orphanPf));
  file(`${orphanVf}/net/ens2v3/speed`, '-1\n');
  link(`${orphanVf}/net/ens2v3/device`, path.join(root, orphanVf));
  link('class/net/ens2v3', path.join(root, `${orphanVf}/net/ens2v3`));
  link(`${vf}/net/ens1f0v0/device`, path.join(root, vf));
  link('class/net/ens1f0v0', path.join(root, `${vf}/net/ens1f0v0`));
  mkdirSync(path.join(root, 'devices/virtual/net/veth0'), { recursive: true });
  link('class/net/veth0', path.join(root, 'devices/virtual/net/veth0'));
  return root;
}

describe('sysfs facts', () => {
  const root = fakeSysfs();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('a PCI physical function with SR-IOV and RDMA', () => {
    expect(readSysfsFacts('ens1f0', root)).toEqual({
      virtual: false, pciAddress: '0000:81:00.0', pcieRoot: 'pci0000:80', pciVendor: '15b3', pciDevice: '101d', numaNode: 1,
      driver: 'mlx5_core', sriovTotalVfs: 8, sriovNumVfs: 2, isSriovVf: false, rdmaDevice: 'mlx5_0', speedMbps: 100000,
      rdmaCharDevices: ['/dev/infiniband/uverbs3', '/dev/infiniband/rdma_cm'],
    });
  });

  test('a virtual function: its PF (address and netdev) and index; no NUMA node known, no speed, no driver bound', () => {
    expect(readSysfsFacts('ens1f0v0', root)).toEqual({
      virtual: false, pciAddress: '0000:81:00.2', pcieRoot: 'pci0000:80', pciVendor: '15b3', pciDevice: '101e', isSriovVf: true,
      pfName: 'ens1f0', pfPciAddress: '0000:81:00.0', vfIndex: 1,
    });
  });

  test('a virtual function whose PF has no netdev (vfio-pci, or in a pod): the PF\'s address and the index without a PF name', () => {
    expect(readSysfsFacts('ens2v3', root)).toEqual({ virtual: false, pciAddress: '0000:82:00.4', pcieRoot: 'pci0000:80', isSriovVf: true, pfPciAddress: '0000:82:00.0', vfIndex: 3 });
  });

  test('the devlink instance of a PCI function, and none for a link without a device', () => {
    expect(devlinkHandle('ens1f0', root)).toEqual({ bus: 'pci', device: '0000:81:00.0' });
    expect(devlinkHandle('veth0', root)).toBeUndefined();
  });

  test('a virtual device and an unknown one', () => {
    expect(readSysfsFacts('veth0', root)).toEqual({ virtual: true, isSriovVf: false });
    expect(readSysfsFacts('missing0', root)).toEqual({ virtual: true, isSriovVf: false });
  });
});

describe('a VF and its PF in one scan', () => {
  const base = { ifIndex: 1, type: 'device', mac: '02:00:00:00:00:01', state: 'up', virtual: false, ipv4: [], ipv6: [] };

  test('a VF gets its PF\'s MTU and speed; a VF whose PF is not in the scan, and a PF, get none', () => {
    const [pf, vf, orphan] = withPfFacts([
      { ...base, ifName: 'ens1f0', mtu: 9000, speedMbps: 25000, isSriovVf: false, sriovTotalVfs: 8 },
      { ...base, ifName: 'ens1f0v1', mtu: 1500, isSriovVf: true, pfName: 'ens1f0', vfIndex: 1 },
      { ...base, ifName: 'ens2v3', mtu: 1500, isSriovVf: true, vfIndex: 3 },
    ]);
    expect(vf).toMatchObject({ pfMtu: 9000, pfSpeedMbps: 25000 });
    expect(orphan).not.toHaveProperty('pfMtu');
    expect(pf).not.toHaveProperty('pfMtu');
  });
});

/**
 * What the inventory publishes for devices this host's kernel cannot make (the kernel lane's can):
 * dummy, VLAN and ipvlan links, an SR-IOV PF with VFs and its switchdev representors (netdevsim),
 * and a NIC carrying an RDMA device (rdma_rxe), each from a real scan of the kernel.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { defaultRouteIfIndexes, listDevices } from '../../netops/devices.ts';
import {
  describeWithKernel, KernelFixture, missingLinkKind, missingNetdevsim, missingRxe,
} from '../../netops/test/kernel-fixtures.ts';
import { buildCatalog, type Catalog } from './catalog.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

function scan(): Catalog {
  return buildCatalog({ scanned: listDevices(), uplinkIfIndexes: defaultRouteIfIndexes(), attached: new Map() });
}

function published(catalog: Catalog, ifName: string) {
  return catalog.entries.find((entry) => entry.info.ifName === ifName)?.device.attributes;
}

const missingStacked = missingLinkKind('dummy') ?? missingLinkKind('vlan', ['id', '7'], true) ?? missingLinkKind('ipvlan', ['mode', 'l3'], true);

describeWithKernel('dummy, VLAN and ipvlan links published', missingStacked, () => {
  test('each is offered with its kind, MTU and addresses', () => {
    const parent = fixture.veth('p');
    const dummy = fixture.link('d', 'dummy');
    const vlan = fixture.link('v', 'vlan', ['id', '7'], parent);
    const ipvlan = fixture.link('i', 'ipvlan', ['mode', 'l3'], parent);
    fixture.configure(vlan, { mtu: 1496, addresses: ['192.0.2.7/24'] });
    const catalog = scan();
    expect(published(catalog, dummy)).toMatchObject({ ifName: { string: dummy }, type: { string: 'dummy' }, virtual: { bool: true } });
    expect(published(catalog, vlan)).toMatchObject({ type: { string: 'vlan' }, mtu: { int: 1496 }, ipv4: { string: '192.0.2.7/24' } });
    expect(published(catalog, ipvlan)).toMatchObject({ type: { string: 'ipvlan' }, sriov: { bool: false }, rdma: { bool: false } });
  });
});

describeWithKernel('an SR-IOV PF on netdevsim published', missingNetdevsim(), () => {
  test('the PF is published as SR-IOV with its VF count; its representors are not offered', () => {
    const sim = fixture.netdevsim('pf');
    writeFileSync(`${sim.sysfs}/sriov_numvfs`, '3');
    execFileSync('devlink', ['dev', 'eswitch', 'set', sim.devlink, 'mode', 'switchdev']);
    const catalog = scan();
    expect(published(catalog, sim.pf)).toMatchObject({ sriov: { bool: true }, sriovVfs: { int: 3 }, sriovNumVfs: { int: 3 }, eswitchMode: { string: 'switchdev' }, isSriovVf: { bool: false } });
    const representors = sim.netdevs().filter((name) => name !== sim.pf);
    expect(representors).toHaveLength(3);
    for (const name of representors) expect(published(catalog, name)).toBeUndefined();
    expect(catalog.dropped.filter((drop) => 'ifName' in drop && representors.includes(drop.ifName)).map((drop) => drop.reason).sort())
      .toEqual(['switchdev representor of port pf0vf0', 'switchdev representor of port pf0vf1', 'switchdev representor of port pf0vf2']);
  });
});

describeWithKernel('a NIC with an rdma_rxe device published', missingRxe(), () => {
  test('the veth under the rxe device is published with rdma and the device name', () => {
    const veth = fixture.veth('r');
    const rxe = fixture.rxe('rxe', veth);
    expect(published(scan(), veth)).toMatchObject({ rdma: { bool: true }, rdmaDevice: { string: rxe } });
  });
});

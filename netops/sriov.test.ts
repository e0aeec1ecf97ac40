/**
 * SR-IOV as the kernel reports it, on netdevsim (the kernel lane builds it; this host's kernel has
 * none): the PF's VF count and VF table from RTM_GETLINK with RTEXT_FILTER_VF, and switchdev
 * representors told apart from the PF. Values are set with iproute2 and read back through our
 * netlink, and checked against what `ip -d link` decodes from the same kernel.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { listDevices } from './devices.ts';
import { isRepresentor, listLinks } from './link.ts';
import { NETLINK } from './netlink/constants.ts';
import { NetlinkSocket } from './netlink/socket.ts';
import { describeWithKernel, ip, ipJson, KernelFixture, missingNetdevsim } from './test/kernel-fixtures.ts';

const fixture = new KernelFixture();
afterEach(() => fixture.cleanup());

interface IpVf { vf: number; address: string }

function hostLinks() {
  const socket = NetlinkSocket.open(NETLINK.ROUTE, null);
  try {
    return listLinks(socket);
  } finally {
    socket.close();
  }
}

describeWithKernel('SR-IOV on netdevsim', missingNetdevsim(), () => {
  test('the PF reports its VF count and every VF setting, as `ip link set PF vf N` left them', () => {
    const sim = fixture.netdevsim('pf');
    writeFileSync(`${sim.sysfs}/sriov_numvfs`, '4');
    ip('link', 'set', sim.pf, 'vf', '0', 'mac', '02:00:00:00:00:01', 'vlan', '10', 'qos', '3', 'spoofchk', 'off', 'trust', 'on',
      'min_tx_rate', '10', 'max_tx_rate', '100', 'state', 'enable');
    ip('link', 'set', sim.pf, 'vf', '2', 'mac', '02:00:00:00:00:03', 'spoofchk', 'on', 'trust', 'off', 'state', 'disable');

    const pf = hostLinks().find((link) => link.name === sim.pf);
    expect(pf?.numVfs).toBe(4);
    expect(pf?.vfs).toEqual([
      { vf: 0, mac: '02:00:00:00:00:01', vlan: 10, qos: 3, vlanProto: '802.1Q', minTxRate: 10, maxTxRate: 100, spoofChk: false, trust: true, linkState: 'enable' },
      { vf: 1, mac: '00:00:00:00:00:00', vlan: 0, qos: 0, minTxRate: 0, maxTxRate: 0, spoofChk: false, trust: false, linkState: 'auto' },
      { vf: 2, mac: '02:00:00:00:00:03', vlan: 0, qos: 0, minTxRate: 0, maxTxRate: 0, spoofChk: true, trust: false, linkState: 'disable' },
      { vf: 3, mac: '00:00:00:00:00:00', vlan: 0, qos: 0, minTxRate: 0, maxTxRate: 0, spoofChk: false, trust: false, linkState: 'auto' },
    ]);
    const [oracle] = ipJson<Array<{ vfinfo_list: IpVf[] }>>('-d', 'link', 'show', 'dev', sim.pf);
    expect(pf?.vfs?.map((vf) => [vf.vf, vf.mac])).toEqual(oracle!.vfinfo_list.map((vf) => [vf.vf, vf.address]));
  });

  test('a PF with VFs is discovered as one, with its table; without VFs it reports none', () => {
    const sim = fixture.netdevsim('pf');
    expect(listDevices().find((device) => device.ifName === sim.pf)).toMatchObject({ ifName: sim.pf, isSriovVf: false });
    expect(listDevices().find((device) => device.ifName === sim.pf)?.sriovNumVfs).toBeUndefined();
    writeFileSync(`${sim.sysfs}/sriov_numvfs`, '2');
    const device = listDevices().find((candidate) => candidate.ifName === sim.pf);
    expect(device?.sriovNumVfs).toBe(2);
    expect(device?.vfs?.map((vf) => vf.vf)).toEqual([0, 1]);
    expect(device?.representorPort).toBeUndefined();
  });

  test('in switchdev mode the VF representors are recognised as such, and the PF is not one', () => {
    const sim = fixture.netdevsim('pf');
    writeFileSync(`${sim.sysfs}/sriov_numvfs`, '2');
    execFileSync('devlink', ['dev', 'eswitch', 'set', sim.devlink, 'mode', 'switchdev']);
    const representors = sim.netdevs().filter((name) => name !== sim.pf);
    expect(representors).toHaveLength(2);
    const links = hostLinks();
    const ports = representors.map((name) => links.find((link) => link.name === name)!);
    expect(ports.map((link) => link.physPortName).sort()).toEqual(['pf0vf0', 'pf0vf1']);
    expect(ports.every(isRepresentor)).toBe(true);
    const pf = links.find((link) => link.name === sim.pf)!;
    expect(pf.physSwitchId).toBe(ports[0]!.physSwitchId);
    expect(isRepresentor(pf)).toBe(false);
    const devices = listDevices();
    expect(representors.map((name) => devices.find((device) => device.ifName === name)?.representorPort).sort()).toEqual(['pf0vf0', 'pf0vf1']);
    expect(devices.find((device) => device.ifName === sim.pf)?.representorPort).toBeUndefined();
  });
});

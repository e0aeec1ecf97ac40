/**
 * The attachment record is the crash boundary: after a restart, detach has only what the codec
 * decodes from the checkpoint written before the move. Here a VF's settings go on through a
 * netdevsim PF (kernel lane; netdevsim's VFs have no netdevs, so a veth stands in for the VF's
 * netdev), the process "dies", and detach from the decoded record must put the VF table and the
 * link back exactly.
 */
import { writeFileSync } from 'node:fs';
import { beginAttach, detach } from '../../netops/attach.ts';
import { findLinkByName } from '../../netops/link.ts';
import { NETLINK } from '../../netops/netlink/constants.ts';
import { NetlinkSocket } from '../../netops/netlink/socket.ts';
import { describeWithKernel, KernelFixture, linkState, missingNetdevsim } from '../../netops/test/kernel-fixtures.ts';
import type { VfSettings } from '../../netops/vf.ts';
import { decodeAttachment, encodeAttachment } from './attachment.ts';

const WANTED: VfSettings = { mac: '02:00:00:00:02:02', vlan: 100, qos: 5, vlanProto: '802.1ad', spoofChk: false, trust: true, linkState: 'disable', minTxRate: 10, maxTxRate: 1000 };

describeWithKernel('a VF attach recovered from its record', missingNetdevsim(), () => {
  const fixture = new KernelFixture();
  afterEach(() => fixture.cleanup());

  function vfTable(pf: string) {
    const socket = NetlinkSocket.open(NETLINK.ROUTE, null);
    try {
      return findLinkByName(socket, pf, { vfs: true })!.vfs!;
    } finally {
      socket.close();
    }
  }

  test('detach from the checkpointed record (written before the move) restores the VF and the link', async () => {
    const sim = fixture.netdevsim('pf');
    writeFileSync(`/sys/class/net/${sim.pf}/device/sriov_numvfs`, '2');
    const nic = fixture.veth('d', { mtu: 1500, addresses: ['192.168.252.10/24'], routes: [['10.252.0.0/16', 'via', '192.168.252.1']] });
    const ns = fixture.netns('pod');
    const before = vfTable(sim.pf);
    const hostBefore = linkState(nic);
    const pending = beginAttach({ hostIfName: nic, netnsPath: ns.path, config: { interface: { name: 'net1' } }, vf: { pfIfName: sim.pf, vfIndex: 0, settings: WANTED } });
    const checkpoint = JSON.stringify(encodeAttachment(pending.attachment));
    await pending.complete();
    expect(vfTable(sim.pf)[0]).toEqual({ vf: 0, ...WANTED });
    // The process dies here; its successor has only the record.
    expect(await detach(decodeAttachment(JSON.parse(checkpoint)))).toEqual({ returned: true, warnings: [] });
    expect(vfTable(sim.pf)).toEqual(before);
    expect(linkState(nic)).toEqual(hostBefore);
  });
});

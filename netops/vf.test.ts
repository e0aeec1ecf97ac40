/**
 * VF settings through the PF. On the host: the RTM_SETLINK body against the UAPI structs, laid out
 * by a C program as iproute2 lays them out, and which settings a change sends. In the kernel lane,
 * on a netdevsim PF: every setting set, read back (through our netlink and through `ip -j -d`),
 * restored exactly by restoreVfSettings and by detach (after a normal attach, a rollback, and a
 * crash recovered from the checkpointed record: plugin/apis/attachment-crash.test.ts); the kernel's
 * refusals named and undone, and a restore the driver refuses in part (rates in switchdev mode)
 * still putting back every other setting. On the host, that sequencing against a scripted PF driver.
 *
 * netdevsim's VFs have no netdevs in legacy mode, so wherever a link is attached a veth stands in
 * for the VF's netdev while the settings go to VF N of the netdevsim PF.
 */
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { attach, AttachError, detach } from './attach.ts';
import { findLinkByName, type VfInfo } from './link.ts';
import { Attributes, MessageWriter } from './netlink/attributes.ts';
import { HEADER_SIZE, IFLA, IFLA_VF, NETLINK, NLM_F, NLMSG, RTM } from './netlink/constants.ts';
import { encodeMessage } from './netlink/message.ts';
import { NetlinkSocket, type SocketTransport } from './netlink/socket.ts';
import { compileOracle, RTNETLINK_BODY_C } from './test/c-oracle.ts';
import { describeWithKernel, ip, ipJson, KernelFixture, linkState, missingNetdevsim } from './test/kernel-fixtures.ts';
import { EVERY_VF_SETTING, measureVfAttach, measureVfMessages, median } from './test/vf-figures.ts';
import { cidr, ipAddr } from './test/values.ts';
import { applyVfSettings, changedAttributes, encodeVfChanges, readVf, restoreVfSettings, type VfSettings, VfSettingsError } from './vf.ts';

const FRESH: VfInfo = { vf: 3, mac: '00:00:00:00:00:00', vlan: 0, qos: 0, minTxRate: 0, maxTxRate: 0, spoofChk: false, trust: false, linkState: 'auto' };

describe('the RTM_SETLINK body', () => {
  let oracle: Record<string, Buffer>;
  beforeAll(() => {
    oracle = compileOracle(`${RTNETLINK_BODY_C}
      #include <linux/if_link.h>
      #include <linux/if_ether.h>
      #include <arpa/inet.h>
      int main(void) {
        begin(7);
        size_t list = nest(IFLA_VFINFO_LIST), info = nest(IFLA_VF_INFO);
        struct ifla_vf_mac mac = { .vf = 3, .mac = { 0x02, 0, 0, 0, 0x03, 0x33 } };
        struct ifla_vf_vlan vlan = { .vf = 3, .vlan = 100, .qos = 5 };
        struct ifla_vf_rate rate = { .vf = 3, .min_tx_rate = 10, .max_tx_rate = 1000 };
        struct ifla_vf_spoofchk spoof = { .vf = 3, .setting = 1 };
        struct ifla_vf_link_state state = { .vf = 3, .link_state = IFLA_VF_LINK_STATE_DISABLE };
        struct ifla_vf_trust trust = { .vf = 3, .setting = 1 };
        attr(IFLA_VF_MAC, &mac, sizeof mac); attr(IFLA_VF_VLAN, &vlan, sizeof vlan); attr(IFLA_VF_RATE, &rate, sizeof rate);
        attr(IFLA_VF_SPOOFCHK, &spoof, sizeof spoof); attr(IFLA_VF_LINK_STATE, &state, sizeof state); attr(IFLA_VF_TRUST, &trust, sizeof trust);
        end(info); end(list);
        dump("every");
        begin(7);
        list = nest(IFLA_VFINFO_LIST); info = nest(IFLA_VF_INFO);
        size_t vlans = nest(IFLA_VF_VLAN_LIST);
        struct ifla_vf_vlan_info qinq = { .vf = 3, .vlan = 200, .qos = 0, .vlan_proto = htons(ETH_P_8021AD) };
        attr(IFLA_VF_VLAN_INFO, &qinq, sizeof qinq);
        end(vlans); end(info); end(list);
        dump("qinq");
        return 0;
      }`);
  });

  const body = (current: VfInfo, wanted: VfSettings): Buffer =>
    encodeVfChanges(7, { ...current, ...wanted, vf: current.vf }, changedAttributes(current, wanted));

  test('every setting at once: ifla_vf_mac, _vlan, _rate, _spoofchk, _link_state, _trust, in the order the kernel applies them', () => {
    expect(body(FRESH, { mac: '02:00:00:00:03:33', vlan: 100, qos: 5, vlanProto: '802.1Q', minTxRate: 10, maxTxRate: 1000, spoofChk: true, linkState: 'disable', trust: true }))
      .toEqual(oracle.every);
  });

  test('an 802.1ad tag goes in IFLA_VF_VLAN_LIST as ifla_vf_vlan_info, its protocol big-endian', () => {
    expect(body(FRESH, { vlan: 200, vlanProto: '802.1ad' })).toEqual(oracle.qinq);
  });

  test('only settings that differ are sent; a VLAN or rate attribute carries the VF\'s other half', () => {
    const tagged: VfInfo = { ...FRESH, mac: '02:00:00:00:00:0a', vlan: 10, qos: 2, vlanProto: '802.1Q', maxTxRate: 500 };
    expect(changedAttributes(tagged, { mac: '02:00:00:00:00:0A', vlan: 10, vlanProto: '802.1Q', spoofChk: false })).toEqual([]);
    // A protocol for an untagged VF changes nothing the VF does.
    expect(changedAttributes(FRESH, { vlanProto: '802.1ad' })).toEqual([]);
    const qosOnly = vfAttributes(encodeVfChanges(7, { ...tagged, qos: 6 }, changedAttributes(tagged, { qos: 6 })));
    expect(qosOnly.types()).toEqual([IFLA_VF.VLAN]);
    expect([...qosOnly.get(IFLA_VF.VLAN)!]).toEqual([...Buffer.from('030000000a00000006000000', 'hex')]);
    const minOnly = vfAttributes(encodeVfChanges(7, { ...tagged, minTxRate: 100 }, changedAttributes(tagged, { minTxRate: 100 })));
    expect(minOnly.get(IFLA_VF.RATE)!.readUInt32LE(8)).toBe(500);
  });

  function vfAttributes(message: Buffer): Attributes {
    const list = new Attributes(message, HEADER_SIZE.ifinfomsg).nested(IFLA.VFINFO_LIST)!;
    return list.nested(IFLA_VF.INFO)!;
  }
});

/**
 * A PF's driver as the kernel's do_setvfinfo drives it, for one VF: the attributes of a change
 * applied in order until the first the driver refuses. `sent` lists the IFLA_VF_* types of each
 * RTM_SETLINK it got.
 */
function scriptedPf(vf: VfInfo, refused: ReadonlyMap<number, number>): SocketTransport & { vf: VfInfo; sent: number[][] } {
  const pf = { vf: { ...vf }, sent: [] as number[][] };
  const every = changedAttributes({ ...FRESH, vf: vf.vf, mac: '02:00:00:00:00:ff', vlan: 4094, minTxRate: 1, spoofChk: !vf.spoofChk, linkState: 'enable', trust: !vf.trust }, vf);
  const reply = (seq: number, errno: number): Buffer => {
    const code = Buffer.alloc(4 + HEADER_SIZE.nlmsghdr);
    code.writeInt32LE(-errno);
    return encodeMessage(NLMSG.ERROR, NLM_F.CAPPED, seq, code);
  };
  return Object.assign(pf, {
    openSocket: () => 42,
    closeSocket: () => undefined,
    transactAsync: async () => { throw new Error('not used'); },
    transact: (_fd: number, request: Buffer, seq: number): Buffer => {
      const type = request.readUInt16LE(4);
      if (type === RTM.GETLINK) {
        const link = Buffer.concat([encodeVfChanges(7, pf.vf, every), new MessageWriter().string(IFLA.IFNAME, 'pf0').finish()]);
        return encodeMessage(RTM.NEWLINK, 0, seq, link);
      }
      if (type !== RTM.SETLINK) throw new Error(`unexpected request ${type}`);
      const info = new Attributes(request, HEADER_SIZE.nlmsghdr + HEADER_SIZE.ifinfomsg).nested(IFLA.VFINFO_LIST)!.nested(IFLA_VF.INFO)!;
      pf.sent.push(info.types());
      for (const attribute of info.types()) {
        const errno = refused.get(attribute);
        if (errno) return reply(seq, errno);
        const value = info.get(attribute)!;
        const u32 = (offset: number): number => value.readUInt32LE(offset);
        switch (attribute) {
          case IFLA_VF.MAC: pf.vf.mac = [...value.subarray(4, 10)].map((byte) => byte.toString(16).padStart(2, '0')).join(':'); break;
          case IFLA_VF.VLAN: pf.vf.vlan = u32(4); pf.vf.qos = u32(8); if (pf.vf.vlan) pf.vf.vlanProto = '802.1Q'; else delete pf.vf.vlanProto; break;
          case IFLA_VF.RATE: pf.vf.minTxRate = u32(4); pf.vf.maxTxRate = u32(8); break;
          case IFLA_VF.SPOOFCHK: pf.vf.spoofChk = u32(4) === 1; break;
          case IFLA_VF.LINK_STATE: pf.vf.linkState = (['auto', 'enable', 'disable'] as const)[u32(4)]!; break;
          case IFLA_VF.TRUST: pf.vf.trust = u32(4) === 1; break;
          default: throw new Error(`unexpected VF attribute ${attribute}`);
        }
      }
      return reply(seq, 0);
    },
  });
}

describe('restore against a driver that refuses a setting', () => {
  const SNAPSHOT: VfInfo = { ...FRESH, vf: 0, spoofChk: true };
  const POD_SET: VfInfo = { vf: 0, mac: '02:00:00:00:00:31', vlan: 100, qos: 3, vlanProto: '802.1Q', minTxRate: 0, maxTxRate: 500, spoofChk: false, linkState: 'disable', trust: true };
  const target = { pfIfName: 'pf0', vfIndex: 0 };

  test('one message when the driver takes it all', () => {
    const pf = scriptedPf(POD_SET, new Map());
    const socket = NetlinkSocket.open(NETLINK.ROUTE, null, pf);
    expect(restoreVfSettings(socket, target, SNAPSHOT)).toBe(true);
    expect(pf.vf).toEqual(SNAPSHOT);
    expect(pf.sent).toEqual([[IFLA_VF.MAC, IFLA_VF.VLAN, IFLA_VF.RATE, IFLA_VF.SPOOFCHK, IFLA_VF.LINK_STATE, IFLA_VF.TRUST]]);
  });

  test('an all-zero MAC refused: what is left is sent one setting per message, all but the MAC come back, and the error names the MAC', () => {
    const pf = scriptedPf(POD_SET, new Map([[IFLA_VF.MAC, 22]]));
    const socket = NetlinkSocket.open(NETLINK.ROUTE, null, pf);
    const error = captured(() => restoreVfSettings(socket, target, SNAPSHOT));
    expect(error).toBeInstanceOf(VfSettingsError);
    expect((error as VfSettingsError).fields).toEqual(['mac']);
    expect((error as Error).message).toBe('restore VF 0 of pf0: vf.mac: the driver of PF pf0 refused mac 00:00:00:00:00:00 for VF 0 (EINVAL); its other settings were restored');
    expect(pf.vf).toEqual({ ...SNAPSHOT, mac: POD_SET.mac });
    expect(pf.sent).toEqual([
      [IFLA_VF.MAC, IFLA_VF.VLAN, IFLA_VF.RATE, IFLA_VF.SPOOFCHK, IFLA_VF.LINK_STATE, IFLA_VF.TRUST],
      [IFLA_VF.MAC], [IFLA_VF.VLAN], [IFLA_VF.RATE], [IFLA_VF.SPOOFCHK], [IFLA_VF.LINK_STATE], [IFLA_VF.TRUST],
    ]);
  });

  test('settings the kernel applied before the refusal are not sent again; two refusals are both named', () => {
    const pf = scriptedPf(POD_SET, new Map([[IFLA_VF.RATE, 95], [IFLA_VF.TRUST, 1]]));
    const socket = NetlinkSocket.open(NETLINK.ROUTE, null, pf);
    const error = captured(() => restoreVfSettings(socket, target, SNAPSHOT));
    expect((error as VfSettingsError).fields).toEqual(['maxTxRate', 'trust']);
    expect((error as Error).message).toMatch(/^restore VF 0 of pf0: vf\.maxTxRate: the driver of PF pf0 does not support setting maxTxRate on VF 0 \((ENOTSUP|EOPNOTSUPP)\); vf\.trust: the driver of PF pf0 refused trust false for VF 0 \(EPERM\); its other settings were restored$/);
    expect(pf.vf).toEqual({ ...SNAPSHOT, maxTxRate: 500, trust: true });
    expect(pf.sent.slice(1)).toEqual([[IFLA_VF.RATE], [IFLA_VF.SPOOFCHK], [IFLA_VF.LINK_STATE], [IFLA_VF.TRUST]]);
    // A retry sends only what is still off, one message and then one per setting, and fails the same way.
    pf.sent.length = 0;
    expect(() => restoreVfSettings(socket, target, SNAPSHOT)).toThrow(VfSettingsError);
    expect(pf.sent).toEqual([[IFLA_VF.RATE, IFLA_VF.TRUST], [IFLA_VF.RATE], [IFLA_VF.TRUST]]);
  });
});

interface IpVf {
  vf: number; address: string; vlan_list?: Array<{ vlan?: number; qos?: number; protocol?: string }>; vlan?: number; qos?: number;
  rate?: { max_tx: number; min_tx: number }; spoofchk?: boolean; link_state?: string; trust?: boolean;
}

/** The PF's VF table as iproute2 decodes it, in our terms. */
function ipVfTable(pf: string): VfInfo[] {
  const [link] = ipJson<Array<{ vfinfo_list?: IpVf[] }>>('-d', 'link', 'show', 'dev', pf);
  return (link?.vfinfo_list ?? []).map((vf) => {
    const tag = vf.vlan_list?.[0] ?? vf;
    const vlan = tag.vlan ?? 0;
    const info: VfInfo = {
      vf: vf.vf, mac: vf.address, vlan, qos: tag.qos ?? 0, minTxRate: vf.rate?.min_tx ?? 0, maxTxRate: vf.rate?.max_tx ?? 0,
      linkState: vf.link_state as VfInfo['linkState'],
    };
    if (vlan) info.vlanProto = vf.vlan_list?.[0]?.protocol === '802.1ad' ? '802.1ad' : '802.1Q';
    if (vf.spoofchk !== undefined) info.spoofChk = vf.spoofchk;
    if (vf.trust !== undefined) info.trust = vf.trust;
    return info;
  });
}

describeWithKernel('VF settings on netdevsim', missingNetdevsim(), () => {
  const fixture = new KernelFixture();
  let socket: NetlinkSocket;
  beforeEach(() => {
    socket = NetlinkSocket.open(NETLINK.ROUTE, null);
  });
  afterEach(() => {
    socket.close();
    fixture.cleanup();
  });

  function pfWithVfs(count: number): string {
    const sim = fixture.netdevsim('pf');
    setNumVfs(sim.pf, count);
    return sim.pf;
  }

  function setNumVfs(pf: string, count: number): void {
    writeFileSync(`/sys/class/net/${pf}/device/sriov_numvfs`, String(count));
  }

  /** Ours and iproute2's reading of the whole table, which must agree. */
  function vfTable(pf: string): VfInfo[] {
    const ours = findLinkByName(socket, pf, { vfs: true })!.vfs!;
    expect(ours).toEqual(ipVfTable(pf));
    return ours;
  }

  const WANTED: VfSettings = { mac: '02:00:00:00:02:02', vlan: 100, qos: 5, vlanProto: '802.1ad', spoofChk: false, trust: true, linkState: 'disable', minTxRate: 10, maxTxRate: 1000 };

  test.each([
    ['a fresh VF', 0],
    ['a VF configured before', 2],
  ])('%s: every setting is set, read back as set, and restored exactly; a second restore sends nothing', (_what, vfIndex) => {
    const pf = pfWithVfs(4);
    ip('link', 'set', pf, 'vf', '2', 'mac', '02:00:00:00:00:aa', 'vlan', '5', 'qos', '1', 'spoofchk', 'on', 'trust', 'off', 'state', 'enable', 'max_tx_rate', '50');
    const before = vfTable(pf);
    const target = { pfIfName: pf, vfIndex };

    expect(applyVfSettings(socket, target, WANTED)).toEqual(before[vfIndex]);
    expect(readVf(socket, target).settings).toEqual({ vf: vfIndex, ...WANTED });
    const during = vfTable(pf);
    expect(during.filter((vf) => vf.vf !== vfIndex)).toEqual(before.filter((vf) => vf.vf !== vfIndex));

    expect(restoreVfSettings(socket, target, before[vfIndex]!)).toBe(true);
    expect(vfTable(pf)).toEqual(before);
    expect(restoreVfSettings(socket, target, before[vfIndex]!)).toBe(true);
    expect(vfTable(pf)).toEqual(before);
  });

  test('a tag keeps the VF\'s protocol unless one is given; settings already in place are not sent', () => {
    const pf = pfWithVfs(2);
    const target = { pfIfName: pf, vfIndex: 1 };
    applyVfSettings(socket, target, { vlan: 10, vlanProto: '802.1ad' });
    applyVfSettings(socket, target, { vlan: 20 });
    expect(readVf(socket, target).settings).toMatchObject({ vlan: 20, vlanProto: '802.1ad' });
    const now = readVf(socket, target);
    expect(applyVfSettings(socket, target, { vlan: 20, spoofChk: now.settings.spoofChk ?? false }, now)).toEqual(now.settings);
  });

  describe('refusals name the setting and leave the PF as it was', () => {
    test.each([
      ['qos 8 (the MAC before it was set, then put back)', { mac: '02:00:00:00:00:11', qos: 8 }, /^vf\.qos: the driver of PF \S+ refused qos 8 for VF 1 \(EINVAL\); VF 1's settings were put back as they were$/],
      ['VLAN 4096 (netdevsim takes 4095, as ixgbe does: the claim config is what refuses it)', { vlan: 4096 }, /^vf\.vlan: the driver of PF \S+ refused vlan 4096 for VF 1 \(EINVAL\); VF 1's settings were put back/],
      ['a multicast MAC', { mac: '03:00:00:00:00:01', trust: true }, /^vf\.mac: the driver of PF \S+ refused mac 03:00:00:00:00:01 for VF 1 \(EINVAL\)/],
    ])('%s', (_what, settings, message) => {
      const pf = pfWithVfs(2);
      const before = vfTable(pf);
      const error = captured(() => applyVfSettings(socket, { pfIfName: pf, vfIndex: 1 }, settings as VfSettings));
      expect(error).toBeInstanceOf(VfSettingsError);
      expect((error as Error).message).toMatch(message);
      expect(vfTable(pf)).toEqual(before);
    });

    test('rates in switchdev mode, which netdevsim leaves to devlink: EOPNOTSUPP; the MAC set before is put back', () => {
      const sim = fixture.netdevsim('sw');
      writeFileSync(`${sim.sysfs}/sriov_numvfs`, '2');
      execFileSync('devlink', ['dev', 'eswitch', 'set', sim.devlink, 'mode', 'switchdev']);
      const before = vfTable(sim.pf);
      const error = captured(() => applyVfSettings(socket, { pfIfName: sim.pf, vfIndex: 0 }, { mac: '02:00:00:00:00:21', maxTxRate: 100, trust: true }));
      expect((error as VfSettingsError).fields).toEqual(['maxTxRate']);
      expect((error as Error).message).toMatch(/^vf\.maxTxRate: the driver of PF \S+ does not support setting maxTxRate on VF 0 \((ENOTSUP|EOPNOTSUPP)\); VF 0's settings were put back as they were$/);
      expect(vfTable(sim.pf)).toEqual(before);
    });

    test('a VF the PF does not have, before anything is sent', () => {
      const pf = pfWithVfs(2);
      const before = vfTable(pf);
      expect(() => applyVfSettings(socket, { pfIfName: pf, vfIndex: 2 }, { trust: true })).toThrow(`${pf} has no VF 2 (its VFs are 0-1)`);
      expect(() => readVf(socket, { pfIfName: `${fixture.prefix}no`, vfIndex: 0 })).toThrow(`PF ${fixture.prefix}no not found on the host`);
      expect(() => applyVfSettings(socket, { pfIfName: pf, vfIndex: 0 }, { maxTxRate: -1 })).toThrow('vf.maxTxRate: -1 is not an integer from 0 to 4294967295');
      expect(vfTable(pf)).toEqual(before);
    });
  });

  test('restoring through a renamed PF fails clearly; under its name again it works; a VF that is gone has nothing to restore', () => {
    const pf = pfWithVfs(2);
    const target = { pfIfName: pf, vfIndex: 1 };
    const before = applyVfSettings(socket, target, { trust: true });
    ip('link', 'set', pf, 'name', `${pf}x`);
    expect(() => restoreVfSettings(socket, target, before)).toThrow(`cannot restore VF 1 of ${pf}: no link of that name on the host (the PF was renamed or removed)`);
    ip('link', 'set', `${pf}x`, 'name', pf);
    expect(restoreVfSettings(socket, target, before)).toBe(true);
    expect(readVf(socket, target).settings).toEqual(before);
    setNumVfs(pf, 0);
    expect(restoreVfSettings(socket, target, before)).toBe(false);
  });

  test('rates refused on restore (the e-switch went to switchdev meanwhile, where netdevsim leaves rates to devlink): every other setting still comes back, the rates are named', () => {
    const sim = fixture.netdevsim('rs');
    setNumVfs(sim.pf, 2);
    const target = { pfIfName: sim.pf, vfIndex: 1 };
    const before = vfTable(sim.pf);
    applyVfSettings(socket, target, WANTED);
    execFileSync('devlink', ['dev', 'eswitch', 'set', sim.devlink, 'mode', 'switchdev']);
    const error = captured(() => restoreVfSettings(socket, target, before[1]!));
    expect((error as VfSettingsError).fields).toEqual(['minTxRate', 'maxTxRate']);
    expect((error as Error).message).toMatch(/^restore VF 1 of \S+: vf\.minTxRate, vf\.maxTxRate: the driver of PF \S+ does not support setting minTxRate and maxTxRate on VF 1 \((ENOTSUP|EOPNOTSUPP)\); its other settings were restored$/);
    expect(vfTable(sim.pf)).toEqual(before.map((vf) => (vf.vf === 1 ? { ...vf, minTxRate: WANTED.minTxRate, maxTxRate: WANTED.maxTxRate } : vf)));
  });

  describe('attach', () => {
    /** The veth that stands in for the VF's netdev (see the file comment), with an address and a route. */
    const standIn = (suffix: string): string =>
      fixture.veth(suffix, { mtu: 1500, addresses: ['192.168.252.10/24'], routes: [['10.252.0.0/16', 'via', '192.168.252.1']] });

    test('the settings go on through the PF before the move, are recorded as they were before, and detach restores them', async () => {
      const pf = pfWithVfs(2);
      const nic = standIn('a');
      const ns = fixture.netns('pod');
      const before = vfTable(pf);
      const hostBefore = linkState(nic);
      const { attachment } = await attach({ hostIfName: nic, netnsPath: ns.path, config: { interface: { name: 'net1' } }, vf: { pfIfName: pf, vfIndex: 1, settings: WANTED } });
      expect(attachment.vf).toEqual({ pfIfName: pf, vfIndex: 1, before: before[1], mac: WANTED.mac });
      expect(vfTable(pf)[1]).toEqual({ vf: 1, ...WANTED });
      expect(await detach(attachment)).toEqual({ returned: true, warnings: [] });
      expect(vfTable(pf)).toEqual(before);
      expect(linkState(nic)).toEqual(hostBefore);
      expect(await detach(attachment)).toEqual({ returned: true, warnings: [] });
      expect(vfTable(pf)).toEqual(before);
    });

    test('an attach that fails after the settings went on rolls them back with the link', async () => {
      const pf = pfWithVfs(2);
      const nic = standIn('b');
      const ns = fixture.netns('pod');
      const before = vfTable(pf);
      const hostBefore = linkState(nic);
      await expect(attach({
        hostIfName: nic, netnsPath: ns.path, vf: { pfIfName: pf, vfIndex: 0, settings: WANTED },
        config: { interface: { name: 'net1', addresses: [cidr('10.72.0.2/24')] }, routes: [{ destination: cidr('10.73.0.0/16'), gateway: ipAddr('10.99.0.1') }] },
      })).rejects.toThrow(/add route 10\.73\.0\.0\/16 via 10\.99\.0\.1: .*the link was returned to the host/);
      expect(vfTable(pf)).toEqual(before);
      expect(linkState(nic)).toEqual(hostBefore);
    });

    test('a refused setting fails the attach naming it, before the link moves', async () => {
      const pf = pfWithVfs(2);
      const nic = standIn('c');
      const ns = fixture.netns('pod');
      const before = vfTable(pf);
      const hostBefore = linkState(nic);
      const error = await attach({ hostIfName: nic, netnsPath: ns.path, config: {}, vf: { pfIfName: pf, vfIndex: 1, settings: { mac: '02:00:00:00:00:31', qos: 9 } } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AttachError);
      expect((error as Error).message).toMatch(new RegExp(`^attach ${nic} to \\S+ failed: vf\\.qos: the driver of PF ${pf} refused qos 9 for VF 1 \\(EINVAL\\); VF 1's settings were put back as they were; the link was returned to the host$`));
      expect(vfTable(pf)).toEqual(before);
      expect(linkState(nic)).toEqual(hostBefore);
      await expect(attach({ hostIfName: nic, netnsPath: ns.path, config: {}, vf: { pfIfName: pf, vfIndex: 5, settings: {} } }))
        .rejects.toThrow(`vf: ${pf} has no VF 5 (its VFs are 0-1)`);
    });

    test('a VF netdev that takes the admin MAC only later, inside the pod (at a VF reset), is still recognised and comes home', async () => {
      const pf = pfWithVfs(2);
      const nic = standIn('g');
      const ns = fixture.netns('pod');
      const hostBefore = linkState(nic);
      const { attachment } = await attach({ hostIfName: nic, netnsPath: ns.path, config: { interface: { name: 'net1' } }, vf: { pfIfName: pf, vfIndex: 0, settings: { mac: '02:00:00:00:07:07' } } });
      expect(attachment.vf?.mac).toBe('02:00:00:00:07:07');
      ip('-n', ns.name, 'link', 'set', 'net1', 'address', '02:00:00:00:07:07');
      expect(await detach(attachment)).toEqual({ returned: true, warnings: [] });
      expect(linkState(nic)).toEqual(hostBefore);
    });

    test('with the PF renamed, detach brings the link home and then fails naming the PF; under its name again a retry restores the VF', async () => {
      const pf = pfWithVfs(2);
      const nic = standIn('f');
      const ns = fixture.netns('pod');
      const before = vfTable(pf);
      const hostBefore = linkState(nic);
      const { attachment } = await attach({ hostIfName: nic, netnsPath: ns.path, config: { interface: { name: 'net1' } }, vf: { pfIfName: pf, vfIndex: 1, settings: WANTED } });
      ip('link', 'set', pf, 'name', `${pf}x`);
      await expect(detach(attachment)).rejects.toThrow(`cannot restore VF 1 of ${pf}: no link of that name on the host (the PF was renamed or removed)`);
      expect(linkState(nic)).toEqual(hostBefore);
      ip('link', 'set', `${pf}x`, 'name', pf);
      expect(await detach(attachment)).toEqual({ returned: true, warnings: [] });
      expect(vfTable(pf)).toEqual(before);
    });

    test('a VF setting the driver refuses at detach: the link and every other setting come home, then detach fails naming it', async () => {
      const sim = fixture.netdevsim('rd');
      setNumVfs(sim.pf, 2);
      const nic = standIn('h');
      const ns = fixture.netns('pod');
      const before = vfTable(sim.pf);
      const hostBefore = linkState(nic);
      const { attachment } = await attach({ hostIfName: nic, netnsPath: ns.path, config: { interface: { name: 'net1' } }, vf: { pfIfName: sim.pf, vfIndex: 1, settings: WANTED } });
      execFileSync('devlink', ['dev', 'eswitch', 'set', sim.devlink, 'mode', 'switchdev']);
      await expect(detach(attachment)).rejects.toThrow(/^restore VF 1 of \S+: vf\.minTxRate, vf\.maxTxRate: .*; its other settings were restored$/);
      expect(linkState(nic)).toEqual(hostBefore);
      expect(vfTable(sim.pf)).toEqual(before.map((vf) => (vf.vf === 1 ? { ...vf, minTxRate: WANTED.minTxRate, maxTxRate: WANTED.maxTxRate } : vf)));
    });

    test('a VF gone by the time of detach (the PF\'s VF count lowered) is a warning, not an error', async () => {
      const pf = pfWithVfs(2);
      const nic = standIn('g');
      const ns = fixture.netns('pod');
      const { attachment } = await attach({ hostIfName: nic, netnsPath: ns.path, config: {}, vf: { pfIfName: pf, vfIndex: 1, settings: { trust: true } } });
      setNumVfs(pf, 0);
      expect(await detach(attachment)).toEqual({ returned: true, warnings: [`VF 1 of ${pf} no longer exists; its settings went with it`] });
    });

    test('when the link died with its namespace, the VF\'s settings still go back', async () => {
      const pf = pfWithVfs(2);
      const nic = fixture.veth('e');
      const ns = fixture.netns('dies');
      const before = vfTable(pf);
      const { attachment } = await attach({ hostIfName: nic, netnsPath: ns.path, config: {}, vf: { pfIfName: pf, vfIndex: 1, settings: WANTED } });
      ip('netns', 'del', ns.name);
      const outcome = await detach(attachment);
      expect(outcome.returned).toBe(false);
      expect(vfTable(pf)).toEqual(before);
    });
  });

  test('figures: attach and detach with every VF setting vs without (printed, not judged: the lane\'s CPU is emulated)', async () => {
    const pf = pfWithVfs(2);
    const samples = await measureVfAttach(fixture, pf, 30);
    const line = (what: string, plain: number[], withVf: number[]): string =>
      `${what}: p50 ${median(plain).toFixed(3)} ms without, ${median(withVf).toFixed(3)} ms with VF settings (+${(median(withVf) - median(plain)).toFixed(3)} ms)`;
    process.stdout.write(`VF settings figures (${samples.attach.plain.length} interleaved pairs, every setting: ${JSON.stringify(EVERY_VF_SETTING)})\n`
      + `${line('attach', samples.attach.plain, samples.attach.withVf)}\n${line('detach', samples.detach.plain, samples.detach.withVf)}\n`);
    const messages = measureVfMessages(socket, { pfIfName: pf, vfIndex: 1 }, 50);
    process.stdout.write(`VF messages alone, p50 of 50: ${Object.entries(messages).map(([what, times]) => `${what} ${median(times).toFixed(3)} ms`).join(', ')}\n`);
    expect(samples.attach.withVf).toHaveLength(30);
  });
});

function captured(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

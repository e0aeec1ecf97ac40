/**
 * Link decoding of what this host's kernel never sends (its NICs have no VFs, no switchdev):
 * a C program builds RTM_NEWLINK messages with the UAPI structs of linux/if_link.h, the layout a
 * PF's VF table and a representor's switch port have; our decoder must read them, and must not
 * read past a struct shorter than its type. The kernel lane checks the same against netdevsim.
 */
import { decodeLink, isRepresentor } from './link.ts';
import { decodeMessages } from './netlink/message.ts';
import { compileOracle } from './test/c-oracle.ts';

const oracleSource = String.raw`
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_ether.h>
#include <arpa/inet.h>

static unsigned char buf[8192];
static size_t len;
static struct nlmsghdr *msg;
static void begin(void) {
  memset(buf, 0, sizeof buf); len = 0;
  msg = (struct nlmsghdr *)buf; msg->nlmsg_type = RTM_NEWLINK; len = NLMSG_HDRLEN;
  struct ifinfomsg *ifi = (struct ifinfomsg *)(buf + len); ifi->ifi_index = 5; ifi->ifi_type = 1;
  len += NLMSG_ALIGN(sizeof *ifi);
}
static void attr(uint16_t type, const void *data, uint16_t size) {
  struct nlattr *a = (struct nlattr *)(buf + len);
  a->nla_type = type; a->nla_len = NLA_HDRLEN + size;
  memcpy(buf + len + NLA_HDRLEN, data, size);
  len += NLA_HDRLEN + NLA_ALIGN(size);
}
static size_t nest(uint16_t type) { size_t at = len; attr(type, "", 0); return at; }
static void end(size_t at) { ((struct nlattr *)(buf + at))->nla_len = len - at; }
static void dump(const char *name) {
  msg->nlmsg_len = len;
  printf("%s=", name);
  for (size_t i = 0; i < len; i++) printf("%02x", buf[i]);
  printf("\n");
}
int main(void) {
  unsigned char pf_mac[6] = { 0x02, 0, 0, 0, 0, 0x10 }, switch_id[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
  uint32_t num_vfs = 3;
  begin();
  attr(IFLA_IFNAME, "ens1f0", 7); attr(IFLA_ADDRESS, pf_mac, 6); attr(IFLA_NUM_VF, &num_vfs, 4);
  size_t list = nest(IFLA_VFINFO_LIST);
  size_t vf = nest(IFLA_VF_INFO);
  struct ifla_vf_mac mac = { .vf = 0, .mac = { 0x02, 0, 0, 0, 0, 0x01 } };
  struct ifla_vf_vlan vlan = { .vf = 0, .vlan = 10, .qos = 3 };
  struct ifla_vf_tx_rate tx = { .vf = 0, .rate = 100 };
  struct ifla_vf_rate rate = { .vf = 0, .min_tx_rate = 10, .max_tx_rate = 100 };
  struct ifla_vf_spoofchk spoof = { .vf = 0, .setting = 0 };
  struct ifla_vf_trust trust = { .vf = 0, .setting = 1 };
  struct ifla_vf_link_state state = { .vf = 0, .link_state = IFLA_VF_LINK_STATE_ENABLE };
  attr(IFLA_VF_MAC, &mac, sizeof mac); attr(IFLA_VF_VLAN, &vlan, sizeof vlan); attr(IFLA_VF_TX_RATE, &tx, sizeof tx);
  attr(IFLA_VF_RATE, &rate, sizeof rate); attr(IFLA_VF_SPOOFCHK, &spoof, sizeof spoof);
  attr(IFLA_VF_LINK_STATE, &state, sizeof state); attr(IFLA_VF_TRUST, &trust, sizeof trust);
  end(vf);
  /* VF 2: an 802.1ad tag, which only IFLA_VF_VLAN_LIST tells (its protocol is big-endian). */
  vf = nest(IFLA_VF_INFO);
  struct ifla_vf_mac mac2 = { .vf = 2 };
  struct ifla_vf_vlan vlan2 = { .vf = 2, .vlan = 300, .qos = 1 };
  struct ifla_vf_vlan_info vlan_info2 = { .vf = 2, .vlan = 300, .qos = 1, .vlan_proto = htons(ETH_P_8021AD) };
  attr(IFLA_VF_MAC, &mac2, sizeof mac2); attr(IFLA_VF_VLAN, &vlan2, sizeof vlan2);
  size_t vlans = nest(IFLA_VF_VLAN_LIST); attr(IFLA_VF_VLAN_INFO, &vlan_info2, sizeof vlan_info2); end(vlans);
  end(vf);
  /* VF 1: a driver that reports no spoof check or trust (-1), only the old max-rate form, and a
     VLAN struct cut short, which must be ignored rather than read past. */
  vf = nest(IFLA_VF_INFO);
  struct ifla_vf_mac mac1 = { .vf = 1, .mac = { 0x02, 0, 0, 0, 0, 0x02 } };
  struct ifla_vf_tx_rate tx1 = { .vf = 1, .rate = 40 };
  struct ifla_vf_spoofchk spoof1 = { .vf = 1, .setting = (uint32_t)-1 };
  struct ifla_vf_trust trust1 = { .vf = 1, .setting = (uint32_t)-1 };
  struct ifla_vf_link_state state1 = { .vf = 1, .link_state = IFLA_VF_LINK_STATE_DISABLE };
  struct ifla_vf_vlan vlan1 = { .vf = 1, .vlan = 20, .qos = 0 };
  attr(IFLA_VF_MAC, &mac1, sizeof mac1); attr(IFLA_VF_TX_RATE, &tx1, sizeof tx1); attr(IFLA_VF_SPOOFCHK, &spoof1, sizeof spoof1);
  attr(IFLA_VF_TRUST, &trust1, sizeof trust1); attr(IFLA_VF_LINK_STATE, &state1, sizeof state1); attr(IFLA_VF_VLAN, &vlan1, 6);
  end(vf);
  end(list);
  dump("pf");
  begin();
  attr(IFLA_IFNAME, "eth3", 5); attr(IFLA_PHYS_PORT_NAME, "pf0vf1", 7); attr(IFLA_PHYS_SWITCH_ID, switch_id, 8);
  dump("representor");
  begin();
  attr(IFLA_IFNAME, "eth2", 5); attr(IFLA_PHYS_PORT_NAME, "p0", 3); attr(IFLA_PHYS_SWITCH_ID, switch_id, 8);
  dump("uplink");
  return 0;
}
`;

let oracle: Record<string, Buffer>;

beforeAll(() => {
  oracle = compileOracle(oracleSource);
});

function decode(name: string) {
  return decodeLink(decodeMessages(oracle[name]!)[0]!);
}

describe('a PF with VFs', () => {
  test('its VF count and every VF setting the kernel reports', () => {
    const pf = decode('pf');
    expect(pf.numVfs).toBe(3);
    expect(pf.vfs).toEqual([
      { vf: 0, mac: '02:00:00:00:00:01', vlan: 10, qos: 3, vlanProto: '802.1Q', minTxRate: 10, maxTxRate: 100, spoofChk: false, trust: true, linkState: 'enable' },
      { vf: 2, mac: '00:00:00:00:00:00', vlan: 300, qos: 1, vlanProto: '802.1ad', minTxRate: 0, maxTxRate: 0, linkState: 'auto' },
      // No spoofChk or trust: the driver does not say. A VLAN struct cut short reads as untagged.
      { vf: 1, mac: '02:00:00:00:00:02', vlan: 0, qos: 0, minTxRate: 0, maxTxRate: 40, linkState: 'disable' },
    ]);
    expect(isRepresentor(pf)).toBe(false);
  });
});

describe('switchdev ports', () => {
  test('a VF representor is one; the uplink port is not', () => {
    const representor = decode('representor');
    expect(representor).toMatchObject({ physPortName: 'pf0vf1', physSwitchId: '0102030405060708' });
    expect(isRepresentor(representor)).toBe(true);
    expect(isRepresentor(decode('uplink'))).toBe(false);
    expect(isRepresentor({ physPortName: 'pf0vf1' })).toBe(false);
  });
});

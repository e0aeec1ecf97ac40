/**
 * Kernel UAPI numbers netclaim speaks. Each group is named after its C prefix and each key after
 * the rest of the macro name (IFLA.MTU is IFLA_MTU), so constants.test.ts can check every value
 * against the installed kernel headers by compiling a C program.
 */

export const NETLINK = { ROUTE: 0, RDMA: 20 } as const;

export const NLMSG = { NOOP: 1, ERROR: 2, DONE: 3, OVERRUN: 4 } as const;

export const NLM_F = {
  REQUEST: 0x1, MULTI: 0x2, ACK: 0x4, ECHO: 0x8, DUMP_INTR: 0x10,
  ROOT: 0x100, MATCH: 0x200, DUMP: 0x300,
  REPLACE: 0x100, EXCL: 0x200, CREATE: 0x400,
  CAPPED: 0x100, ACK_TLVS: 0x200,
} as const;

export const NLMSGERR_ATTR = { MSG: 1, OFFS: 2 } as const;

export const RTM = {
  NEWLINK: 16, DELLINK: 17, GETLINK: 18, SETLINK: 19,
  NEWADDR: 20, DELADDR: 21, GETADDR: 22,
  NEWROUTE: 24, DELROUTE: 25, GETROUTE: 26,
  NEWNEIGH: 28, DELNEIGH: 29, GETNEIGH: 30,
  NEWRULE: 32, DELRULE: 33, GETRULE: 34,
  NEWQDISC: 36, DELQDISC: 37, GETQDISC: 38,
  GETNEXTHOP: 106,
} as const;

export const RTNLGRP = { LINK: 1 } as const;

export const IFLA = {
  ADDRESS: 1, IFNAME: 3, MTU: 4, LINK: 5, MASTER: 10, OPERSTATE: 16, LINKINFO: 18,
  IFALIAS: 20, NUM_VF: 21, VFINFO_LIST: 22, NET_NS_FD: 28, EXT_MASK: 29, LINK_NETNSID: 37, PHYS_SWITCH_ID: 36, PHYS_PORT_NAME: 38, GSO_MAX_SEGS: 40,
  GSO_MAX_SIZE: 41, TARGET_NETNSID: 46, MIN_MTU: 50, MAX_MTU: 51, ALT_IFNAME: 53,
  PERM_ADDRESS: 54, PARENT_DEV_NAME: 56, GRO_MAX_SIZE: 58,
} as const;

export const IFLA_INFO = { KIND: 1, DATA: 2, SLAVE_KIND: 4 } as const;
/** IFLA_INFO_DATA of the sub-interface kinds (linux/if_link.h). */
export const IFLA_MACVLAN = { MODE: 1 } as const;
export const MACVLAN_MODE = { PRIVATE: 1, VEPA: 2, BRIDGE: 4, PASSTHRU: 8 } as const;
export const IFLA_IPVLAN = { MODE: 1, FLAGS: 2 } as const;
export const IPVLAN_MODE = { L2: 0, L3: 1, L3S: 2 } as const;
/** No flag is bridge mode. */
export const IPVLAN_F = { PRIVATE: 0x1, VEPA: 0x2 } as const;
export const IFLA_VLAN = { ID: 1, PROTOCOL: 5 } as const;
/** VLAN tag protocols, sent big-endian in IFLA_VLAN_PROTOCOL. */
export const ETH_P = { '8021Q': 0x8100, '8021AD': 0x88a8 } as const;
/** Traffic control (linux/rtnetlink.h, linux/pkt_sched.h). */
export const TCA = { KIND: 1, OPTIONS: 2 } as const;
export const TCA_TBF = { PARMS: 1, RATE64: 4, BURST: 6 } as const;
export const TC_H = { ROOT: 0xffffffff } as const;
export const TC_LINKLAYER = { ETHERNET: 1 } as const;

/** A PF's VF table: IFLA_VFINFO_LIST holds one IFLA_VF_INFO nest per VF, with these inside. */
export const IFLA_VF = {
  INFO: 1, MAC: 1, VLAN: 2, TX_RATE: 3, SPOOFCHK: 4, LINK_STATE: 5, RATE: 6, TRUST: 9, VLAN_LIST: 12, VLAN_INFO: 1,
} as const;

export const IFLA_VF_LINK_STATE = { AUTO: 0, ENABLE: 1, DISABLE: 2 } as const;

/** Link flags (ifi_flags). */
export const IFF = { UP: 0x1, LOOPBACK: 0x8, LOWER_UP: 0x10000 } as const;

export const IFA = { ADDRESS: 1, LOCAL: 2, LABEL: 3, CACHEINFO: 6, FLAGS: 8 } as const;

export const IFA_F = { SECONDARY: 0x1, NODAD: 0x2, DADFAILED: 0x8, DEPRECATED: 0x20, TENTATIVE: 0x40, PERMANENT: 0x80, NOPREFIXROUTE: 0x200 } as const;

export const RTA = { DST: 1, SRC: 2, OIF: 4, GATEWAY: 5, PRIORITY: 6, PREFSRC: 7, MULTIPATH: 9, TABLE: 15, VIA: 18, NH_ID: 30 } as const;

/** Nexthop object attributes (linux/nexthop.h). */
export const NHA = { ID: 1, GROUP: 2, OIF: 5 } as const;

export const RT_SCOPE = { UNIVERSE: 0, SITE: 200, LINK: 253, HOST: 254, NOWHERE: 255 } as const;

export const RT_TABLE = { UNSPEC: 0, DEFAULT: 253, MAIN: 254, LOCAL: 255 } as const;

export const RTN = { UNSPEC: 0, UNICAST: 1, LOCAL: 2, BROADCAST: 3, ANYCAST: 4, MULTICAST: 5 } as const;

export const RTPROT = { UNSPEC: 0, KERNEL: 2, BOOT: 3, STATIC: 4, RA: 9 } as const;

export const FRA = { DST: 1, SRC: 2, PRIORITY: 6, TABLE: 15 } as const;

export const FR_ACT = { TO_TBL: 1 } as const;

export const NDA = { DST: 1, LLADDR: 2 } as const;

export const NUD = { NOARP: 0x40, PERMANENT: 0x80 } as const;

/** IFLA_EXT_MASK bits: SKIP_STATS leaves out the per-VF counters a VF table would carry. */
export const RTEXT_FILTER = { VF: 1, SKIP_STATS: 8 } as const;

/** Family header sizes (ifinfomsg, ifaddrmsg, rtmsg, fib_rule_hdr, ndmsg, nhmsg, tcmsg). */
export const HEADER_SIZE = { nlmsghdr: 16, ifinfomsg: 16, ifaddrmsg: 8, rtmsg: 12, fib_rule_hdr: 12, ndmsg: 12, nhmsg: 8, tcmsg: 20 } as const;

/** RDMA netlink (rdma/rdma_netlink.h). Message type = RDMA_NL_GET_TYPE(client, op) = client << 10 | op. */
export const RDMA_NL = { NLDEV: 5 } as const;

export const RDMA_NLDEV_CMD = { GET: 1, SET: 2, PORT_GET: 5, SYS_GET: 6, SYS_SET: 7, GET_CHARDEV: 15 } as const;

export const RDMA_NLDEV_ATTR = {
  DEV_INDEX: 1, DEV_NAME: 2, PORT_INDEX: 3, PORT_STATE: 12, NDEV_INDEX: 50, NDEV_NAME: 51, CHARDEV_TYPE: 69, CHARDEV_NAME: 70,
  DEV_PROTOCOL: 67,
} as const;

/** These two sit in the same attribute space but lack the ATTR_ infix in the header. */
export const RDMA_NLDEV = { NET_NS_FD: 68 } as const;
export const RDMA_NLDEV_SYS_ATTR = { NETNS_MODE: 66 } as const;

export function rdmaMessageType(op: number): number {
  return (RDMA_NL.NLDEV << 10) + op;
}

import type { VfInfo } from './link.ts';

/**
 * What netclaim knows about one host network device: the link as netlink reports it, enriched
 * from sysfs. Inventory publishes it (as ResourceSlice attributes) and prepare checks claims
 * against it. Optional fields are absent when the kernel does not know them (a veth has no PCI
 * address, a VM NIC may have no NUMA node): publishers must omit them, not invent defaults.
 */
export interface DeviceInfo {
  /** Kernel interface name on the host, e.g. "enp3s0f0". */
  ifName: string;
  ifIndex: number;
  /** Link kind from IFLA_INFO_KIND ("veth", "macvlan", "bridge", ...); "device" for plain hardware NICs. */
  type: string;
  mac: string;
  mtu: number;
  /** Operational state: "up", "down", "lowerlayerdown", "unknown", ... */
  state: string;
  /** Administratively up (IFF_UP) and with carrier (IFF_LOWER_UP), as the kernel flags say; device health reads them. */
  adminUp?: boolean;
  carrier?: boolean;
  /** True when the device is not backed by hardware (its sysfs node is under /sys/devices/virtual). */
  virtual: boolean;
  /** Global addresses as CIDRs. */
  ipv4: string[];
  ipv6: string[];
  /** Index of the bridge/bond this link is enslaved to. */
  masterIndex?: number;
  /** Index of the link this one is stacked on (macvlan's parent, veth's peer in the same netns). */
  lowerIndex?: number;
  /** PCI function address, e.g. "0000:03:00.1". */
  pciAddress?: string;
  /** PCI vendor and device ids, 4 hex digits each, e.g. "15b3", "101d". */
  pciVendor?: string;
  pciDevice?: string;
  /** The PCIe root complex the device hangs under, e.g. "pci0000:00" (matches GPUs on the same root). */
  pcieRoot?: string;
  numaNode?: number;
  /** Kernel driver bound to the device, e.g. "mlx5_core". */
  driver?: string;
  /**
   * SR-IOV physical function: how many VFs it can have (sysfs sriov_totalvfs, PCI only) and how
   * many it has now (the kernel's IFLA_NUM_VF, else sysfs).
   */
  sriovTotalVfs?: number;
  sriovNumVfs?: number;
  /** The PF's VFs with their settings, as the PF reports them. */
  vfs?: VfInfo[];
  isSriovVf: boolean;
  /** A VF's PF: its netdev name on the host (sysfs physfn/net), absent when the PF has no netdev (bound to vfio-pci, or in a pod). */
  pfName?: string;
  /**
   * A VF's PF: its PCI address (the sysfs `physfn` link), which names it whatever its netdev is
   * called, wherever that netdev is, and whether it has one: what the PF/VF exclusion keys on.
   */
  pfPciAddress?: string;
  /** A VF's PF's MTU and link speed (Mb/s, when it reports one), from the same scan: the VF's cannot exceed them. */
  pfMtu?: number;
  pfSpeedMbps?: number;
  /** A VF's number on its PF (the N of the PF's sysfs virtfnN), as IFLA_VFINFO_LIST and `ip link set PF vf N` count. */
  vfIndex?: number;
  /**
   * A PF's e-switch mode, as devlink reports it; where devlink does not answer, "switchdev" when
   * representors of its VFs exist (ports sharing its physSwitchId), else "legacy". Set only on a
   * PF with VFs or the capacity for them.
   */
  eswitchMode?: 'legacy' | 'switchdev';
  /** Set on a switchdev representor of a VF or SF: its eswitch port name, e.g. "pf0vf1". Never offered. */
  representorPort?: string;
  /** RDMA device bound to this NIC, e.g. "mlx5_0". */
  rdmaDevice?: string;
  /** Its device nodes as containers see them, e.g. /dev/infiniband/uverbs0 and /dev/infiniband/rdma_cm. */
  rdmaCharDevices?: string[];
  /** The state of its RDMA port over this link ("ACTIVE", "DOWN", ...), when the kernel says. */
  rdmaPortState?: string;
  /** Link speed in Mb/s when the driver reports one. */
  speedMbps?: number;
}

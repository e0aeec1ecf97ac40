/**
 * Checks one claim the kubelet asked to prepare and turns it into a PreparedClaim. Pure: the
 * claim comes already read from the API server, the devices from the inventory, and what vfio
 * needs of a PCI function (its driver and IOMMU group) from the inspector it is given.
 *
 * A claim must be reserved for exactly one pod. A whole NIC (or VF) is a netdev, and a netdev is
 * in one network namespace at a time, so a claim shared by several pods cannot give each of them
 * its devices; failing prepare with that reason is better than attaching to whichever pod's
 * sandbox starts first and leaving the others without the network they asked for. Users share
 * a NIC's capacity through separate claims (a ResourceClaimTemplate per pod).
 */
import type { AllocationConfig, AllocationResult, ResourceClaimView } from './claim.ts';
import type { IpPool } from '../apis/ip-pool.ts';
import { ClaimConfigError, resolveRequestConfig, type ResolvedRequestConfig } from './request-config.ts';
import { isVfioDevice, PLAN_VERSION, type ClaimRef, type NetdevPlannedDevice, type PreparedClaim, type VfioPlannedDevice } from './plan.ts';
import type { InterfaceConfig } from '../apis/config.ts';
import { VFIO_PCI, type VfioInspection } from '../../netops/vfio.ts';
import { errorMessage } from '../errors.ts';
import { allocationShare, type AllocationShare, checkInterfaceType, ShareError } from './shares.ts';

/**
 * Names every pod's network namespace already has: loopback, and eth0, the name containerd and
 * CRI-O give the CNI interface. A device renamed onto one of them would fail at sandbox start.
 */
const POD_INTERFACES = new Set(['lo', 'eth0']);

/** What prepare needs to know about one device of this node: a netdev, or a function bound to vfio-pci. */
export type DeviceEntry = NetdevEntry | VfioFunctionEntry;

/** A device with a netdev on the host. */
export interface NetdevEntry {
  pool: string;
  /** The kernel interface name on the host. */
  ifName: string;
  /** Its PCI function, when it is one: what `driver: "vfio-pci"` binds. */
  pciAddress?: string;
  /**
   * Why the node keeps this link for itself (its uplink, loopback), when it does: such a device
   * is never moved into a pod, even if an allocation made before the default route moved names it.
   */
  keptForNode?: string;
  /** The RDMA device of the NIC (e.g. mlx5_0), moved into the pod with it; absent without RDMA. */
  rdmaDevice?: string;
  /** /dev/infiniband/... nodes of the device's RDMA function; absent without RDMA. */
  rdmaCharDevices?: string[];
  /** Set when the device is an SR-IOV VF (see SriovVfFacts). */
  sriovVf?: SriovVfFacts;
}

/**
 * A VF's PF: its PCI address and host interface name, the VF's number on it (each absent when
 * sysfs does not say; the name also while the PF is in a pod), and the PF's MTU and link speed,
 * which bound the VF's.
 */
export interface SriovVfFacts {
  pfPciAddress?: string;
  pfIfName?: string;
  vfIndex?: number;
  pfMtu?: number;
  pfSpeedMbps?: number;
}

/** A PCI function already bound to vfio-pci: it has no netdev, and only `driver: "vfio-pci"` can have it. */
export interface VfioFunctionEntry {
  pool: string;
  pciAddress: string;
  /** Set when the function is an SR-IOV VF (see SriovVfFacts). */
  sriovVf?: SriovVfFacts;
}

/** Reads a PCI function's driver and IOMMU group (netops inspectForVfio); throws with the reason vfio cannot have it. */
export type VfioInspector = (pciAddress: string) => VfioInspection;

export interface DeviceLookup {
  byDeviceName(name: string): DeviceEntry | undefined;
}

export interface ClaimCheckInput {
  /** The DRA driver name: only the claim's results and configs for it are ours. */
  driverName: string;
  /** The claim as the kubelet named it. */
  ref: ClaimRef;
  claim: ResourceClaimView;
  devices: DeviceLookup;
  /** For devices asked for with `driver: "vfio-pci"`; absent: such a claim is refused. */
  vfio?: VfioInspector | undefined;
}

/** A claim that cannot be prepared; the message is what the user sees in the pod's events. */
export class ClaimCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimCheckError';
  }
}

/** A checked claim, and the pool each device that asked for pool addresses draws from. */
export interface CheckedClaim {
  prepared: PreparedClaim;
  pools: ReadonlyMap<NetdevPlannedDevice, IpPool>;
}

export function checkClaim({ driverName, ref, claim, devices, vfio }: ClaimCheckInput): CheckedClaim {
  const apiUid = claim.metadata?.uid;
  if (apiUid !== ref.uid) {
    throw new ClaimCheckError(`ResourceClaim ${ref.namespace}/${ref.name} was replaced: the API server has uid ${apiUid ?? '(none)'}, the kubelet asked for ${ref.uid}`);
  }
  const allocation = claim.status?.allocation;
  if (!allocation) throw new ClaimCheckError('claim is not allocated: status.allocation is empty');
  const results = (allocation.devices?.results ?? []).filter((result) => result.driver === driverName);
  if (results.length === 0) throw new ClaimCheckError(`claim has no allocated device of driver ${driverName} in status.allocation.devices.results`);

  const pods = (claim.status?.reservedFor ?? []).filter((consumer) => consumer.resource === 'pods' && !consumer.apiGroup);
  const pod = pods[0];
  if (!pod) throw new ClaimCheckError('claim is not reserved for any pod (status.reservedFor has no pod)');
  if (pods.length > 1) {
    throw new ClaimCheckError(`claim is reserved for ${pods.length} pods (${pods.map((p) => p.name).join(', ')}), but a network device can be in only one pod's network namespace; give each pod its own claim, e.g. with a ResourceClaimTemplate`);
  }

  const configs = allocation.devices?.config ?? [];
  const pools = new Map<NetdevPlannedDevice, IpPool>();
  const peers = new Map<VfioPlannedDevice, string[]>();
  const planned = results.map((result) => {
    const one = planDevice(result, devices, configs, driverName, vfio);
    if ('groupPeers' in one) peers.set(one.device, one.groupPeers);
    else if (one.pool) pools.set(one.device, one.pool);
    return one.device;
  });
  checkGroupsWhole(peers);
  const byPodIfName = new Map<string, NetdevPlannedDevice>();
  for (const device of planned) {
    if (isVfioDevice(device)) continue;
    if (POD_INTERFACES.has(device.podIfName)) {
      throw new ClaimCheckError(`request "${device.request}" device "${device.device}": every pod already has an interface named "${device.podIfName}"; set interface.name in the claim's config to another name`);
    }
    const other = byPodIfName.get(device.podIfName);
    if (other) {
      throw new ClaimCheckError(`devices "${other.device}" (request "${other.request}") and "${device.device}" (request "${device.request}") would both be named "${device.podIfName}" in the pod; set a different interface.name for one of them`);
    }
    byPodIfName.set(device.podIfName, device);
  }
  return { prepared: { version: PLAN_VERSION, claim: ref, pod: { name: pod.name, uid: pod.uid }, devices: planned }, pools };
}

/**
 * What a VF's config may not ask of the device: VF settings on a device that is no VF (or whose
 * PF sysfs does not name), rates above the PF's link speed, an MTU above the PF's.
 */
function checkVf(where: string, name: string, entry: NetdevEntry, config: ResolvedRequestConfig['config']): void {
  const vf = entry.sriovVf;
  if (config.vf && !vf) {
    throw new ClaimCheckError(`${where}: vf: device "${name}" (host interface ${entry.ifName}) is not an SR-IOV VF; VF settings apply only to a VF, set through its PF`);
  }
  if (!vf) return;
  if (config.vf && (vf.pfIfName === undefined || vf.vfIndex === undefined)) {
    throw new ClaimCheckError(`${where}: vf: the PF of VF ${entry.ifName} ${vf.pfIfName === undefined ? 'has no network interface on the host' : 'does not list it (no virtfnN link in sysfs)'}, so its VF settings cannot be set`);
  }
  for (const field of ['maxTxRate', 'minTxRate'] as const) {
    const rate = config.vf?.[field];
    if (rate !== undefined && vf.pfSpeedMbps !== undefined && rate > vf.pfSpeedMbps) {
      throw new ClaimCheckError(`${where}: vf.${field}: ${rate} Mbit/s is above the link speed of PF ${vf.pfIfName ?? '(unknown)'} (${vf.pfSpeedMbps} Mbit/s)`);
    }
  }
  const mtu = config.interface?.mtu;
  if (mtu !== undefined && vf.pfMtu !== undefined && mtu > vf.pfMtu) {
    throw new ClaimCheckError(`${where}: interface.mtu: ${mtu} is above the MTU of PF ${vf.pfIfName ?? '(unknown)'} (${vf.pfMtu}); a VF's frames go out through its PF, so raise the PF's MTU first`);
  }
}

/**
 * /dev/vfio/<group> opens every function of the group: the claim must have them all, or the pod
 * could reach functions allocated to no one or to another pod. (One claim: functions of a group
 * spread over several claims would each be refused, however they were allocated.)
 */
function checkGroupsWhole(peers: ReadonlyMap<VfioPlannedDevice, string[]>): void {
  const claimed = new Set([...peers.keys()].map((device) => device.vfio.pciAddress));
  for (const [device, groupPeers] of peers) {
    const missing = groupPeers.filter((peer) => !claimed.has(peer));
    if (missing.length) {
      throw new ClaimCheckError(`request "${device.request}" device "${device.device}": PCI function ${device.vfio.pciAddress} shares IOMMU group ${device.vfio.iommuGroup} with ${missing.join(', ')}, `
        + 'which this claim did not get; vfio gives a pod an IOMMU group whole: allocate every function of the group in the same claim');
    }
  }
}

/** A netdev device with the pool it draws addresses from, or a vfio device with the other functions of its IOMMU group. */
type PlannedOne = { device: NetdevPlannedDevice; pool?: IpPool } | { device: VfioPlannedDevice; groupPeers: string[] };

function planDevice(result: AllocationResult, devices: DeviceLookup, configs: readonly AllocationConfig[], driver: string, vfio: VfioInspector | undefined): PlannedOne {
  const where = `request "${result.request}" device "${result.device}"`;
  if (result.adminAccess) {
    throw new ClaimCheckError(`${where}: admin access is not supported for network devices: moving the interface into this pod would take it away from the pod it is allocated to`);
  }
  const entry = devices.byDeviceName(result.device);
  if (!entry) throw new ClaimCheckError(`${where}: no such device on this node (pool "${result.pool}"); it may have been removed since it was allocated`);
  if (entry.pool !== result.pool) {
    throw new ClaimCheckError(`${where}: allocated from pool "${result.pool}", but this node publishes it in pool "${entry.pool}"`);
  }
  if ('ifName' in entry && entry.keptForNode !== undefined) {
    throw new ClaimCheckError(`${where}: host interface ${entry.ifName} stays with the node (${entry.keptForNode}); it cannot be moved into a pod`);
  }
  let resolved: ResolvedRequestConfig;
  let share: AllocationShare | undefined;
  try {
    share = allocationShare(result, driver);
    resolved = resolveRequestConfig(configs, driver, result.request);
    checkInterfaceType(resolved.config.interface?.type, share);
  } catch (error) {
    if (error instanceof ClaimConfigError || error instanceof ShareError) throw new ClaimCheckError(`${where}: ${error.message}`);
    throw error;
  }
  const { config, pool } = resolved;
  if (config.driver === VFIO_PCI) return planVfioDevice(result, entry, config, share, vfio);
  if (!('ifName' in entry)) {
    throw new ClaimCheckError(`${where}: PCI function ${entry.pciAddress} is bound to vfio-pci and has no netdev; set driver: "vfio-pci" in the claim's config to get it for a userspace driver`);
  }
  checkVf(where, result.device, entry, config);
  const vf = vfPlacement(where, entry);
  const device: NetdevPlannedDevice = {
    request: result.request,
    pool: result.pool,
    device: result.device,
    hostIfName: entry.ifName,
    podIfName: config.interface?.name ?? entry.ifName,
    ...(entry.pciAddress === undefined ? {} : { pciAddress: entry.pciAddress }),
    config,
    // A child of a shared parent has no RDMA function of its own: the parent's stays on the host.
    ...(entry.rdmaDevice && !share ? { rdmaDevice: entry.rdmaDevice } : {}),
    rdmaCharDevices: share ? [] : entry.rdmaCharDevices ?? [],
    ...(vf ? { vf } : {}),
    ...share,
  };
  return pool ? { device, pool } : { device };
}

function planVfioDevice(result: AllocationResult, entry: DeviceEntry, config: InterfaceConfig, share: AllocationShare | undefined, vfio: VfioInspector | undefined): PlannedOne & { groupPeers: string[] } {
  const where = `request "${result.request}" device "${result.device}"`;
  if (share) throw new ClaimCheckError(`${where}: driver "vfio-pci" takes the whole function; it cannot be given as a share of a shared device`);
  if (entry.pciAddress === undefined) throw new ClaimCheckError(`${where}: driver "vfio-pci" needs a PCI function, and host interface ${'ifName' in entry ? entry.ifName : ''} is none`);
  if (!vfio) throw new ClaimCheckError(`${where}: this agent does not bind devices to vfio-pci`);
  let inspection: VfioInspection;
  try {
    inspection = vfio(entry.pciAddress);
  } catch (error) {
    throw new ClaimCheckError(`${where}: ${errorMessage(error)}`);
  }
  const { groupPeers, ...binding } = inspection;
  const vf = vfPlacement(where, entry);
  return { device: { request: result.request, pool: result.pool, device: result.device, config, vfio: binding, ...(vf ? { vf } : {}) }, groupPeers };
}

/**
 * A VF's placement for the record; undefined for a device that is no VF. A VF whose PF sysfs
 * does not name is refused: planned without one it would pass for a PF, and be moved into a pod
 * next to its PF or keep its PF from nothing.
 */
function vfPlacement(where: string, entry: DeviceEntry): NonNullable<NetdevPlannedDevice['vf']> | undefined {
  const vf = entry.sriovVf;
  if (!vf) return undefined;
  const name = 'ifName' in entry ? `VF ${entry.ifName}` : `VF ${entry.pciAddress}`;
  if ((vf.pfPciAddress === undefined && vf.pfIfName === undefined) || vf.vfIndex === undefined) {
    throw new ClaimCheckError(`${where}: ${name} is an SR-IOV VF but sysfs ${vf.vfIndex === undefined ? 'does not give its number on its PF (no virtfnN link)' : 'does not name its PF (no physfn link)'}; `
      + 'it cannot be kept apart from its PF, so it is not prepared');
  }
  return {
    ...(vf.pfIfName === undefined ? {} : { pfIfName: vf.pfIfName }),
    ...(vf.pfPciAddress === undefined ? {} : { pfPciAddress: vf.pfPciAddress }),
    vfIndex: vf.vfIndex,
  };
}

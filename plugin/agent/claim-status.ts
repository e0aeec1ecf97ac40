/**
 * The claim's status.devices entries (KEP-4817) for attached devices: which interface the pod
 * got, its addresses and MAC, and Ready/NetworkReady conditions. Written by server-side apply
 * with the driver as field manager, so other drivers' entries in the same claim are untouched.
 * A device that could not be attached gets Ready=False and NetworkReady=False with the reason and
 * the error; applying an empty list (at unprepare) removes every entry the driver wrote.
 * Pure builders here; the writer (I/O, retries) is api-reporter.ts.
 */
import type { V1AllocatedDeviceStatus } from '@kubernetes/client-node';
import type { Wire } from '../kube/client.ts';
import type { AttachResult } from '../../netops/attach.ts';

export interface DeviceStatusInput {
  pool: string;
  device: string;
  /** The allocation's share ID, for a child of a shared parent. */
  shareId?: string | undefined;
  result: AttachResult;
}

export interface StatusCondition { type: string; status: 'True' | 'False'; reason: string; message: string; lastTransitionTime: string }

export interface ClaimStatusDevice {
  driver: string;
  pool: string;
  device: string;
  /**
   * Set for a child of a shared parent: the API server accepts an entry only for an allocated
   * device, and a share is identified by driver, pool, device and share ID.
   */
  shareID?: string;
  conditions: StatusCondition[];
  /** Absent when the device is not in the pod, or has no netdev there (a function bound to vfio-pci). */
  networkData?: { interfaceName: string; ips: string[]; hardwareAddress: string };
  /**
   * Driver-specific facts about the device (a JSON object, at most 10 KiB by API validation):
   * for a function bound to vfio-pci, what a DPDK application opens it by (VfioStatusData).
   */
  data?: VfioStatusData;
}

/** `data` of a vfio-pci device: networkData has no field for a PCI address. */
export interface VfioStatusData {
  pciAddress: string;
  iommuGroup: number;
  driver: 'vfio-pci';
}

/** A device the pod gets as a PCI function bound to vfio-pci. */
export interface VfioStatusInput {
  pool: string;
  device: string;
  vfio: { pciAddress: string; iommuGroup: number };
}

/** metav1.Time has second precision. */
export function timeOf(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `readyReason` tells a device attached at sandbox start from one attached into a running pod. */
export function claimStatusDevices(driver: string, devices: DeviceStatusInput[], now: Date, readyReason = 'NetworkDeviceAttached'): ClaimStatusDevice[] {
  const time = timeOf(now);
  return devices.map(({ pool, device, shareId, result }) => ({
    driver,
    pool,
    device,
    ...(shareId === undefined ? {} : { shareID: shareId }),
    conditions: [
      { type: 'Ready', status: 'True', reason: readyReason, message: `${result.device} is ${result.interfaceName} in the pod`, lastTransitionTime: time },
      { type: 'NetworkReady', status: 'True', reason: 'NetworkConfigured', message: `mtu ${result.mtu}, ${result.ips.length} address(es)`, lastTransitionTime: time },
    ],
    networkData: { interfaceName: result.interfaceName, ips: result.ips, hardwareAddress: result.hardwareAddress },
  }));
}

/**
 * Entries for vfio-pci devices: Ready once the pod's sandbox is up (the function was bound at
 * prepare; its containers get /dev/vfio/<group> as they are created). No NetworkReady: there is
 * no netdev whose network could be configured or watched.
 */
export function claimStatusVfioDevices(driver: string, devices: readonly VfioStatusInput[], now: Date, readyReason = 'VfioDeviceReady'): ClaimStatusDevice[] {
  const time = timeOf(now);
  return devices.map(({ pool, device, vfio }) => ({
    driver,
    pool,
    device,
    conditions: [
      { type: 'Ready', status: 'True', reason: readyReason, message: `PCI function ${vfio.pciAddress} is bound to vfio-pci (IOMMU group ${vfio.iommuGroup}) for the pod`, lastTransitionTime: time },
    ],
    data: { pciAddress: vfio.pciAddress, iommuGroup: vfio.iommuGroup, driver: 'vfio-pci' },
  }));
}

/** Entries for devices the pod does not have: both conditions False, with why. */
export function claimStatusNotReady(driver: string, devices: ReadonlyArray<{ pool: string; device: string; shareId?: string | undefined }>, reason: string, message: string, now: Date): ClaimStatusDevice[] {
  const time = timeOf(now);
  const text = message.slice(0, 1024); // a condition message is capped by the API server (32 KiB); keep ours short
  return devices.map(({ pool, device, shareId }) => ({
    driver,
    pool,
    device,
    ...(shareId === undefined ? {} : { shareID: shareId }),
    conditions: [
      { type: 'Ready', status: 'False', reason, message: text, lastTransitionTime: time },
      { type: 'NetworkReady', status: 'False', reason, message: text, lastTransitionTime: time },
    ],
  }));
}

/** The server-side apply body for a claim's status: only the devices this driver owns. */
export function claimStatusApplyPatch(claim: { namespace: string; name: string }, devices: ClaimStatusDevice[]): object {
  return {
    apiVersion: 'resource.k8s.io/v1',
    kind: 'ResourceClaim',
    metadata: { name: claim.name, namespace: claim.namespace },
    status: { devices },
  };
}

/** A device's NetworkReady as its link says: False while its carrier is lost, True when it is back. */
export interface NetworkReadyChange {
  pool: string;
  device: string;
  status: 'True' | 'False';
  reason: string;
  message: string;
  at: Date;
}

/**
 * The entries with NetworkReady of the changed devices replaced, the rest as they were. A
 * condition keeps its transition time when its status does not change; a device without an entry
 * (not in the pod, or its entry already removed) gets none.
 */
export function withNetworkReady(entries: readonly ClaimStatusDevice[], changes: readonly NetworkReadyChange[]): ClaimStatusDevice[] {
  return entries.map((entry) => {
    const change = changes.findLast((candidate) => candidate.pool === entry.pool && candidate.device === entry.device);
    if (!change) return entry;
    const previous = entry.conditions.find((condition) => condition.type === 'NetworkReady');
    const time = previous?.status === change.status ? previous.lastTransitionTime : timeOf(change.at);
    const condition: StatusCondition = { type: 'NetworkReady', status: change.status, reason: change.reason, message: change.message.slice(0, 1024), lastTransitionTime: time };
    return { ...entry, conditions: [...entry.conditions.filter((c) => c.type !== 'NetworkReady'), condition] };
  });
}

/** This driver's entries of a claim as read from the API server (after a restart, nothing is remembered). */
export function ownStatusEntries(driver: string, devices: readonly Wire<V1AllocatedDeviceStatus>[] | undefined): ClaimStatusDevice[] {
  return (devices ?? []).filter((entry) => entry.driver === driver).map((entry) => ({
    driver: entry.driver,
    pool: entry.pool,
    device: entry.device,
    conditions: (entry.conditions ?? []).map((condition) => ({
      type: condition.type,
      status: condition.status === 'True' ? 'True' : 'False',
      reason: condition.reason,
      message: condition.message,
      lastTransitionTime: timeOf(new Date(condition.lastTransitionTime)),
    })),
    ...(entry.networkData ? { networkData: { interfaceName: entry.networkData.interfaceName ?? '', ips: entry.networkData.ips ?? [], hardwareAddress: entry.networkData.hardwareAddress ?? '' } } : {}),
    ...(isVfioStatusData(entry.data) ? { data: entry.data } : {}),
  }));
}

function isVfioStatusData(data: unknown): data is VfioStatusData {
  const candidate = data as Partial<VfioStatusData> | null | undefined;
  return typeof candidate?.pciAddress === 'string' && typeof candidate.iommuGroup === 'number' && candidate.driver === 'vfio-pci';
}

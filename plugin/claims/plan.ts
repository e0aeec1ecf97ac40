/**
 * The attach plan: what NodePrepareResources decided and what RunPodSandbox executes.
 *
 * Prepare does everything slow (API reads, validation, checks against the inventory) and stores
 * one PreparedClaim per claim UID; the NRI side only looks plans up by pod UID and moves links
 * (its budget is 2 s shared with every other NRI plugin). The record is versioned and decoded
 * with the same strict schemas that validated it, so a plan read back after a restart is exactly
 * as trustworthy as the one that was written.
 */
import type { z } from 'zod';
import { lazySchema } from '../apis/lazy-schema.ts';
import { decodeRecord, encodeRecord } from '../apis/record.ts';
import { interfaceConfigSchema } from '../apis/config.ts';
import { holderConflict, type DeviceHolder } from './shares.ts';
import { interfaceName, interfaceNameIssue, ipPrefix } from '../apis/fields.ts';
import { vfioBindingSchema } from '../apis/vfio.ts';
import { PCI_ADDRESS } from '../../netops/sysfs.ts';

export const PLAN_VERSION = 1;
/** The kernel refuses VF numbers from INT_MAX up: a record asking for more is damaged. */
const VF_INDEX_MAX = 0x7ffffffe;

/** The record's schemas, built at the first record read or written (lazy-schema.ts). */
const recordSchemas = lazySchema((z) => {
  const claimRefSchema = z.strictObject({
    namespace: z.string(),
    name: z.string(),
    uid: z.string(),
  });

  const pciAddress = z.string().regex(PCI_ADDRESS, 'must be a PCI address (dddd:bb:dd.f, lowercase hex)');

  /**
   * Set for an SR-IOV VF: its PF and the VF's number on it. The PF's PCI address (sysfs `physfn`)
   * names it whatever its netdev is called and wherever that is, and is what prepare keeps a PF
   * and its VFs apart by (pfVfConflict); records written before it was kept have only the PF's
   * host name. The host name is there when the PF had a netdev on the host at prepare: attach
   * sets the config's `vf` settings through it.
   */
  const vfPlacementSchema = z.strictObject({
    pfIfName: interfaceName().optional(),
    pfPciAddress: pciAddress.optional(),
    vfIndex: z.number().int().min(0).max(VF_INDEX_MAX),
  });

  /** What every planned device has, whatever the pod gets of it. */
  const deviceFields = {
    /** The claim request this device was allocated for; "main/sub" for a subrequest. */
    request: z.string(),
    pool: z.string(),
    /** The device name published in the ResourceSlice (normalised, not always the kernel's). */
    device: z.string(),
    /** Class and claim configs merged, validated and decoded (JSON in the record). */
    config: interfaceConfigSchema(),
  };

  /** A device whose netdev (or a child of it) goes into the pod's network namespace at RunPodSandbox. */
  const netdevPlannedDeviceSchema = z.strictObject({
    ...deviceFields,
    /** The kernel interface name on the host when the claim was prepared. */
    hostIfName: z.string(),
    /** The name the interface gets inside the pod: interface.name from the config, else the host name. */
    podIfName: z.string(),
    /** The NIC's RDMA device, moved into the pod's namespace with it (exclusive RDMA netns mode). */
    rdmaDevice: z.string().optional(),
    /** RDMA character devices (/dev/infiniband/...) the pod's containers need; empty without RDMA. */
    rdmaCharDevices: z.array(z.string()),
    /**
     * The allocation's share ID when the device was allocated as a shared parent: the pod gets a
     * child of it (interface.type) and the parent stays on the host. Absent: the device moves.
     */
    shareId: z.string().optional(),
    /** The device's PCI function, when it is one: a PF is matched to its VFs' records by it (pfVfConflict). */
    pciAddress: pciAddress.optional(),
    /** Set for an SR-IOV VF (see vfPlacementSchema). */
    vf: vfPlacementSchema.optional(),
    /** The share's consumed bandwidth in Mbit/s: the child's egress rate (qdisc). Absent: not limited. */
    rateMbps: z.number().int().positive().optional(),
    /**
     * Addresses allocated from a pool at prepare (they are also in config.interface.addresses, where
     * attach reads them like static ones), each with the uid of the IPAddress object that claims
     * it, so a release deletes exactly that object and never one re-created under the same name.
     */
    ipam: z.strictObject({
      pool: z.string(),
      addresses: z.array(z.strictObject({ address: ipPrefix(), uid: z.string() })),
    }).optional(),
  });

  /**
   * A PCI function bound to vfio-pci at prepare (config `driver: "vfio-pci"`): it has no netdev,
   * nothing moves at RunPodSandbox, and the pod's containers get /dev/vfio/<group> and its address
   * at CreateContainer. The binding is what unprepare restores, from this record alone after a crash.
   */
  const vfioPlannedDeviceSchema = z.strictObject({
    ...deviceFields,
    vfio: vfioBindingSchema(),
    /** Set for an SR-IOV VF: bound to vfio-pci it still takes its PF's uplink (see vfPlacementSchema). */
    vf: vfPlacementSchema.optional(),
  });

  /** Records written before vfio existed have no `vfio` field and decode as netdev devices. */
  const plannedDeviceSchema = z.union([netdevPlannedDeviceSchema, vfioPlannedDeviceSchema]);

  const podRefSchema = z.strictObject({
    name: z.string(),
    uid: z.string(),
  });

  const preparedClaimSchema = z.strictObject({
    version: z.literal(PLAN_VERSION),
    claim: claimRefSchema,
    /**
     * The one pod the devices go to. A network device can be in only one network namespace, so a
     * claim is prepared for exactly one pod (see checkClaim).
     */
    pod: podRefSchema,
    devices: z.array(plannedDeviceSchema),
  });

  return { claimRef: claimRefSchema, podRef: podRefSchema, netdevPlannedDevice: netdevPlannedDeviceSchema, vfioPlannedDevice: vfioPlannedDeviceSchema, preparedClaim: preparedClaimSchema };
});

type RecordSchemas = ReturnType<typeof recordSchemas>;

/** A claim as the kubelet names it. */
export type ClaimRef = z.infer<RecordSchemas['claimRef']>;
/** The pod a claim is prepared for; its namespace is the claim's (inventory's PodRef carries it). */
export type PreparedPod = z.infer<RecordSchemas['podRef']>;
export type NetdevPlannedDevice = z.infer<RecordSchemas['netdevPlannedDevice']>;
/** Never a share, never pool addresses: said in the type, so code reading those of any device needs no narrowing. */
export type VfioPlannedDevice = z.infer<RecordSchemas['vfioPlannedDevice']> & { shareId?: never; rateMbps?: never; ipam?: never };
export type PlannedDevice = NetdevPlannedDevice | VfioPlannedDevice;
/** What prepare decided for one claim; stored under the claim UID. */
export type PreparedClaim = Omit<z.infer<RecordSchemas['preparedClaim']>, 'devices'> & { devices: PlannedDevice[] };

/** One device of a pod's plan, with the claim it came from (for logs, events and claim status). */
export type PodPlanDevice = PlannedDevice & { claim: ClaimRef };

/** The device goes to the pod as a PCI function bound to vfio-pci, not as a netdev. */
export function isVfioDevice<T extends PlannedDevice>(device: T): device is Extract<T, { vfio: unknown }> {
  return 'vfio' in device;
}

/** What RunPodSandbox executes for one pod: the devices of all its prepared claims. */
export interface PodAttachPlan {
  pod: PreparedPod;
  devices: PodPlanDevice[];
}

export function decodePreparedClaim(value: unknown): PreparedClaim {
  return decodeRecord(recordSchemas().preparedClaim, value, 'a prepared claim record');
}

/** One device as the index keeps it: `pciAddress` is the function's, netdev or bound to vfio-pci. */
export type IndexedDevice = Pick<NetdevPlannedDevice, 'request' | 'pool' | 'device' | 'shareId' | 'vf' | 'pciAddress'> & { hostIfName?: string };

/** Who a prepared claim is and what it holds: what the node's indexes and conflict checks need of it. */
export interface PreparedClaimIndex {
  claim: ClaimRef;
  pod: PreparedPod;
  devices: readonly IndexedDevice[];
}

/** A record as loaded: its index checked, the whole claim still the record's JSON text. */
export interface LoadedClaim {
  index: PreparedClaimIndex;
  text: string;
}

/**
 * The RecordStore decoder at load: throws, naming the field, when the index part (who holds
 * what: claim, pod, devices) is not a prepared claim's. The rest of the record (the configs,
 * whose addresses are parsed) is decoded with the schema at the claim's first use: decoding
 * 1000 records whole at start took ~250 ms of the agent's restart, and building the schemas
 * (loading zod) ~100 ms of CPU, so this part is checked by hand, field by field as the schema
 * says, never more strictly.
 */
export function loadPreparedClaim(value: unknown, text: string): LoadedClaim {
  const record = indexObject(value, '(record)');
  if (record.version !== PLAN_VERSION) indexError('version', `must be ${PLAN_VERSION}`);
  const claim = indexObject(record.claim, 'claim', ['namespace', 'name', 'uid']);
  const pod = indexObject(record.pod, 'pod', ['name', 'uid']);
  if (!Array.isArray(record.devices)) indexError('devices', 'must be a list');
  const devices = (record.devices as unknown[]).map((value, index): IndexedDevice => {
    const path = `devices.${index}`;
    const device = indexObject(value, path);
    const vf = device.vf === undefined ? undefined : indexObject(device.vf, `${path}.vf`);
    const vfio = device.vfio === undefined ? undefined : indexObject(device.vfio, `${path}.vfio`);
    if (vf) {
      const unknown = Object.keys(vf).find((key) => !['pfIfName', 'pfPciAddress', 'vfIndex'].includes(key));
      if (unknown !== undefined) indexError(`${path}.vf`, 'unknown field');
      const pfIfName = indexOptionalString(vf, 'pfIfName', `${path}.vf`);
      const pfIfNameIssue = pfIfName === undefined ? undefined : interfaceNameIssue(pfIfName);
      if (pfIfNameIssue !== undefined) indexError(`${path}.vf.pfIfName`, pfIfNameIssue);
      indexOptionalString(vf, 'pfPciAddress', `${path}.vf`, true);
      if (!Number.isInteger(vf.vfIndex) || (vf.vfIndex as number) < 0 || (vf.vfIndex as number) > VF_INDEX_MAX) indexError(`${path}.vf.vfIndex`, `must be a whole number from 0 to ${VF_INDEX_MAX}`);
    }
    return indexedDevice({
      request: indexString(device, 'request', path),
      pool: indexString(device, 'pool', path),
      device: indexString(device, 'device', path),
      hostIfName: indexOptionalString(device, 'hostIfName', path),
      shareId: indexOptionalString(device, 'shareId', path),
      pciAddress: indexOptionalString(device, 'pciAddress', path, true),
      vf: vf as IndexedDevice['vf'],
      vfio: vfio && { pciAddress: indexString(vfio, 'pciAddress', `${path}.vfio`, true) },
    });
  });
  return { index: { claim: claim as ClaimRef, pod: pod as PreparedPod, devices }, text };
}

function indexError(path: string, why: string): never {
  throw new Error(`not a prepared claim record: ${path}: ${why}`);
}

/** A JSON object; with `fields`, strictly those, each a string (claim and pod refs). */
function indexObject(value: unknown, path: string, fields?: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) indexError(path, 'must be an object');
  const object = value as Record<string, unknown>;
  if (fields) {
    if (Object.keys(object).some((key) => !fields.includes(key))) indexError(path, 'unknown field');
    for (const field of fields) indexString(object, field, path);
  }
  return object;
}

function indexString(object: Record<string, unknown>, field: string, path: string, pciAddress = false): string {
  const value = object[field];
  if (typeof value !== 'string') indexError(`${path}.${field}`, 'must be a string');
  if (pciAddress && !PCI_ADDRESS.test(value as string)) indexError(`${path}.${field}`, 'must be a PCI address (dddd:bb:dd.f, lowercase hex)');
  return value as string;
}

function indexOptionalString(object: Record<string, unknown>, field: string, path: string, pciAddress = false): string | undefined {
  return object[field] === undefined ? undefined : indexString(object, field, path, pciAddress);
}

/** A prepared claim's index part, as loadPreparedClaim keeps it of a record. */
export function preparedClaimIndex({ claim, pod, devices }: PreparedClaim): PreparedClaimIndex {
  return { claim, pod, devices: devices.map(indexedDevice) };
}

/** Only these fields: the index must not keep the rest of the parsed JSON alive beside the text. */
function indexedDevice(held: IndexedDevice & { vfio?: { pciAddress: string } | undefined }): IndexedDevice {
  const { request, pool, device, hostIfName, shareId, vf } = held;
  const pciAddress = held.pciAddress ?? held.vfio?.pciAddress;
  return {
    request, pool, device, ...(hostIfName === undefined ? {} : { hostIfName }), ...(shareId === undefined ? {} : { shareId }),
    ...(vf === undefined ? {} : { vf: { ...vf } }), ...(pciAddress === undefined ? {} : { pciAddress }),
  };
}

/** PCI addresses of the functions the claims hold with driver vfio-pci: in the index, the devices without a host interface. */
export function heldVfioFunctions(indexes: readonly PreparedClaimIndex[]): Set<string> {
  return new Set(indexes.flatMap((index) => index.devices.flatMap((device) => (device.hostIfName === undefined && device.pciAddress !== undefined ? [device.pciAddress] : []))));
}

/** The loaded record decoded whole (once, at the claim's first use), with the schema that validated it when it was written. */
export function decodeLoadedClaim(loaded: LoadedClaim): PreparedClaim {
  return decodePreparedClaim(JSON.parse(loaded.text));
}

/** The record as JSON: the config as the user wrote it, which decodePreparedClaim reads back. */
export function encodePreparedClaim(prepared: PreparedClaim): unknown {
  return encodeRecord(recordSchemas().preparedClaim, prepared, 'a prepared claim record');
}

/** Gathers the devices of a pod's prepared claims into the plan RunPodSandbox executes. */
export function podAttachPlan(claims: readonly PreparedClaim[]): PodAttachPlan | undefined {
  const first = claims[0];
  if (!first) return undefined;
  return {
    pod: first.pod,
    devices: claims.flatMap((prepared) => prepared.devices.map((device) => ({ ...device, claim: prepared.claim }))),
  };
}

/**
 * Why `candidate` cannot join the pod that already has `existing` claims prepared: an interface
 * name inside the pod taken twice. Undefined when it can.
 */
export function interfaceNameConflict(existing: readonly PreparedClaim[], candidate: PreparedClaim): string | undefined {
  const taken = new Map<string, { claim: ClaimRef; device: PlannedDevice }>();
  for (const prepared of existing) {
    if (prepared.claim.uid === candidate.claim.uid) continue;
    for (const device of prepared.devices) if (!isVfioDevice(device)) taken.set(device.podIfName, { claim: prepared.claim, device });
  }
  for (const device of candidate.devices) {
    if (isVfioDevice(device)) continue;
    const holder = taken.get(device.podIfName);
    if (holder) {
      return `request "${device.request}" device "${device.device}": interface name "${device.podIfName}" in pod ${candidate.pod.name} `
        + `is already taken by device "${holder.device.device}" of claim ${holder.claim.namespace}/${holder.claim.name}; `
        + 'set interface.name in one of the claims\' configs to a different name';
    }
  }
  return undefined;
}

/**
 * Why `candidate` cannot be prepared next to the `existing` prepared claims of this node because
 * of SR-IOV: a PF moved into a pod takes its VFs' uplink with it, so a PF is never prepared while
 * one of its VFs is (as a netdev or bound to vfio-pci), nor the other way round (where the API
 * server has partitionable devices the scheduler already keeps them apart through shared
 * counters; this holds everywhere). Keyed by the PF's PCI address, which neither a rename nor
 * the PF leaving the host changes; by its host interface name only where a record written before
 * addresses were kept has none. A device with a `vf` is a VF and never taken for a PF. Undefined
 * when free.
 */
export function pfVfConflict(existing: readonly PreparedClaimIndex[], candidate: PreparedClaim): string | undefined {
  const others = existing.filter((prepared) => prepared.claim.uid !== candidate.claim.uid)
    .flatMap((prepared) => prepared.devices.map((device) => ({ prepared, device })));
  for (const device of preparedClaimIndex(candidate).devices) {
    const where = `request "${device.request}" device "${device.device}"`;
    const { vf } = device;
    // A share of a PF gives the pod a child and leaves the PF on the host: no harm to its VFs.
    if (vf === undefined && device.shareId !== undefined) continue;
    const holder = vf === undefined
      ? others.find((other) => other.device.vf !== undefined && isPfOf(device, other.device.vf))
      : others.find((other) => other.device.vf === undefined && other.device.shareId === undefined && isPfOf(other.device, vf));
    if (!holder) continue;
    const { claim, pod } = holder.prepared;
    const what = vf === undefined
      ? `its VF ${holder.device.vf!.vfIndex} ("${holder.device.device}") is prepared in claim ${claim.namespace}/${claim.name} for pod ${pod.name}; a PF cannot move into a pod while its VFs are in use`
      : `its PF ${vf.pfIfName ?? holder.device.hostIfName ?? vf.pfPciAddress} ("${holder.device.device}") is prepared in claim ${claim.namespace}/${claim.name} for pod ${pod.name}; a VF cannot be used while its PF is in a pod`;
    return `${where}: ${what}; this claim can be prepared once that claim is unprepared`;
  }
  return undefined;
}

/** Whether `device` is the PF a VF's placement names: by PCI address where both are known, else by host name. */
function isPfOf(device: IndexedDevice, vf: NonNullable<IndexedDevice['vf']>): boolean {
  if (device.pciAddress !== undefined && vf.pfPciAddress !== undefined) return device.pciAddress === vf.pfPciAddress;
  return vf.pfIfName !== undefined && device.hostIfName === vf.pfIfName;
}

/**
 * Why `candidate` cannot use a device the way it wants next to the uses other prepared claims
 * hold (`holdersOf`). A device moved into a pod is in one namespace at a time, so a holder of it
 * whole means a stale claim still prepared here (deleted and its device allocated again before
 * the kubelet unprepared it); shares of a parent live together, but a parent with children is
 * never moved and a device held whole is no parent (shares.ts). Undefined when free.
 */
export function deviceConflict(candidate: PreparedClaim, holdersOf: (pool: string, device: string) => readonly DeviceHolder<PreparedClaim>[]): string | undefined {
  for (const device of candidate.devices) {
    const others = holdersOf(device.pool, device.device).filter((holder) => holder.claim.claim.uid !== candidate.claim.uid);
    const conflict = holderConflict(device.shareId, others);
    if (conflict) {
      const { claim, pod } = conflict.holder.claim;
      return `request "${device.request}" device "${device.device}" (pool "${device.pool}"): the device is held by claim `
        + `${claim.namespace}/${claim.name} (uid ${claim.uid}), prepared on this node for pod ${pod.name}; `
        + `${conflict.reason}, so this claim can be prepared once that claim is unprepared`;
    }
  }
  return undefined;
}

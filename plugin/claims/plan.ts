/**
 * The attach plan: what NodePrepareResources decided and what RunPodSandbox executes.
 *
 * Prepare does everything slow (API reads, validation, checks against the inventory) and stores
 * one PreparedClaim per claim UID; the NRI side only looks plans up by pod UID and moves links
 * (its budget is 2 s shared with every other NRI plugin). The record is versioned and decoded
 * with the same strict schemas that validated it, so a plan read back after a restart is exactly
 * as trustworthy as the one that was written.
 */
import { z } from 'zod';
import { decodeRecord } from '../apis/record.ts';
import { interfaceConfigSchema } from '../apis/config.ts';
import { holderConflict, type DeviceHolder } from './shares.ts';
import { ipPrefix } from '../apis/fields.ts';

export const PLAN_VERSION = 1;

const claimRefSchema = z.strictObject({
  namespace: z.string(),
  name: z.string(),
  uid: z.string(),
});

const plannedDeviceSchema = z.strictObject({
  /** The claim request this device was allocated for; "main/sub" for a subrequest. */
  request: z.string(),
  pool: z.string(),
  /** The device name published in the ResourceSlice (normalised, not always the kernel's). */
  device: z.string(),
  /** The kernel interface name on the host when the claim was prepared. */
  hostIfName: z.string(),
  /** The name the interface gets inside the pod: interface.name from the config, else the host name. */
  podIfName: z.string(),
  /** Class and claim configs merged, validated and decoded (JSON in the record). */
  config: interfaceConfigSchema,
  /** The NIC's RDMA device, moved into the pod's namespace with it (exclusive RDMA netns mode). */
  rdmaDevice: z.string().optional(),
  /** RDMA character devices (/dev/infiniband/...) the pod's containers need; empty without RDMA. */
  rdmaCharDevices: z.array(z.string()),
  /**
   * The allocation's share ID when the device was allocated as a shared parent: the pod gets a
   * child of it (interface.type) and the parent stays on the host. Absent: the device moves.
   */
  shareId: z.string().optional(),
  /** The share's consumed bandwidth in Mbit/s: the child's egress rate (qdisc). Absent: not limited. */
  rateMbps: z.number().int().positive().optional(),
  /**
   * Addresses allocated from a pool at prepare (they are also in config.interface.addresses, where
   * attach reads them like static ones), each with the uid of the IPAddress object that claims
   * it, so a release deletes exactly that object and never one re-created under the same name.
   */
  ipam: z.strictObject({
    pool: z.string(),
    addresses: z.array(z.strictObject({ address: ipPrefix, uid: z.string() })),
  }).optional(),
});

const podRefSchema = z.strictObject({
  name: z.string(),
  uid: z.string(),
});

export const preparedClaimSchema = z.strictObject({
  version: z.literal(PLAN_VERSION),
  claim: claimRefSchema,
  /**
   * The one pod the devices go to. A network device can be in only one network namespace, so a
   * claim is prepared for exactly one pod (see checkClaim).
   */
  pod: podRefSchema,
  devices: z.array(plannedDeviceSchema),
});

/** A claim as the kubelet names it. */
export type ClaimRef = z.infer<typeof claimRefSchema>;
/** The pod a claim is prepared for; its namespace is the claim's (inventory's PodRef carries it). */
export type PreparedPod = z.infer<typeof podRefSchema>;
export type PlannedDevice = z.infer<typeof plannedDeviceSchema>;
/** What prepare decided for one claim; stored under the claim UID. */
export type PreparedClaim = z.infer<typeof preparedClaimSchema>;

/** One device of a pod's plan, with the claim it came from (for logs, events and claim status). */
export interface PodPlanDevice extends PlannedDevice {
  claim: ClaimRef;
}

/** What RunPodSandbox executes for one pod: the devices of all its prepared claims. */
export interface PodAttachPlan {
  pod: PreparedPod;
  devices: PodPlanDevice[];
}

export function decodePreparedClaim(value: unknown): PreparedClaim {
  return decodeRecord(preparedClaimSchema, value, 'a prepared claim record');
}

/**
 * What a record says about who holds what (its claim, pod and devices), checked at load with the
 * same field definitions; the rest of it (the configs, whose addresses are parsed) is decoded
 * with preparedClaimSchema when the claim is first used. Decoding 1000 records whole at start
 * took ~250 ms of the agent's restart; this check and keeping the text take a fraction of it.
 */
const preparedClaimIndexSchema = z.looseObject({
  version: preparedClaimSchema.shape.version,
  claim: claimRefSchema,
  pod: podRefSchema,
  devices: z.array(plannedDeviceSchema.pick({ pool: true, device: true, shareId: true }).loose()),
});

/** Who a prepared claim is and what it holds: what the node's indexes need of it. */
export interface PreparedClaimIndex {
  claim: ClaimRef;
  pod: PreparedPod;
  devices: ReadonlyArray<Pick<PlannedDevice, 'pool' | 'device' | 'shareId'>>;
}

/** A record as loaded: its index checked, the whole claim still the record's JSON text. */
export interface LoadedClaim {
  index: PreparedClaimIndex;
  text: string;
}

/** The RecordStore decoder at load: throws, naming the field, when the index part is not a prepared claim's. */
export function loadPreparedClaim(value: unknown, text: string): LoadedClaim {
  const { claim, pod, devices } = decodeRecord(preparedClaimIndexSchema, value, 'a prepared claim record');
  // Only these fields: the index must not keep the rest of the parsed JSON alive beside the text.
  return { index: { claim, pod, devices: devices.map(({ pool, device, shareId }) => (shareId === undefined ? { pool, device } : { pool, device, shareId })) }, text };
}

/** The loaded record decoded whole (once, at the claim's first use), with the schema that validated it when it was written. */
export function decodeLoadedClaim(loaded: LoadedClaim): PreparedClaim {
  return decodePreparedClaim(JSON.parse(loaded.text));
}

/** The record as JSON: the config as the user wrote it, which decodePreparedClaim reads back. */
export function encodePreparedClaim(prepared: PreparedClaim): unknown {
  return preparedClaimSchema.encode(prepared);
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
    for (const device of prepared.devices) taken.set(device.podIfName, { claim: prepared.claim, device });
  }
  for (const device of candidate.devices) {
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

/**
 * Shared parents in prepare (KEP-5075). The scheduler allocates a device published with
 * `allowMultipleAllocations` many times, each allocation result carrying a `shareID` and the
 * capacity it consumed; a device published whole is allocated once, without either. So the
 * allocation, not the current inventory, says how a device was given:
 *
 * - with a share ID, the claim gets a child (macvlan, ipvlan, VLAN) of the parent, which stays on
 *   the host; the consumed `<driver>/bandwidth` becomes the child's egress rate;
 * - without, the device itself moves into the pod.
 *
 * Prepared state is keyed by claim + share, so two claims (or two requests of one claim) on the
 * same parent are distinct, and unpreparing one leaves the others. A device that hosts children
 * of prepared claims is never moved whole into a pod, and a device prepared whole for one claim
 * is never used as a parent by another.
 */
import { parseQuantity, QuantityError } from '../quantity.ts';
import type { AllocationResult } from './claim.ts';

const BIT_PER_MBIT = 1_000_000;

/** What one allocation result says about sharing: nothing for a whole device. */
export interface AllocationShare {
  shareId: string;
  /** The consumed bandwidth in whole Mbit/s (rounded up); absent when none was consumed (best effort). */
  rateMbps?: number;
}

/** A refusal; the caller prefixes which request and device it is about. */
export class ShareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShareError';
  }
}

/** Reads the share ID and consumed bandwidth of one result (hostile input: bounded, strict). */
export function allocationShare(result: AllocationResult, driver: string): AllocationShare | undefined {
  const shareId = result.shareID;
  if (shareId === undefined || shareId === null) return undefined;
  // The API server validates it as a UUID; anything else did not come from a scheduler.
  if (typeof shareId !== 'string' || !/^[0-9a-f-]{1,36}$/.test(shareId)) throw new ShareError('shareID: not a UUID');
  const field = `${driver}/bandwidth`;
  const consumed = result.consumedCapacity?.[field];
  if (consumed === undefined) return { shareId };
  let bits: number;
  try {
    bits = parseQuantity(String(consumed));
  } catch (error) {
    if (error instanceof QuantityError) throw new ShareError(`consumedCapacity["${field}"]: ${error.message}`);
    throw error;
  }
  if (!(bits >= 0) || !Number.isFinite(bits)) throw new ShareError(`consumedCapacity["${field}"]: must be a bandwidth ≥ 0 in bit/s`);
  return bits === 0 ? { shareId } : { shareId, rateMbps: Math.ceil(bits / BIT_PER_MBIT) };
}

/**
 * Refuses a config whose `interface.type` does not fit how the device was allocated: a child
 * type on a device allocated whole, or the device itself (`"device"` or no type) on a share.
 */
export function checkInterfaceType(type: string | undefined, share: AllocationShare | undefined): void {
  // Every type but "device" (plugin/apis/sub-interface.ts) makes a child.
  const child = type !== undefined && type !== 'device';
  if (share && !child) {
    throw new ShareError(`interface.type is ${type === undefined ? 'unset (the device itself)' : JSON.stringify(type)}, but the device was allocated as a shared parent (shareID ${share.shareId}), which stays on the host; set interface.type to "macvlan", "ipvlan" or "vlan"`);
  }
  if (!share && child) {
    throw new ShareError(`interface.type ${JSON.stringify(type)} makes a child of a shared parent, but the device was allocated whole (no shareID in its allocation result); request it through a DeviceClass that selects shared parents, or leave interface.type unset`);
  }
}

/** The key of one prepared use of a device: the claim and, for a share, its share ID. */
export function shareKey(claimUid: string, shareId: string | undefined): string {
  return shareId === undefined ? claimUid : `${claimUid}/${shareId}`;
}

/** One prepared use of a device. */
export interface DeviceHolder<Claim> {
  claim: Claim;
  shareId?: string | undefined;
}

/**
 * Why a use of a device (`shareId` set: as a parent) cannot be prepared next to the uses other
 * claims hold; undefined when it can. Shares live together (the scheduler keeps their sum within
 * the capacity); a device in a pod whole excludes every other use.
 */
export function holderConflict<Claim>(shareId: string | undefined, others: readonly DeviceHolder<Claim>[]): { holder: DeviceHolder<Claim>; reason: string } | undefined {
  const whole = others.find((other) => other.shareId === undefined);
  if (whole) {
    return { holder: whole, reason: shareId === undefined ? 'a network device is in one claim at a time' : 'that claim has the device whole, so it cannot be a shared parent' };
  }
  const parent = others[0];
  if (shareId === undefined && parent) return { holder: parent, reason: 'the device is a shared parent with children of that claim, and a parent with children is never moved into a pod' };
  return undefined;
}

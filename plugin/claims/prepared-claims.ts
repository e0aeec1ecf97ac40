/**
 * The node's prepared claims: durable in a RecordStore (one record per claim UID, so preparing a
 * claim is one atomic write) and mirrored in memory with an index by pod UID, so RunPodSandbox
 * finds a pod's plan without touching the disk. The claim record is the only source of truth;
 * the pod index is rebuilt from it at load.
 *
 * At load a record's index part (claim, pod, devices) is checked and the rest is kept as the
 * record's text, decoded whole at the claim's first use (a restart then waits for reading the
 * files, not for parsing every address of every claim, and claims no pod asks for again stay
 * small). A record whose rest does not decode is then treated as one unreadable at load: reported
 * once, forgotten, its file left for an operator, and the claim prepared again when asked for.
 */
import { SchemaLibraryError } from '../apis/lazy-schema.ts';
import { reasonOf, RecordStore, type UnreadableRecord } from '../store/record-store.ts';
import {
  decodeLoadedClaim, encodePreparedClaim, loadPreparedClaim, podAttachPlan, preparedClaimIndex, type LoadedClaim, type PodAttachPlan, type PreparedClaim, type PreparedClaimIndex,
} from './plan.ts';
import { shareKey, type DeviceHolder } from './shares.ts';

/** Told of a record that cannot be used: at load, or at its first use. */
export type UnreadableReport = (record: UnreadableRecord) => void;

export class PreparedClaims {
  readonly #store: RecordStore<PreparedClaim, LoadedClaim>;
  readonly #onUnreadable: UnreadableReport;
  /** Decoded, or as loaded until its first use. */
  readonly #byClaimUid = new Map<string, PreparedClaim | LoadedClaim>();
  readonly #claimUidsByPodUid = new Map<string, Set<string>>();
  /**
   * Uses of each device (by deviceKey), keyed by claim + share (shareKey): one claim holding it
   * whole, or any number of shares of a shared parent.
   */
  readonly #holdersByDevice = new Map<string, Map<string, { claimUid: string; shareId: string | undefined }>>();

  private constructor(store: RecordStore<PreparedClaim, LoadedClaim>, onUnreadable: UnreadableReport) {
    this.#store = store;
    this.#onUnreadable = onUnreadable;
  }

  /**
   * Opens the store in `dir` and loads every record; unreadable ones are returned for logging,
   * and `onUnreadable` is told of a record found bad at its first use.
   */
  static async open(dir: string, onUnreadable: UnreadableReport = () => {}): Promise<{ prepared: PreparedClaims; unreadable: UnreadableRecord[] }> {
    const store = new RecordStore<PreparedClaim, LoadedClaim>(dir, loadPreparedClaim, encodePreparedClaim);
    const prepared = new PreparedClaims(store, onUnreadable);
    const { records, unreadable } = await store.load();
    for (const record of records.values()) prepared.#remember(record);
    return { prepared, unreadable };
  }

  get size(): number {
    return this.#byClaimUid.size;
  }

  get(claimUid: string): PreparedClaim | undefined {
    return this.#decoded(claimUid);
  }

  /** Who every prepared claim is and what it holds, without decoding the claims not used yet. */
  indexes(): PreparedClaimIndex[] {
    return [...this.#byClaimUid.values()].map(indexOf);
  }

  /** The pod's prepared claims, in no particular order. */
  forPod(podUid: string): PreparedClaim[] {
    return [...this.#claimUidsByPodUid.get(podUid) ?? []].flatMap((uid) => this.#decoded(uid) ?? []);
  }

  /** The prepared claims that use the device: whole, or one entry per share. */
  holdersOf(pool: string, device: string): DeviceHolder<PreparedClaim>[] {
    return [...this.#holdersByDevice.get(deviceKey(pool, device))?.values() ?? []].flatMap(({ claimUid, shareId }) => {
      const claim = this.#decoded(claimUid);
      return claim ? [{ claim, shareId }] : [];
    });
  }

  /** What RunPodSandbox attaches for this pod; undefined when nothing is prepared for it. */
  planForPod(podUid: string): PodAttachPlan | undefined {
    return podAttachPlan(this.forPod(podUid));
  }

  /** Durable before it is visible: a plan the NRI side can see has been written to disk. */
  async save(prepared: PreparedClaim): Promise<void> {
    await this.#store.put(prepared.claim.uid, prepared);
    this.#remember(prepared);
  }

  /** False when the claim was not prepared. */
  async remove(claimUid: string): Promise<boolean> {
    const removed = await this.#store.delete(claimUid);
    const known = this.#forget(claimUid);
    return removed || known;
  }

  /** The claim decoded: at its first use from the loaded record, then kept. */
  #decoded(claimUid: string): PreparedClaim | undefined {
    const held = this.#byClaimUid.get(claimUid);
    if (held === undefined || !('text' in held)) return held;
    let claim: PreparedClaim;
    try {
      claim = decodeLoadedClaim(held);
    } catch (error) {
      // Not the record's fault: the claim stays, and the prepare, unprepare or RunPodSandbox asking fails with why.
      if (error instanceof SchemaLibraryError) throw error;
      this.#forget(claimUid);
      this.#onUnreadable({ id: claimUid, reason: reasonOf(error) });
      return undefined;
    }
    this.#byClaimUid.set(claimUid, claim);
    return claim;
  }

  #remember(prepared: PreparedClaim | LoadedClaim): void {
    const { claim, pod, devices } = indexOf(prepared);
    this.#byClaimUid.set(claim.uid, prepared);
    const siblings = this.#claimUidsByPodUid.get(pod.uid) ?? new Set<string>();
    siblings.add(claim.uid);
    this.#claimUidsByPodUid.set(pod.uid, siblings);
    for (const device of devices) {
      const key = deviceKey(device.pool, device.device);
      const holders = this.#holdersByDevice.get(key) ?? new Map<string, { claimUid: string; shareId: string | undefined }>();
      holders.set(shareKey(claim.uid, device.shareId), { claimUid: claim.uid, shareId: device.shareId });
      this.#holdersByDevice.set(key, holders);
    }
  }

  /** Drops the claim from memory and the indexes; false when it was not there. */
  #forget(claimUid: string): boolean {
    const known = this.#byClaimUid.get(claimUid);
    if (!known) return false;
    const { pod, devices } = indexOf(known);
    this.#byClaimUid.delete(claimUid);
    const siblings = this.#claimUidsByPodUid.get(pod.uid);
    siblings?.delete(claimUid);
    if (siblings?.size === 0) this.#claimUidsByPodUid.delete(pod.uid);
    for (const device of devices) {
      const key = deviceKey(device.pool, device.device);
      const holders = this.#holdersByDevice.get(key);
      holders?.delete(shareKey(claimUid, device.shareId));
      if (holders?.size === 0) this.#holdersByDevice.delete(key);
    }
    return true;
  }
}

function indexOf(held: PreparedClaim | LoadedClaim): PreparedClaimIndex {
  return 'text' in held ? held.index : preparedClaimIndex(held);
}

/** Pool names are DNS subdomains and device names DNS labels: neither contains a slash. */
function deviceKey(pool: string, device: string): string {
  return `${pool}/${device}`;
}

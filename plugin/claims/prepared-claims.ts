/**
 * The node's prepared claims: durable in a RecordStore (one record per claim UID, so preparing a
 * claim is one atomic write) and mirrored in memory with an index by pod UID, so RunPodSandbox
 * finds a pod's plan without touching the disk. The claim record is the only source of truth;
 * the pod index is rebuilt from it at load.
 */
import { RecordStore, type UnreadableRecord } from '../store/record-store.ts';
import { decodePreparedClaim, encodePreparedClaim, podAttachPlan, type PodAttachPlan, type PreparedClaim } from './plan.ts';
import { shareKey, type DeviceHolder } from './shares.ts';

export class PreparedClaims {
  readonly #store: RecordStore<PreparedClaim>;
  readonly #byClaimUid = new Map<string, PreparedClaim>();
  readonly #claimUidsByPodUid = new Map<string, Set<string>>();
  /**
   * Uses of each device (by deviceKey), keyed by claim + share (shareKey): one claim holding it
   * whole, or any number of shares of a shared parent.
   */
  readonly #holdersByDevice = new Map<string, Map<string, { claimUid: string; shareId: string | undefined }>>();

  private constructor(store: RecordStore<PreparedClaim>) {
    this.#store = store;
  }

  /** Opens the store in `dir` and loads every record; unreadable ones are returned for logging. */
  static async open(dir: string): Promise<{ prepared: PreparedClaims; unreadable: UnreadableRecord[] }> {
    const store = new RecordStore(dir, decodePreparedClaim, encodePreparedClaim);
    const prepared = new PreparedClaims(store);
    const { records, unreadable } = await store.load();
    for (const record of records.values()) prepared.#remember(record);
    return { prepared, unreadable };
  }

  get size(): number {
    return this.#byClaimUid.size;
  }

  get(claimUid: string): PreparedClaim | undefined {
    return this.#byClaimUid.get(claimUid);
  }

  /** Every prepared claim, in no particular order (a node holds tens: a scan is cheap). */
  all(): PreparedClaim[] {
    return [...this.#byClaimUid.values()];
  }

  /** The pod's prepared claims, in no particular order. */
  forPod(podUid: string): PreparedClaim[] {
    return [...this.#claimUidsByPodUid.get(podUid) ?? []].flatMap((uid) => this.#byClaimUid.get(uid) ?? []);
  }

  /** The prepared claims that use the device: whole, or one entry per share. */
  holdersOf(pool: string, device: string): DeviceHolder<PreparedClaim>[] {
    return [...this.#holdersByDevice.get(deviceKey(pool, device))?.values() ?? []].flatMap(({ claimUid, shareId }) => {
      const claim = this.#byClaimUid.get(claimUid);
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
    const known = this.#byClaimUid.get(claimUid);
    if (known) {
      this.#byClaimUid.delete(claimUid);
      const siblings = this.#claimUidsByPodUid.get(known.pod.uid);
      siblings?.delete(claimUid);
      if (siblings?.size === 0) this.#claimUidsByPodUid.delete(known.pod.uid);
      for (const device of known.devices) {
        const key = deviceKey(device.pool, device.device);
        const holders = this.#holdersByDevice.get(key);
        holders?.delete(shareKey(claimUid, device.shareId));
        if (holders?.size === 0) this.#holdersByDevice.delete(key);
      }
    }
    return removed || known !== undefined;
  }

  #remember(prepared: PreparedClaim): void {
    this.#byClaimUid.set(prepared.claim.uid, prepared);
    const siblings = this.#claimUidsByPodUid.get(prepared.pod.uid) ?? new Set<string>();
    siblings.add(prepared.claim.uid);
    this.#claimUidsByPodUid.set(prepared.pod.uid, siblings);
    for (const device of prepared.devices) {
      const key = deviceKey(device.pool, device.device);
      const holders = this.#holdersByDevice.get(key) ?? new Map<string, { claimUid: string; shareId: string | undefined }>();
      holders.set(shareKey(prepared.claim.uid, device.shareId), { claimUid: prepared.claim.uid, shareId: device.shareId });
      this.#holdersByDevice.set(key, holders);
    }
  }
}

/** Pool names are DNS subdomains and device names DNS labels: neither contains a slash. */
function deviceKey(pool: string, device: string): string {
  return `${pool}/${device}`;
}

/**
 * NodePrepareResources and NodeUnprepareResources, minus the wire: reads claims, checks them,
 * plans and stores them, one claim at a time per claim UID.
 *
 * Idempotence comes from the store: a claim already prepared is answered from its record without
 * asking the API server again, so a kubelet restart, a retry after a timeout or an agent restart
 * all get the answer the first call got, even while the API server is away.
 */
import type { Logger } from '../log.ts';
import { ClaimNotFoundError, type ClaimSource, type ResourceClaimView } from './claim.ts';
import { checkClaim, ClaimCheckError, type CheckedClaim, type DeviceLookup } from './check.ts';
import { ConcurrencyLimit } from '../concurrency/limit.ts';
import { KeyedLock } from '../concurrency/keyed-lock.ts';
import { isRecordId } from '../store/record-store.ts';
import { deviceConflict, interfaceNameConflict, isVfioDevice, pfVfConflict, preparedClaimIndex, type ClaimRef, type PreparedClaim } from './plan.ts';
import type { PreparedClaims } from './prepared-claims.ts';
import { errorMessage } from '../errors.ts';
import type { PoolAllocator } from '../ipam/allocator.ts';
import { assignPoolAddresses, releasePoolAddresses } from './pool-addresses.ts';
import { bindClaimDevices, restoreClaimDevices, VfioBindError, type VfioDriver } from './vfio-driver.ts';

/**
 * Claims read, checked and saved at once, node-wide. Each in flight holds an API request, its
 * answer and an fsync; unbounded, one call of 5000 claims made 5000 concurrent GETs and left the
 * agent 625 MB larger. Eight still sends a pod's handful of claims out together, and at a few
 * milliseconds a read even a large call finishes far inside the kubelet's 45 s.
 */
export const MAX_CONCURRENT_PREPARES = 8;

export type PrepareOutcome = { prepared: PreparedClaim } | { error: string };

export interface ClaimPreparerOptions {
  driverName: string;
  claims: ClaimSource;
  devices: DeviceLookup;
  prepared: PreparedClaims;
  logger: Logger;
  /** Allocates `interface.ipam` addresses; without it, a claim asking for one is refused. */
  addresses?: PoolAllocator;
  /** Binds `driver: "vfio-pci"` devices at prepare and back at unprepare; without it, such a claim is refused. */
  vfio?: VfioDriver;
}

export class ClaimPreparer {
  readonly #options: ClaimPreparerOptions;
  readonly #claimLocks = new KeyedLock();
  readonly #limit = new ConcurrencyLimit(MAX_CONCURRENT_PREPARES);
  /**
   * Claims checked and being saved, by claim UID. A claim is checked against these as well as
   * the saved ones, and joins them in the same synchronous step as its check, so two claims
   * prepared at once can never both take one device or one pod interface name.
   */
  readonly #saving = new Map<string, PreparedClaim>();

  constructor(options: ClaimPreparerOptions) {
    this.#options = options;
  }

  /** One outcome per claim UID; a failing claim never fails its siblings. */
  async prepare(refs: readonly ClaimRef[]): Promise<Map<string, PrepareOutcome>> {
    return new Map(await Promise.all(refs.map(async (ref) => [ref.uid, await this.#prepareOne(ref)] as const)));
  }

  /** One error (or undefined for success) per claim UID; an unknown claim is a success. */
  async unprepare(refs: readonly ClaimRef[]): Promise<Map<string, string | undefined>> {
    const outcomes = await Promise.all(refs.map(async (ref) => [ref.uid, await this.#claimLocks.run(ref.uid, () => this.#unprepareOne(ref))] as const));
    return new Map(outcomes);
  }

  /**
   * Prepares one claim from a claim object the caller already read: the NRI side, for a pod whose
   * claim the kubelet never prepared on this node. The same checks and refusals as prepare().
   */
  async prepareFromObject(ref: ClaimRef, claim: ResourceClaimView): Promise<PrepareOutcome> {
    return this.#prepareOne(ref, async () => claim);
  }

  /** Everything one claim's prepare does, under its claim lock and within the node-wide limit. */
  async #prepareOne(ref: ClaimRef, read = () => this.#readClaim(ref)): Promise<PrepareOutcome> {
    const log = this.#options.logger.with({ claim: `${ref.namespace}/${ref.name}`, claimUid: ref.uid });
    return this.#claimLocks.run(ref.uid, async () => {
      const known = this.#options.prepared.get(ref.uid);
      if (known) {
        log.debug('claim already prepared', { pod: known.pod.name, podUid: known.pod.uid });
        try {
          // A crash between the record and the bind left the record without the binding it says.
          if (this.#options.vfio) await bindClaimDevices(known, this.#options.vfio, log);
        } catch (error) {
          const message = `cannot bind the claim's devices to vfio-pci: ${errorMessage(error)}`;
          log.warn('claim prepare failed', { reason: message });
          return { error: message };
        }
        return { prepared: known };
      }
      try {
        const { driverName, devices, vfio } = this.#options;
        const candidate = await this.#limit.run(async () => {
          const claim = await read();
          return this.#save(checkClaim({ driverName, ref, claim, devices, vfio: vfio && ((pciAddress) => vfio.inspect(pciAddress)) }), log);
        });
        log.info('claim prepared', {
          pod: candidate.pod.name,
          podUid: candidate.pod.uid,
          devices: candidate.devices.map((device) => (isVfioDevice(device)
            ? { device: device.device, pciAddress: device.vfio.pciAddress, iommuGroup: device.vfio.iommuGroup }
            : { device: device.device, hostIfName: device.hostIfName, podIfName: device.podIfName })),
        });
        return { prepared: candidate };
      } catch (error) {
        const message = errorMessage(error);
        log.warn('claim prepare failed', { reason: message });
        return { error: message };
      }
    });
  }

  async #readClaim(ref: ClaimRef): ReturnType<ClaimSource['get']> {
    try {
      return await this.#options.claims.get(ref.namespace, ref.name);
    } catch (error) {
      if (error instanceof ClaimNotFoundError) throw error;
      const reason = errorMessage(error);
      throw new Error(`cannot read ResourceClaim ${ref.namespace}/${ref.name} from the API server (${reason}); nothing was prepared, the kubelet will retry`);
    }
  }

  /**
   * True while the IPAddress object `objectUid` belongs to claim `claimUid` here: the claim is
   * being prepared (its addresses may not be recorded yet) or its record lists the object. The
   * sweep releases what this denies.
   */
  holdsAddress(claimUid: string, objectUid: string): boolean {
    if (this.#saving.has(claimUid)) return true;
    return this.#options.prepared.get(claimUid)?.devices.some((device) => device.ipam?.addresses.some((entry) => entry.uid === objectUid)) ?? false;
  }

  /**
   * Checks the candidate against every other claim, prepared or being saved (synchronously up to
   * joining #saving, so two prepares running at once each see the other), then allocates its
   * pool addresses, saves it and binds its vfio devices; addresses of a claim that could not be
   * saved are released. The record is written before any bind, with each function's original
   * driver, so a crash mid-bind leaves what unprepare needs to give the function back.
   */
  async #save(checked: CheckedClaim, log: Logger): Promise<PreparedClaim> {
    const candidate = checked.prepared;
    const { prepared, addresses } = this.#options;
    const saving = [...this.#saving.values()];
    const samePod = [...prepared.forPod(candidate.pod.uid), ...saving.filter((other) => other.pod.uid === candidate.pod.uid)];
    const conflict = interfaceNameConflict(samePod, candidate)
      ?? deviceConflict(candidate, (pool, device) => [
        ...prepared.holdersOf(pool, device),
        ...saving.flatMap((other) => other.devices.filter((held) => held.pool === pool && held.device === device).map((held) => ({ claim: other, shareId: held.shareId }))),
      ])
      ?? pfVfConflict([...prepared.indexes(), ...saving.map(preparedClaimIndex)], candidate);
    if (conflict) throw new ClaimCheckError(conflict);
    if (checked.pools.size && !addresses) throw new ClaimCheckError('interface.ipam: this agent allocates no pool addresses');
    this.#saving.set(candidate.claim.uid, candidate);
    try {
      const complete = addresses ? await assignPoolAddresses(checked, addresses, log) : candidate;
      try {
        await prepared.save(complete);
      } catch (error) {
        if (addresses) await releasePoolAddresses(complete.devices, addresses).catch((releaseError: unknown) => log.warn('pool addresses of an unsaved claim not released; the sweep will', { reason: errorMessage(releaseError) }));
        throw error;
      }
      if (this.#options.vfio) await this.#bindOrForget(complete, this.#options.vfio, log);
      return complete;
    } finally {
      this.#saving.delete(candidate.claim.uid);
    }
  }

  /** Binds the saved claim's vfio devices; when that fails and they are all back with their drivers, the claim is forgotten. */
  async #bindOrForget(claim: PreparedClaim, vfio: VfioDriver, log: Logger): Promise<void> {
    try {
      await bindClaimDevices(claim, vfio, log);
    } catch (error) {
      // All given back already: the record has nothing left to restore. Otherwise it stays, for unprepare.
      if (error instanceof VfioBindError && error.restored) {
        await this.#options.prepared.remove(claim.claim.uid);
        if (this.#options.addresses) await releasePoolAddresses(claim.devices, this.#options.addresses).catch((releaseError: unknown) => log.warn('pool addresses of an unbound claim not released; the sweep will', { reason: errorMessage(releaseError) }));
      }
      throw new ClaimCheckError(`cannot bind to vfio-pci: ${errorMessage(error)}`);
    }
  }

  async #unprepareOne(ref: ClaimRef): Promise<string | undefined> {
    const log = this.#options.logger.with({ claim: `${ref.namespace}/${ref.name}`, claimUid: ref.uid });
    const known = this.#options.prepared.get(ref.uid);
    try {
      // Before the record goes: a function not given back keeps its record, and the kubelet retries.
      if (known && this.#options.vfio) await restoreClaimDevices(known, this.#options.vfio, log);
      if (known && this.#options.addresses) {
        // A release that fails does not keep the claim prepared: the record goes, and the sweep
        // finds the objects no record holds.
        await releasePoolAddresses(known.devices, this.#options.addresses)
          .catch((error: unknown) => log.warn('pool addresses not released; the sweep will', { reason: errorMessage(error) }));
      }
      if (await this.#options.prepared.remove(ref.uid)) {
        log.info('claim unprepared', { pod: known?.pod.name, podUid: known?.pod.uid });
      } else {
        // Success all the same: the kubelet would retry an error forever, and there is nothing to undo.
        log.info('claim was not prepared on this node; nothing to remove', {
          reason: isRecordId(ref.uid) ? 'no record for this claim uid' : 'the claim uid cannot name a prepared claim record',
        });
      }
      return undefined;
    } catch (error) {
      const message = `cannot remove the prepared state of claim ${ref.namespace}/${ref.name}: ${errorMessage(error)}`;
      log.error('claim unprepare failed', { reason: message });
      return message;
    }
  }
}

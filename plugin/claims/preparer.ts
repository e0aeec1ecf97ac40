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
import { checkClaim, ClaimCheckError, type DeviceLookup } from './check.ts';
import { KeyedLock } from '../concurrency/keyed-lock.ts';
import { interfaceNameConflict, type ClaimRef, type PreparedClaim } from './plan.ts';
import type { PreparedClaims } from './prepared-claims.ts';

export type PrepareOutcome = { prepared: PreparedClaim } | { error: string };

export interface ClaimPreparerOptions {
  driver: string;
  claims: ClaimSource;
  devices: DeviceLookup;
  prepared: PreparedClaims;
  log: Logger;
}

export class ClaimPreparer {
  readonly #options: ClaimPreparerOptions;
  readonly #claimLocks = new KeyedLock();
  /** Checking a pod's interface names and saving its claim must not interleave with a sibling claim's. */
  readonly #podLocks = new KeyedLock();

  constructor(options: ClaimPreparerOptions) {
    this.#options = options;
  }

  /** One outcome per claim UID; a failing claim never fails its siblings. */
  async prepare(refs: readonly ClaimRef[]): Promise<Map<string, PrepareOutcome>> {
    const outcomes = await Promise.all(refs.map(async (ref) => [ref.uid, await this.#claimLocks.run(ref.uid, () => this.#prepareOne(ref))] as const));
    return new Map(outcomes);
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
    return this.#claimLocks.run(ref.uid, () => this.#prepareOne(ref, async () => claim));
  }

  async #prepareOne(ref: ClaimRef, read = () => this.#readClaim(ref)): Promise<PrepareOutcome> {
    const { prepared, log: baseLog } = this.#options;
    const log = baseLog.with({ claim: `${ref.namespace}/${ref.name}`, claimUid: ref.uid });
    const known = prepared.get(ref.uid);
    if (known) {
      log.debug('claim already prepared', { pod: known.pod.name, podUid: known.pod.uid });
      return { prepared: known };
    }
    try {
      const claim = await read();
      const candidate = checkClaim({ driver: this.#options.driver, ref, claim, devices: this.#options.devices });
      await this.#podLocks.run(candidate.pod.uid, async () => {
        const conflict = interfaceNameConflict(prepared.forPod(candidate.pod.uid), candidate);
        if (conflict) throw new ClaimCheckError(conflict);
        await prepared.save(candidate);
      });
      log.info('claim prepared', {
        pod: candidate.pod.name,
        podUid: candidate.pod.uid,
        devices: candidate.devices.map((device) => ({ device: device.device, hostIfName: device.hostIfName, podIfName: device.podIfName })),
      });
      return { prepared: candidate };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn('claim prepare failed', { reason: message });
      return { error: message };
    }
  }

  async #readClaim(ref: ClaimRef): ReturnType<ClaimSource['get']> {
    try {
      return await this.#options.claims.get(ref.namespace, ref.name);
    } catch (error) {
      if (error instanceof ClaimNotFoundError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot read ResourceClaim ${ref.namespace}/${ref.name} from the API server (${reason}); nothing was prepared, the kubelet will retry`);
    }
  }

  async #unprepareOne(ref: ClaimRef): Promise<string | undefined> {
    const log = this.#options.log.with({ claim: `${ref.namespace}/${ref.name}`, claimUid: ref.uid });
    const known = this.#options.prepared.get(ref.uid);
    try {
      if (await this.#options.prepared.remove(ref.uid)) {
        log.info('claim unprepared', { pod: known?.pod.name, podUid: known?.pod.uid });
      }
      return undefined;
    } catch (error) {
      const message = `cannot remove the prepared state of claim ${ref.namespace}/${ref.name}: ${error instanceof Error ? error.message : String(error)}`;
      log.error('claim unprepare failed', { reason: message });
      return message;
    }
  }
}

/**
 * Addresses from cluster-wide pools, made unique by the API server: creating the IPAddress object
 * named after an address claims it, and AlreadyExists means someone else has it (another claim,
 * another node's agent, a Service), whatever pool or range they took it from. No CRD, no
 * controller, no lock: two agents racing for one address are decided by the create.
 *
 * Cost: each agent keeps a view of which addresses of a pool are taken (its own creations, what
 * a create found taken, and the pool's objects as last listed). In the common case the view is
 * right and handing out an address is one create. A create that meets AlreadyExists means the view
 * is stale (another node took addresses, or this agent restarted): the pool's objects are listed
 * once (one list shared by concurrent allocations) and the scan goes on. The scan never walks
 * more addresses than the view holds taken, so an IPv6 /64 costs what a /29 does.
 *
 * Each node starts at its own point in each pool (a hash of node, pool and family), so agents
 * allocating at once rarely reach for the same address.
 */
import { createHash } from 'node:crypto';
import { AF_INET, formatCidr, type Family, type IpAddress, type IpPrefix } from '../../netops/ip.ts';
import { poolFamilies, type IpPool } from '../apis/ip-pool.ts';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log.ts';
import { AddressTakenError, LABELS, type IpAddressApi } from './ip-address-api.ts';
import { familySpace, findFree, startIndex, type FamilySpace, type SpaceAddress } from './pool-space.ts';

/** Creates tried for one address before giving up: each failed one was a real race lost. */
export const MAX_CREATE_ATTEMPTS = 8;

export interface AllocatedAddress {
  address: IpPrefix;
  /** uid of the IPAddress object that claims it. */
  uid: string;
  /** The gateway of the range it came from, if the pool gives one. */
  gateway?: IpAddress;
}

export interface ClaimOwner {
  namespace: string;
  name: string;
  uid: string;
}

/** A pool that cannot give an address: exhausted, or raced away too often. */
export class PoolAllocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoolAllocationError';
  }
}

export interface PoolAllocatorOptions {
  api: IpAddressApi;
  nodeName: string;
  /** The `ipaddress.kubernetes.io/managed-by` value: the driver's name. */
  managedBy: string;
  logger: Logger;
}

interface PoolView {
  /** Canonical names known taken: listed, created by us, or found taken by a create. */
  taken: Set<string>;
  /** Names a create of ours is in flight for: never handed to a second allocation meanwhile. */
  pending: Set<string>;
  /** Next index to try, per family. */
  cursors: Map<Family, bigint>;
  /** The list in flight, shared by every allocation that found the view stale. */
  refreshing: Promise<void> | undefined;
}

export class PoolAllocator {
  readonly #options: PoolAllocatorOptions;
  readonly #views = new Map<string, PoolView>();
  readonly #nodeLabel: string;

  constructor(options: PoolAllocatorOptions) {
    this.#options = options;
    this.#nodeLabel = labelValue(options.nodeName);
  }

  /** Labels that select every IPAddress this node's agent created. */
  get nodeSelector(): Record<string, string> {
    return { [LABELS.managedBy]: this.#options.managedBy, [LABELS.node]: this.#nodeLabel };
  }

  /**
   * One address per family of the pool, each claimed by an IPAddress whose parentRef is the
   * claim. All or none: when a family fails, the addresses already claimed are released.
   */
  async allocate(claim: ClaimOwner, pool: IpPool): Promise<AllocatedAddress[]> {
    const allocated: AllocatedAddress[] = [];
    try {
      for (const family of poolFamilies(pool)) allocated.push(await this.#allocateOne(claim, pool, family));
      return allocated;
    } catch (error) {
      await this.release(pool.name, allocated);
      throw error;
    }
  }

  /** Deletes the objects (by uid, so one re-created under the same name is left alone). */
  async release(poolName: string, addresses: ReadonlyArray<{ address: IpPrefix; uid: string }>): Promise<void> {
    const failures: string[] = [];
    for (const { address, uid } of addresses) {
      const name = formatCidr(address).split('/')[0]!;
      try {
        await this.#options.api.delete(name, uid);
        this.#views.get(poolName)?.taken.delete(name);
      } catch (error) {
        failures.push(`${name}: ${errorMessage(error)}`);
      }
    }
    if (failures.length) throw new Error(`cannot release addresses of pool "${poolName}" (the sweep will): ${failures.join('; ')}`);
  }

  /**
   * Releases every address this node claimed that `holds` does not account for: the claim is not
   * prepared here with that object (a crash between create and record, a release that failed, a
   * claim deleted while the agent was away). One list per sweep; returns the names released.
   */
  async sweep(holds: (claimUid: string, objectUid: string) => boolean): Promise<string[]> {
    const released: string[] = [];
    const failures: string[] = [];
    for (const object of await this.#options.api.list(this.nodeSelector)) {
      // Decided at this instant: a claim being prepared or saved is held, whatever it has yet.
      if (holds(object.labels[LABELS.claimUid] ?? '', object.uid)) continue;
      try {
        await this.#options.api.delete(object.name, object.uid);
      } catch (error) {
        failures.push(`${object.name}: ${errorMessage(error)}`);
        continue;
      }
      const pool = object.labels[LABELS.pool];
      if (pool !== undefined) this.#views.get(pool)?.taken.delete(object.name);
      released.push(object.name);
    }
    if (released.length) this.#options.logger.info('released pool addresses no prepared claim holds', { addresses: released });
    if (failures.length) throw new Error(`cannot release ${failures.length} pool address(es) no claim holds: ${failures.slice(0, 5).join('; ')}`);
    return released;
  }

  async #allocateOne(claim: ClaimOwner, pool: IpPool, family: Family): Promise<AllocatedAddress> {
    const space = familySpace(pool, family);
    const view = this.#view(pool.name);
    let refreshed = false;
    for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
      let candidate = this.#next(view, space, pool.name);
      if (!candidate && !refreshed) {
        // The view may hold addresses released elsewhere since it was made: ask before saying no.
        await this.#refresh(pool.name, view);
        refreshed = true;
        candidate = this.#next(view, space, pool.name);
      }
      if (!candidate) throw new PoolAllocationError(`pool "${pool.name}" has no free ${familyName(family)} address (${space.size} addresses, every one in use or excluded)`);
      view.pending.add(candidate.name);
      try {
        const uid = await this.#options.api.create({
          name: candidate.name,
          labels: { [LABELS.managedBy]: this.#options.managedBy, [LABELS.pool]: pool.name, [LABELS.node]: this.#nodeLabel, [LABELS.claimUid]: claim.uid },
          parentRef: { group: 'resource.k8s.io', resource: 'resourceclaims', namespace: claim.namespace, name: claim.name },
        });
        view.taken.add(candidate.name);
        const { gateway } = candidate.range;
        return { address: candidate.prefix, uid, ...(gateway ? { gateway } : {}) };
      } catch (error) {
        if (!(error instanceof AddressTakenError)) throw new PoolAllocationError(`pool "${pool.name}": cannot claim ${candidate.name}: ${errorMessage(error)}`);
        view.taken.add(candidate.name);
        if (!refreshed) {
          await this.#refresh(pool.name, view);
          refreshed = true;
        }
      } finally {
        view.pending.delete(candidate.name);
      }
    }
    throw new PoolAllocationError(`pool "${pool.name}": ${MAX_CREATE_ATTEMPTS} ${familyName(family)} addresses in a row were taken by others meanwhile; the kubelet will retry`);
  }

  /** The next free candidate from this family's cursor, which moves past it. */
  #next(view: PoolView, space: FamilySpace, poolName: string): SpaceAddress | undefined {
    const from = view.cursors.get(space.family) ?? startIndex(space, `${this.#options.nodeName}/${poolName}/${space.family}`);
    const candidate = findFree(space, from, (name) => view.taken.has(name) || view.pending.has(name), view.taken.size + view.pending.size);
    view.cursors.set(space.family, candidate ? (candidate.index + 1n) % space.size : from);
    return candidate;
  }

  /** Replaces the view's taken set with the pool's objects as the API server has them now. */
  async #refresh(poolName: string, view: PoolView): Promise<void> {
    view.refreshing ??= (async () => {
      try {
        const listed = await this.#options.api.list({ [LABELS.managedBy]: this.#options.managedBy, [LABELS.pool]: poolName });
        view.taken = new Set(listed.map((object) => object.name));
      } finally {
        view.refreshing = undefined;
      }
    })();
    await view.refreshing;
  }

  #view(poolName: string): PoolView {
    let view = this.#views.get(poolName);
    if (!view) {
      view = { taken: new Set(), pending: new Set(), cursors: new Map(), refreshing: undefined };
      this.#views.set(poolName, view);
    }
    return view;
  }
}

function familyName(family: Family): string {
  return family === AF_INET ? 'IPv4' : 'IPv6';
}

/**
 * A node name as a label value (≤ 63 characters): node names may be 253. A long one is cut and
 * suffixed with a hash of the whole, so two long names never share a value.
 */
export function labelValue(text: string): string {
  if (text.length <= 63) return text;
  return `${text.slice(0, 46)}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/**
 * Prepare with shared parents (KEP-5075): allocations that carry a share ID and consumed
 * capacity, keyed by claim + share, next to whole-device allocations of the same node.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allocatedClaim, inventoryOf, opaqueConfig, TEST_DRIVER, TEST_POOL, type ClaimSpec } from '../../testing/claims.ts';
import { createLogger } from '../log.ts';
import { ClaimNotFoundError, type AllocationResult, type ClaimSource, type ResourceClaimView } from './claim.ts';
import type { ClaimRef } from './plan.ts';
import { PreparedClaims } from './prepared-claims.ts';
import { ClaimPreparer, type PrepareOutcome } from './preparer.ts';

const SHARE_A = '0b5c1a9e-58e3-4cc4-9a4c-7b2d0f0b5a11';
const SHARE_B = '7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5';
const SHARE_C = 'c3d2e1f0-1111-4222-8333-944455566677';

/** A child of the shared parent, as its DeviceClass would say. */
const macvlan = [opaqueConfig({ interface: { type: 'macvlan' } }, { source: 'FromClass' })];

function share(shareID: string, bandwidth = '0', request = 'net', device = 'eth1'): AllocationResult {
  return { request, driver: TEST_DRIVER, pool: TEST_POOL, device, shareID, consumedCapacity: { [`${TEST_DRIVER}/interfaces`]: '1', [`${TEST_DRIVER}/bandwidth`]: bandwidth } };
}

describe('ClaimPreparer with shared parents', () => {
  let dir: string;
  let claims: Map<string, ResourceClaimView>;
  let prepared: PreparedClaims;
  let preparer: ClaimPreparer;
  const source: ClaimSource = {
    async get(namespace, name) {
      const claim = claims.get(`${namespace}/${name}`);
      if (!claim) throw new ClaimNotFoundError(namespace, name);
      return claim;
    },
  };

  async function open(): Promise<void> {
    ({ prepared } = await PreparedClaims.open(join(dir, 'claims')));
    preparer = new ClaimPreparer({ driverName: TEST_DRIVER, claims: source, devices: inventoryOf(['eth1', 'eth2']), prepared, logger: createLogger({}, { level: 'error' }) });
  }

  function add(spec: ClaimSpec): ClaimRef {
    const claim = allocatedClaim(spec);
    claims.set(`${claim.metadata!.namespace}/${claim.metadata!.name}`, claim);
    return { namespace: claim.metadata!.namespace!, name: claim.metadata!.name!, uid: claim.metadata!.uid! };
  }

  async function prepareOne(ref: ClaimRef): Promise<PrepareOutcome> {
    return (await preparer.prepare([ref])).get(ref.uid)!;
  }

  const errorOf = (outcome: PrepareOutcome) => ('error' in outcome ? outcome.error : undefined);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-shares-'));
    claims = new Map();
    await open();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('two claims share one parent: each has its own share and rate, and unpreparing one leaves the other', async () => {
    const a = add({ name: 'claim-a', results: [share(SHARE_A, '100M')], config: macvlan, pods: [{ name: 'pod-a', uid: 'pod-uid-a' }] });
    const b = add({ name: 'claim-b', results: [share(SHARE_B)], config: macvlan, pods: [{ name: 'pod-b', uid: 'pod-uid-b' }] });
    const outcomes = await preparer.prepare([a, b]);
    expect([...outcomes.values()].map(errorOf)).toEqual([undefined, undefined]);

    expect(prepared.planForPod('pod-uid-a')?.devices).toEqual([expect.objectContaining({ device: 'eth1', hostIfName: 'eth1', shareId: SHARE_A, rateMbps: 100 })]);
    const [onB] = prepared.planForPod('pod-uid-b')?.devices ?? [];
    expect(onB).toMatchObject({ device: 'eth1', shareId: SHARE_B });
    // Nothing consumed: best effort, no rate limit.
    expect(onB).not.toHaveProperty('rateMbps');
    expect(prepared.holdersOf(TEST_POOL, 'eth1').map((holder) => [holder.claim.claim.uid, holder.shareId]).sort()).toEqual([[a.uid, SHARE_A], [b.uid, SHARE_B]]);

    expect(await preparer.unprepare([a])).toEqual(new Map([[a.uid, undefined]]));
    expect(prepared.planForPod('pod-uid-a')).toBeUndefined();
    expect(prepared.holdersOf(TEST_POOL, 'eth1').map((holder) => holder.shareId)).toEqual([SHARE_B]);

    // The same after a restart, from the records alone.
    await open();
    expect(prepared.holdersOf(TEST_POOL, 'eth1').map((holder) => [holder.claim.claim.uid, holder.shareId])).toEqual([[b.uid, SHARE_B]]);
    expect(prepared.planForPod('pod-uid-b')?.devices[0]).toMatchObject({ shareId: SHARE_B });
  });

  test('one claim may hold two shares of one parent; they are two uses, not one', async () => {
    const ref = add({
      results: [share(SHARE_A, '10M', 'first'), share(SHARE_B, '20M', 'second')],
      config: [...macvlan, opaqueConfig({ interface: { name: 'net1' } }, { requests: ['first'] }), opaqueConfig({ interface: { name: 'net2' } }, { requests: ['second'] })],
    });
    expect(errorOf(await prepareOne(ref))).toBeUndefined();
    expect(prepared.planForPod('pod-uid-a')?.devices.map((device) => ['podIfName' in device && device.podIfName, device.shareId, device.rateMbps])).toEqual([['net1', SHARE_A, 10], ['net2', SHARE_B, 20]]);
    expect(prepared.holdersOf(TEST_POOL, 'eth1')).toHaveLength(2);
  });

  test('a parent with children is never given whole, and a device held whole is no parent', async () => {
    expect(errorOf(await prepareOne(add({ name: 'child', results: [share(SHARE_A)], config: macvlan, pods: [{ name: 'pod-a', uid: 'pod-uid-a' }] })))).toBeUndefined();
    const whole = await prepareOne(add({ name: 'whole', devices: ['eth1'], pods: [{ name: 'pod-b', uid: 'pod-uid-b' }] }));
    expect(errorOf(whole)).toMatch(/^request "nic-0" device "eth1" \(pool "node-a"\): the device is held by claim default\/child \(uid uid-child\), prepared on this node for pod pod-a; the device is a shared parent with children of that claim, and a parent with children is never moved into a pod, so /);

    expect(errorOf(await prepareOne(add({ name: 'whole-2', devices: ['eth2'], pods: [{ name: 'pod-c', uid: 'pod-uid-c' }] })))).toBeUndefined();
    const parent = await prepareOne(add({ name: 'child-2', results: [share(SHARE_C, '0', 'net', 'eth2')], config: macvlan, pods: [{ name: 'pod-d', uid: 'pod-uid-d' }] }));
    expect(errorOf(parent)).toMatch(/held by claim default\/whole-2 .*; that claim has the device whole, so it cannot be a shared parent, so this claim can be prepared once that claim is unprepared$/);
  });

  test('a child config on a device allocated whole, and the device itself on a share, are refused naming interface.type', async () => {
    const whole = await prepareOne(add({ name: 'whole', devices: ['eth2'], config: [opaqueConfig({ interface: { type: 'ipvlan', mode: 'l2' } })] }));
    expect(errorOf(whole)).toBe('request "nic-0" device "eth2": interface.type "ipvlan" makes a child of a shared parent, but the device was allocated whole (no shareID in its allocation result); '
      + 'request it through a DeviceClass that selects shared parents, or leave interface.type unset');
    const unset = await prepareOne(add({ name: 'unset', results: [share(SHARE_A)] }));
    expect(errorOf(unset)).toBe(`request "net" device "eth1": interface.type is unset (the device itself), but the device was allocated as a shared parent (shareID ${SHARE_A}), which stays on the host; set interface.type to "macvlan", "ipvlan" or "vlan"`);
    const device = await prepareOne(add({ name: 'device', results: [share(SHARE_B)], config: [opaqueConfig({ interface: { type: 'device' } })] }));
    expect(errorOf(device)).toMatch(/^request "net" device "eth1": interface.type is "device", but the device was allocated as a shared parent/);
    expect(prepared.size).toBe(0);
  });

  test('share IDs and consumed capacities from outside are checked, naming the field', async () => {
    const badId = await prepareOne(add({ name: 'bad-id', results: [share('../../etc')] }));
    expect(errorOf(badId)).toBe('request "net" device "eth1": shareID: not a UUID');
    const badBandwidth = await prepareOne(add({ name: 'bad-bw', results: [share(SHARE_A, 'fast')] }));
    expect(errorOf(badBandwidth)).toBe('request "net" device "eth1": consumedCapacity["netclaim.io/bandwidth"]: "fast" is not a quantity (e.g. 100M, 1Gi, 10)');
    const negative = await prepareOne(add({ name: 'neg-bw', results: [share(SHARE_A, '-1M')] }));
    expect(errorOf(negative)).toBe('request "net" device "eth1": consumedCapacity["netclaim.io/bandwidth"]: must be a bandwidth ≥ 0 in bit/s');
  });
});

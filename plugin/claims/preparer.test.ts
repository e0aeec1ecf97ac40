import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../log.ts';
import { ClaimNotFoundError, type ClaimSource, type ResourceClaimView } from './claim.ts';
import { allocatedClaim, inventoryOf, opaqueConfig, TEST_DRIVER, type ClaimSpec } from '../../testing/claims.ts';
import type { DeviceEntry } from './check.ts';
import { PreparedClaims } from './prepared-claims.ts';
import { ClaimPreparer, MAX_CONCURRENT_PREPARES, type PrepareOutcome } from './preparer.ts';
import { waitFor } from '../../testing/wait.ts';
import { withZodFailingOnce } from '../../testing/zod-unloadable.ts';

/**
 * The API server as an in-memory map, with a switch to make it unreachable and a gate to hold
 * reads: enough for the preparer's own logic. The e2e test runs it against the fake API server.
 */
class MemoryClaims implements ClaimSource {
  readonly claims = new Map<string, ResourceClaimView>();
  reachable = true;
  reads = 0;
  inFlight = 0;
  maxInFlight = 0;
  gate: Promise<void> = Promise.resolve();

  add(spec: ClaimSpec): { namespace: string; name: string; uid: string } {
    const claim = allocatedClaim(spec);
    const ref = { namespace: claim.metadata!.namespace!, name: claim.metadata!.name!, uid: claim.metadata!.uid! };
    this.claims.set(`${ref.namespace}/${ref.name}`, claim);
    return ref;
  }

  async get(namespace: string, name: string): Promise<ResourceClaimView> {
    this.reads++;
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    try {
      await this.gate;
    } finally {
      this.inFlight--;
    }
    if (!this.reachable) throw new Error('connect ECONNREFUSED 127.0.0.1:6443');
    const claim = this.claims.get(`${namespace}/${name}`);
    if (!claim) throw new ClaimNotFoundError(namespace, name);
    return claim;
  }
}

/** A gate that holds every read until released. */
function holdReads(api: MemoryClaims): () => void {
  let release = (): void => undefined;
  api.gate = new Promise((resolve) => { release = resolve; });
  return release;
}

function errorOf(outcome: PrepareOutcome | undefined): string | undefined {
  return outcome && 'error' in outcome ? outcome.error : undefined;
}

describe('ClaimPreparer', () => {
  let dir: string;
  let api: MemoryClaims;
  let prepared: PreparedClaims;
  let preparer: ClaimPreparer;
  const log = createLogger({}, { level: 'error' });
  const devices = inventoryOf(['eth0', 'eth1', 'eth2', 'eth3'], ['eth0']);

  async function start(): Promise<void> {
    ({ prepared } = await PreparedClaims.open(join(dir, 'claims')));
    preparer = new ClaimPreparer({ driverName: TEST_DRIVER, claims: api, devices, prepared, logger: log });
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-preparer-'));
    api = new MemoryClaims();
    await start();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('prepare stores the plan under the pod; the same claim again is answered from the store', async () => {
    const ref = api.add({ devices: ['eth1', 'eth2'] });
    const first = await preparer.prepare([ref]);
    expect(first.get(ref.uid)).toEqual({ prepared: expect.objectContaining({ claim: ref }) });
    expect(prepared.planForPod('pod-uid-a')?.devices.map((device) => 'hostIfName' in device && device.hostIfName)).toEqual(['eth1', 'eth2']);

    api.reachable = false;
    const again = await preparer.prepare([ref]);
    expect(again.get(ref.uid)).toEqual(first.get(ref.uid));
    expect(api.reads).toBe(1);
  });

  test('a restarted agent answers from the checkpoint, and unprepare removes it durably', async () => {
    const ref = api.add({});
    const before = await preparer.prepare([ref]);
    api.claims.clear();
    await start();
    expect(await preparer.prepare([ref])).toEqual(before);

    expect((await preparer.unprepare([ref])).get(ref.uid)).toBeUndefined();
    await start();
    expect(prepared.get(ref.uid)).toBeUndefined();
    expect(prepared.planForPod('pod-uid-a')).toBeUndefined();
  });

  test('an agent restarted without a loadable zod fails unprepare, keeping the record, instead of removing it unread', async () => {
    const ref = api.add({});
    await preparer.prepare([ref]);
    await withZodFailingOnce(async () => {
      const { PreparedClaims: Isolated } = await import('./prepared-claims.ts');
      const { ClaimPreparer: IsolatedPreparer } = await import('./preparer.ts');
      const restarted = new IsolatedPreparer({ driverName: TEST_DRIVER, claims: api, devices, prepared: (await Isolated.open(join(dir, 'claims'))).prepared, logger: log });
      await expect(restarted.unprepare([ref])).rejects.toThrow(/^cannot load zod, which checks every config and record: Cannot find module 'zod'$/);
      // What would give a vfio function back or release pool addresses is still on disk, for the kubelet's retry.
      expect(await readdir(join(dir, 'claims'))).toEqual([`${ref.uid}.json`]);
      expect((await restarted.unprepare([ref])).get(ref.uid)).toBeUndefined();
      expect(await readdir(join(dir, 'claims'))).toEqual([]);
    });
  });

  test('unprepare of a claim never prepared, or already gone from the API server, succeeds', async () => {
    const result = await preparer.unprepare([{ namespace: 'default', name: 'ghost', uid: 'ghost-uid' }]);
    expect([...result]).toEqual([['ghost-uid', undefined]]);
  });

  test('an unreachable API server fails the claim with a clear reason, stores nothing, and a retry succeeds', async () => {
    const ref = api.add({});
    api.reachable = false;
    expect(errorOf((await preparer.prepare([ref])).get(ref.uid))).toBe(
      'cannot read ResourceClaim default/claim-a from the API server (connect ECONNREFUSED 127.0.0.1:6443); nothing was prepared, the kubelet will retry',
    );
    expect(prepared.size).toBe(0);
    api.reachable = true;
    expect((await preparer.prepare([ref])).get(ref.uid)).toHaveProperty('prepared');
  });

  test('a failing claim does not fail its sibling in the same call', async () => {
    const good = api.add({ name: 'good', devices: ['eth1'] });
    const bad = api.add({ name: 'bad', devices: ['eth9'] });
    const result = await preparer.prepare([good, bad]);
    expect(result.get(good.uid)).toHaveProperty('prepared');
    expect(errorOf(result.get(bad.uid))).toBe('request "nic-0" device "eth9": no such device on this node (pool "node-a"); it may have been removed since it was allocated');
  });

  test('two claims of one pod may not use one interface name; the claim that was first keeps it', async () => {
    const first = api.add({ name: 'first', devices: ['eth1'], config: [opaqueConfig({ interface: { name: 'net1' } })] });
    const second = api.add({ name: 'second', devices: ['eth2'], config: [opaqueConfig({ interface: { name: 'net1' } })] });
    await preparer.prepare([first]);
    expect(errorOf((await preparer.prepare([second])).get(second.uid))).toBe(
      'request "nic-0" device "eth2": interface name "net1" in pod pod-a is already taken by device "eth1" of claim default/first; set interface.name in one of the claims\' configs to a different name',
    );
    expect(prepared.planForPod('pod-uid-a')?.devices.map((device) => device.claim.name)).toEqual(['first']);
  });

  test('the same claim sent twice at once is read and stored once', async () => {
    const ref = api.add({});
    const [a, b] = await Promise.all([preparer.prepare([ref]), preparer.prepare([ref])]);
    expect(a.get(ref.uid)).toEqual(b.get(ref.uid));
    expect(api.reads).toBe(1);
  });

  test('unprepare waits for a prepare of the same claim in flight, so no plan is left behind', async () => {
    const ref = api.add({});
    let release = (): void => undefined;
    api.gate = new Promise((resolve) => { release = resolve; });
    const preparing = preparer.prepare([ref]);
    const unpreparing = preparer.unprepare([ref]);
    release();
    await Promise.all([preparing, unpreparing]);
    expect(prepared.get(ref.uid)).toBeUndefined();
  });

  test('a slow API read for one claim does not hold up another claim', async () => {
    const slow = api.add({ name: 'slow', devices: ['eth1'], pods: [{ name: 'p1', uid: 'u1' }] });
    let release = (): void => undefined;
    api.gate = new Promise((resolve) => { release = resolve; });
    const slowPrepare = preparer.prepare([slow]);
    api.gate = Promise.resolve();
    const fast = api.add({ name: 'fast', devices: ['eth2'], pods: [{ name: 'p2', uid: 'u2' }] });
    expect((await preparer.prepare([fast])).get(fast.uid)).toHaveProperty('prepared');
    release();
    expect((await slowPrepare).get(slow.uid)).toHaveProperty('prepared');
  });

  test('a device held by another prepared claim is refused, naming that claim and the device; after its unprepare it is free', async () => {
    const holder = api.add({ name: 'holder', devices: ['eth1'], pods: [{ name: 'p1', uid: 'u1' }] });
    const late = api.add({ name: 'late', devices: ['eth2', 'eth1'], pods: [{ name: 'p2', uid: 'u2' }] });
    await preparer.prepare([holder]);
    expect(errorOf((await preparer.prepare([late])).get(late.uid))).toBe(
      'request "nic-1" device "eth1" (pool "node-a"): the device is held by claim default/holder (uid uid-holder), prepared on this node for pod p1; '
      + 'a network device is in one claim at a time, so this claim can be prepared once that claim is unprepared',
    );
    expect(prepared.get(late.uid)).toBeUndefined();
    await preparer.unprepare([holder]);
    expect((await preparer.prepare([late])).get(late.uid)).toHaveProperty('prepared');
  });

  test('the device holder is known again after a restart', async () => {
    const holder = api.add({ name: 'holder', devices: ['eth1'], pods: [{ name: 'p1', uid: 'u1' }] });
    const late = api.add({ name: 'late', devices: ['eth1'], pods: [{ name: 'p2', uid: 'u2' }] });
    await preparer.prepare([holder]);
    await start();
    expect(errorOf((await preparer.prepare([late])).get(late.uid))).toMatch(/held by claim default\/holder \(uid uid-holder\)/);
  });

  describe('a PF and its VFs', () => {
    const sriov = {
      byDeviceName: (name: string) => ({
        pf0: { pool: 'node-a', ifName: 'ens1f0' },
        vf1: { pool: 'node-a', ifName: 'ens1f0v1', sriovVf: { pfIfName: 'ens1f0', vfIndex: 1 } },
        vf2: { pool: 'node-a', ifName: 'ens1f0v2', sriovVf: { pfIfName: 'ens1f0', vfIndex: 2 } },
      } as Record<string, DeviceEntry>)[name],
    };
    beforeEach(() => {
      preparer = new ClaimPreparer({ driverName: TEST_DRIVER, claims: api, devices: sriov, prepared, logger: log });
    });

    test('a PF is refused while a VF of it is prepared, and a VF while its PF is, naming the other claim; VFs live together', async () => {
      const vfs = api.add({ name: 'vfs', devices: ['vf1'], pods: [{ name: 'p1', uid: 'u1' }] });
      const moreVfs = api.add({ name: 'more-vfs', devices: ['vf2'], pods: [{ name: 'p3', uid: 'u3' }] });
      const pf = api.add({ name: 'pf', devices: ['pf0'], pods: [{ name: 'p2', uid: 'u2' }] });
      await preparer.prepare([vfs]);
      expect((await preparer.prepare([moreVfs])).get(moreVfs.uid)).toHaveProperty('prepared');
      expect(errorOf((await preparer.prepare([pf])).get(pf.uid))).toMatch(/^request "nic-0" device "pf0": its VF \d \("vf\d"\) is prepared in claim default\/(more-)?vfs for pod p\d; a PF cannot move/);
      await preparer.unprepare([vfs, moreVfs]);
      expect((await preparer.prepare([pf])).get(pf.uid)).toHaveProperty('prepared');
      expect(errorOf((await preparer.prepare([vfs])).get(vfs.uid))).toBe('request "nic-0" device "vf1": its PF ens1f0 ("pf0") is prepared in claim default/pf for pod p2; '
        + 'a VF cannot be used while its PF is in a pod; this claim can be prepared once that claim is unprepared');
    });

    test('a PF and its VF prepared at once: one wins', async () => {
      const vf = api.add({ name: 'vf', devices: ['vf1'], pods: [{ name: 'p1', uid: 'u1' }] });
      const pf = api.add({ name: 'pf', devices: ['pf0'], pods: [{ name: 'p2', uid: 'u2' }] });
      const release = holdReads(api);
      const calls = [preparer.prepare([vf]), preparer.prepare([pf])];
      await waitFor(() => api.inFlight === 2);
      release();
      const outcomes = [(await calls[0]!).get(vf.uid), (await calls[1]!).get(pf.uid)];
      expect(outcomes.filter((outcome) => outcome && 'prepared' in outcome)).toHaveLength(1);
      expect(prepared.size).toBe(1);
    });
  });

  test.each([
    ['one device for two pods', { first: { devices: ['eth1'], pods: [{ name: 'p1', uid: 'u1' }] }, second: { devices: ['eth1'], pods: [{ name: 'p2', uid: 'u2' }] } }, /device "eth1" \(pool "node-a"\): the device is held by claim default\/(first|second)/],
    ['one interface name in one pod', {
      first: { devices: ['eth1'], config: [opaqueConfig({ interface: { name: 'net1' } })] },
      second: { devices: ['eth2'], config: [opaqueConfig({ interface: { name: 'net1' } })] },
    }, /interface name "net1" in pod pod-a is already taken/],
  ])('two claims prepared at once cannot both win %s', async (_what, specs, refusal) => {
    const first = api.add({ name: 'first', ...specs.first });
    const second = api.add({ name: 'second', ...specs.second });
    const release = holdReads(api);
    // Separate calls, as two pods' prepares are: both reads are answered before either claim is saved.
    const calls = [preparer.prepare([first]), preparer.prepare([second])];
    await waitFor(() => api.inFlight === 2);
    release();
    const outcomes = [(await calls[0]!).get(first.uid), (await calls[1]!).get(second.uid)];
    expect(outcomes.filter((outcome) => outcome && 'prepared' in outcome)).toHaveLength(1);
    expect(outcomes.map(errorOf).filter((error) => error !== undefined)).toEqual([expect.stringMatching(refusal)]);
    expect(prepared.size).toBe(1);
  });

  test(`no more than ${MAX_CONCURRENT_PREPARES} claims are read at once, however many one call carries`, async () => {
    const names = Array.from({ length: 40 }, (_, index) => `nic${index}`);
    preparer = new ClaimPreparer({ driverName: TEST_DRIVER, claims: api, devices: inventoryOf(names), prepared, logger: log });
    const refs = names.map((device, index) => api.add({ name: `c${index}`, devices: [device], pods: [{ name: `p${index}`, uid: `u${index}` }] }));
    const release = holdReads(api);
    const call = preparer.prepare(refs);
    await waitFor(() => api.inFlight === MAX_CONCURRENT_PREPARES);
    release();
    const outcomes = await call;
    expect([...outcomes.values()].filter((outcome) => 'prepared' in outcome)).toHaveLength(40);
    expect(api.maxInFlight).toBe(MAX_CONCURRENT_PREPARES);
  });

  test('unprepare of a uid that cannot name a record has nothing to remove: success', async () => {
    const ids = ['../x', '', 'x'.repeat(300), 'a/b'];
    const result = await preparer.unprepare(ids.map((uid) => ({ namespace: 'default', name: 'odd', uid })));
    expect([...result]).toEqual(ids.map((uid) => [uid, undefined]));
  });

  test('prepares from a claim object the caller read, with no API read and the same refusals', async () => {
    const claim = allocatedClaim({ name: 'on-the-spot', devices: ['eth1'] });
    const ref = { namespace: 'default', name: 'on-the-spot', uid: claim.metadata!.uid! };
    const outcome = await preparer.prepareFromObject(ref, claim);
    expect(outcome).toHaveProperty('prepared.devices', [expect.objectContaining({ device: 'eth1' })]);
    expect(prepared.get(ref.uid)?.pod.name).toBe('pod-a');
    const uplink = allocatedClaim({ name: 'uplink', devices: ['eth0'] });
    expect(errorOf(await preparer.prepareFromObject({ namespace: 'default', name: 'uplink', uid: uplink.metadata!.uid! }, uplink))).toMatch(/host interface eth0 stays with the node/);
    expect(api.reads).toBe(0);
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnreadableRecord } from '../store/record-store.ts';
import { decodePreparedClaim } from './plan.ts';
import { PreparedClaims } from './prepared-claims.ts';
import { withZodFailingOnce } from '../../testing/zod-unloadable.ts';

/** A record as the agent writes it (the JSON format nodes upgrade in place with). */
function record(claim: string, pod: string, device: string, config: unknown = { interface: { name: 'net1', addresses: ['10.0.0.2/24'] } }): Record<string, unknown> {
  return {
    version: 1,
    claim: { namespace: 'ns', name: claim, uid: `uid-${claim}` },
    pod: { name: pod, uid: `uid-${pod}` },
    devices: [{ request: 'nic', pool: 'node-a', device, hostIfName: device, podIfName: 'net1', config, rdmaCharDevices: [] }],
  };
}

describe('PreparedClaims', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-prepared-'));
    await mkdir(join(dir, 'claims'), { mode: 0o700 });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function plant(id: string, value: unknown): Promise<void> {
    await writeFile(join(dir, 'claims', `${id}.json`), JSON.stringify(value), { mode: 0o600 });
  }

  test('a loaded record is indexed by pod and device, and decoded at first use to what its schema decodes', async () => {
    const stored = record('a', 'p', 'eth1');
    await plant('uid-a', stored);
    const { prepared, unreadable } = await PreparedClaims.open(join(dir, 'claims'));
    expect(unreadable).toEqual([]);
    expect(prepared.size).toBe(1);
    const expected = decodePreparedClaim(JSON.parse(JSON.stringify(stored)));
    expect(prepared.holdersOf('node-a', 'eth1')).toEqual([{ claim: expected, shareId: undefined }]);
    expect(prepared.forPod('uid-p')).toEqual([expected]);
    // Decoded once: every later use sees the same value.
    expect(prepared.get('uid-a')).toBe(prepared.forPod('uid-p')[0]);
    expect(prepared.get('uid-a')?.devices[0]?.config.interface?.addresses?.[0]).toEqual({ family: 2, bytes: Buffer.from([10, 0, 0, 2]), prefixLength: 24 });
  });

  test('the conflict checks see who holds which VF of which PF from the index, without decoding claims nobody used yet', async () => {
    const vfClaim = record('a', 'p', 'vf3');
    (vfClaim.devices as Array<Record<string, unknown>>)[0]!.vf = { pfIfName: 'pf0', vfIndex: 3 };
    // A rest that no longer decodes shows that indexes() left it alone.
    await plant('uid-a', { ...vfClaim, devices: [{ ...(vfClaim.devices as object[])[0], config: { interface: { mtu: 1 } } }] });
    const reported: UnreadableRecord[] = [];
    const { prepared } = await PreparedClaims.open(join(dir, 'claims'), (record) => reported.push(record));
    expect(prepared.indexes()).toEqual([{
      claim: { namespace: 'ns', name: 'a', uid: 'uid-a' },
      pod: { name: 'p', uid: 'uid-p' },
      devices: [{ request: 'nic', pool: 'node-a', device: 'vf3', hostIfName: 'vf3', vf: { pfIfName: 'pf0', vfIndex: 3 } }],
    }]);
    expect(reported).toEqual([]);
  });

  test('a record whose claim, pod or devices are not a prepared claim\'s is refused at load, the others load', async () => {
    await plant('uid-a', record('a', 'p', 'eth1'));
    await plant('uid-b', { ...record('b', 'q', 'eth2'), claim: { namespace: 'ns', name: 'b', uid: 7 } });
    await plant('uid-c', { ...record('c', 'r', 'eth3'), version: 2 });
    const { prepared, unreadable } = await PreparedClaims.open(join(dir, 'claims'));
    expect(prepared.size).toBe(1);
    expect(unreadable.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'uid-b', reason: expect.stringMatching(/^not a prepared claim record: claim\.uid: /) as unknown },
      { id: 'uid-c', reason: expect.stringMatching(/^not a prepared claim record: version: /) as unknown },
    ]);
  });

  test('a record found bad at first use is reported once, naming the field, and forgotten like one unreadable at load', async () => {
    await plant('uid-a', record('a', 'p', 'eth1', { interface: { mtu: 1, addresses: ['10.0.0.2/24'] } }));
    await plant('uid-b', record('b', 'p', 'eth2'));
    const reports: UnreadableRecord[] = [];
    const { prepared, unreadable } = await PreparedClaims.open(join(dir, 'claims'), (report) => reports.push(report));
    expect(unreadable).toEqual([]);
    expect(prepared.size).toBe(2);

    expect(prepared.forPod('uid-p').map((claim) => claim.claim.name)).toEqual(['b']);
    expect(reports).toEqual([{ id: 'uid-a', reason: expect.stringMatching(/^not a prepared claim record: devices\.0\.config\.interface\.mtu: /) as unknown }]);
    expect(prepared.size).toBe(1);
    expect(prepared.get('uid-a')).toBeUndefined();
    expect(prepared.holdersOf('node-a', 'eth1')).toEqual([]);
    expect(reports).toHaveLength(1);
  });

  test('zod failing to load at a claim\'s first use is the agent\'s error, not the record\'s: the claim stays, and the next use decodes it', async () => {
    await plant('uid-a', record('a', 'p', 'eth1'));
    await withZodFailingOnce(async () => {
      const { PreparedClaims: Isolated } = await import('./prepared-claims.ts');
      const reports: UnreadableRecord[] = [];
      const { prepared } = await Isolated.open(join(dir, 'claims'), (report) => reports.push(report));
      expect(() => prepared.get('uid-a')).toThrow(/^cannot load zod, which checks every config and record: Cannot find module 'zod'$/);
      expect(reports).toEqual([]);
      expect(prepared.size).toBe(1);
      expect(prepared.forPod('uid-p').map((claim) => claim.claim.name)).toEqual(['a']);
      expect(prepared.holdersOf('node-a', 'eth1')).toHaveLength(1);
    });
  });

  test('a claim saved after load replaces its loaded record, and removing it frees its device', async () => {
    await plant('uid-a', record('a', 'p', 'eth1'));
    const { prepared } = await PreparedClaims.open(join(dir, 'claims'));
    const saved = decodePreparedClaim(record('a', 'p', 'eth2'));
    await prepared.save(saved);
    expect(prepared.get('uid-a')).toBe(saved);
    expect(prepared.holdersOf('node-a', 'eth2')).toEqual([{ claim: saved, shareId: undefined }]);
    expect(await prepared.remove('uid-a')).toBe(true);
    expect(prepared.size).toBe(0);
    expect(prepared.holdersOf('node-a', 'eth2')).toEqual([]);
    expect(prepared.forPod('uid-p')).toEqual([]);
    expect(await prepared.remove('uid-a')).toBe(false);
  });
});

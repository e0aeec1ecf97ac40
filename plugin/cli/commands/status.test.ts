/** `netclaim status` with records a real node can hold: good, pointing at a gone or bogus namespace, and torn. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { PodAttachmentStore, type PodAttachments } from '../../agent/pod-attachments.ts';
import { stateLayout } from '../../agent/state-layout.ts';
import { deviceStatus } from './status.ts';
import { FakePciKernel } from '../../../netops/test/sysfs-fixtures.ts';
import { PreparedClaims } from '../../claims/prepared-claims.ts';

const bin = path.resolve(import.meta.dirname, '../../../bin/netclaim');

function record(uid: string, netnsPath: string): PodAttachments {
  return {
    pod: { uid, namespace: 'default', name: `pod-${uid}` },
    netnsPath,
    devices: [{
      claim: { namespace: 'default', name: `claim-${uid}`, uid: `claim-uid-${uid}` },
      request: 'nic', pool: 'node-a', device: `dev-${uid}`,
      attachment: { netnsPath, podIfName: 'net1', snapshot: { ifName: `host-${uid}`, ifIndex: 7, mtu: 1500, mac: '02:00:00:00:00:07', up: true, addresses: [], routes: [] }, rules: [] },
    }],
  };
}

describe('netclaim status', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'netclaim-status-'));
  });
  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  test('a torn record and a record whose namespace is no namespace are reported, and the rest is shown; the exit code says so', async () => {
    const store = new PodAttachmentStore(stateLayout(stateDir).pods);
    await store.load();
    const notANamespace = join(stateDir, 'not-a-netns');
    await writeFile(notANamespace, '');
    await store.put(record('gone', join(stateDir, 'no-such-netns')));
    await store.put(record('bogus', notANamespace));
    await writeFile(join(stateLayout(stateDir).pods, 'torn.json'), '{"pod": {"uid": "torn", "secret": "s3cr3t"');

    const rows = await deviceStatus(stateDir);
    expect(rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ podUid: 'gone', device: 'dev-gone', state: 'netns-gone' }),
      expect.objectContaining({ podUid: 'bogus', device: 'dev-bogus', state: 'unknown', reason: expect.stringContaining(notANamespace) }),
      { podUid: 'torn', state: 'unreadable', reason: 'not valid JSON (torn or foreign file)' },
    ]));
    expect(rows).toHaveLength(3);

    const text = spawnSync(bin, ['status', '--state-dir', stateDir], { encoding: 'utf8' });
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('pod record torn  unreadable: not valid JSON (torn or foreign file)');
    expect(text.stdout).toMatch(/^default\/pod-gone {2}default\/claim-gone {2}host-gone -> net1 {2}netns-gone/m);
    expect(text.stdout).not.toContain('s3cr3t');
    const json = spawnSync(bin, ['status', '--json', '--state-dir', stateDir], { encoding: 'utf8' });
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toHaveLength(3);
  });

  test('all records readable: exit 0', async () => {
    const store = new PodAttachmentStore(stateLayout(stateDir).pods);
    await store.load();
    await store.put(record('gone', join(stateDir, 'no-such-netns')));
    const result = spawnSync(bin, ['status', '--json', '--state-dir', stateDir], { encoding: 'utf8' });
    expect([result.status, JSON.parse(result.stdout).map((row: { state: string }) => row.state)]).toEqual([0, ['netns-gone']]);
    expect(spawnSync(bin, ['status', '--state-dir', join(stateDir, 'empty')], { encoding: 'utf8' }).stdout).toBe('no devices attached to pods\n');
  });
});

describe('netclaim status: functions bound to vfio-pci', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'netclaim-status-'));
  });
  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  test('a prepared vfio device is a row with its PCI address and whether vfio-pci has it, never an interface name', async () => {
    const kernel = new FakePciKernel(join(stateDir, 'sys'));
    kernel.add({ pciAddress: '0000:00:03.0', nativeDriver: 'iavf', boundTo: 'vfio-pci', iommuGroup: 30 });
    kernel.add({ pciAddress: '0000:00:04.0', nativeDriver: 'iavf', ifName: 'ens4', iommuGroup: 31 });
    const { prepared } = await PreparedClaims.open(stateLayout(stateDir).claims);
    await prepared.save({
      version: 1, claim: { namespace: 'default', name: 'dpdk', uid: 'uid-dpdk' }, pod: { name: 'pod-d', uid: 'pod-uid-d' },
      devices: [
        { request: 'a', pool: 'node-a', device: 'pci-0000-00-03-0', config: { driver: 'vfio-pci' }, vfio: { pciAddress: '0000:00:03.0', iommuGroup: 30, originalDriver: 'iavf' } },
        { request: 'b', pool: 'node-a', device: 'pci-0000-00-04-0', config: { driver: 'vfio-pci' }, vfio: { pciAddress: '0000:00:04.0', iommuGroup: 31, originalDriver: 'iavf' } },
      ],
    });
    expect(await deviceStatus(stateDir, kernel.root)).toEqual([
      { pod: 'default/pod-d', podUid: 'pod-uid-d', claim: 'default/dpdk', device: 'pci-0000-00-03-0', pciAddress: '0000:00:03.0', iommuGroup: 30, state: 'bound', driver: 'vfio-pci' },
      { pod: 'default/pod-d', podUid: 'pod-uid-d', claim: 'default/dpdk', device: 'pci-0000-00-04-0', pciAddress: '0000:00:04.0', iommuGroup: 31, state: 'not-bound', driver: 'iavf' },
    ]);
  });
});

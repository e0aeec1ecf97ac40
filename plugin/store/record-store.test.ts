import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordStore } from './record-store.ts';

interface Counter {
  count: number;
}

function decodeCounter(value: unknown): Counter {
  if (typeof value !== 'object' || value === null || typeof (value as Counter).count !== 'number') {
    throw new Error('not a counter: count must be a number');
  }
  return { count: (value as Counter).count };
}

describe('RecordStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netclaim-store-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a record put by one store is read back by a fresh store on the same directory', async () => {
    const first = new RecordStore(join(dir, 'counters'), decodeCounter);
    await first.load();
    await first.put('a', { count: 1 });
    await first.put('b', { count: 2 });
    await first.put('a', { count: 3 });

    const second = new RecordStore(join(dir, 'counters'), decodeCounter);
    const { records, unreadable } = await second.load();
    expect(Object.fromEntries(records)).toEqual({ a: { count: 3 }, b: { count: 2 } });
    expect(unreadable).toEqual([]);
    expect(await second.get('b')).toEqual({ count: 2 });
    expect(await second.get('missing')).toBeUndefined();
  });

  test('records are private to the agent and no temporary file stays behind', async () => {
    const store = new RecordStore(join(dir, 'counters'), decodeCounter);
    await store.load();
    await store.put('a', { count: 1 });
    expect(await readdir(store.dir)).toEqual(['a.json']);
    expect((await stat(join(store.dir, 'a.json'))).mode & 0o077).toBe(0);
    expect((await stat(store.dir)).mode & 0o077).toBe(0);
  });

  test('delete removes a record and reports whether there was one', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    await store.put('a', { count: 1 });
    expect(await store.delete('a')).toBe(true);
    expect(await store.delete('a')).toBe(false);
    expect(await store.get('a')).toBeUndefined();
  });

  test('load removes temporary files of an interrupted write and keeps the previous record', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    await store.put('a', { count: 1 });
    await writeFile(join(dir, '.a.999.1.tmp'), '{"count": 2');
    const { records } = await store.load();
    expect(records.get('a')).toEqual({ count: 1 });
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  test('an observer reads records without removing a write in flight, and a missing directory is empty', async () => {
    const owner = new RecordStore(join(dir, 'counters'), decodeCounter);
    await owner.load();
    await owner.put('a', { count: 1 });
    const inFlight = join(owner.dir, '.b.123.1.tmp');
    await writeFile(inFlight, '{"count":2}');
    const observer = new RecordStore(join(dir, 'counters'), decodeCounter);
    expect(Object.fromEntries((await observer.read()).records)).toEqual({ a: { count: 1 } });
    expect((await readdir(owner.dir)).sort()).toEqual(['.b.123.1.tmp', 'a.json']);
    expect((await new RecordStore(join(dir, 'nothing-yet'), decodeCounter).read()).records.size).toBe(0);
  });

  test('a record that does not decode is reported with its reason and left on disk', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    await store.put('good', { count: 1 });
    await writeFile(join(dir, 'torn.json'), '{"count":');
    await writeFile(join(dir, 'wrong.json'), '{"count":"x"}');
    const { records, unreadable } = await store.load();
    expect([...records.keys()]).toEqual(['good']);
    expect(unreadable.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'torn', reason: expect.stringMatching(/JSON/) },
      { id: 'wrong', reason: 'not a counter: count must be a number' },
    ]);
    expect((await readdir(dir)).sort()).toEqual(['good.json', 'torn.json', 'wrong.json']);
  });

  test('ids that could escape the directory or hide as dot-files are refused', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    for (const id of ['../x', 'a/b', '.hidden', '']) {
      await expect(store.put(id, { count: 1 })).rejects.toThrow(/invalid record id/);
    }
  });
});

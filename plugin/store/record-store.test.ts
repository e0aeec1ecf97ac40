import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_RECORD_BYTES, RecordStore, UnreadableRecordError } from './record-store.ts';

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
      { id: 'torn', reason: 'not valid JSON (torn or foreign file)' },
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

  test('a delete of an id that cannot name a record finds nothing to remove', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    for (const id of ['../x', '', 'x'.repeat(300)]) expect(await store.delete(id)).toBe(false);
  });

  test('a symlink planted at a record path is refused, and the file it points to is untouched', async () => {
    const store = new RecordStore(join(dir, 'counters'), decodeCounter);
    await store.load();
    const victim = join(dir, 'victim');
    await writeFile(victim, 'precious');
    await symlink(victim, join(store.dir, 'a.json'));
    await expect(store.put('a', { count: 1 })).rejects.toThrow(`refusing to write ${join(store.dir, 'a.json')}: it is a symbolic link`);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readdir(store.dir)).toEqual(['a.json']);
    await expect(store.get('a')).rejects.toThrow(new UnreadableRecordError('record a is unreadable: is a symbolic link'));
    expect((await store.read()).unreadable).toEqual([{ id: 'a', reason: 'is a symbolic link' }]);
  });

  test('a directory at a record path is refused, and a write that fails names its step and leaves no temporary file', async () => {
    const store = new RecordStore(join(dir, 'counters'), decodeCounter);
    await store.load();
    await mkdir(join(store.dir, 'a.json'));
    await expect(store.put('a', { count: 1 })).rejects.toThrow(`refusing to write ${join(store.dir, 'a.json')}: it is not a regular file`);
    expect(await readdir(store.dir)).toEqual(['a.json']);
    // The directory vanishes after the store checked it: the one-job write says where it failed.
    await rm(store.dir, { recursive: true });
    await expect(store.put('b', { count: 1 })).rejects.toThrow(`open directory in ${store.dir}: No such file or directory`);
    await expect(store.delete('b')).rejects.toThrow(`open directory in ${store.dir}`);
  });

  test('symlinks planted at every temporary name the old scheme would pick are never followed', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    const victim = join(dir, '..', `${dir.split('/').pop()}-victim`);
    await writeFile(victim, 'precious');
    try {
      for (let counter = 1; counter <= 5; counter++) await symlink(victim, join(dir, `.a.${process.pid}.${counter}.tmp`));
      await store.put('a', { count: 1 });
      expect(await readFile(victim, 'utf8')).toBe('precious');
      expect(await store.get('a')).toEqual({ count: 1 });
    } finally {
      await rm(victim, { force: true });
    }
  });

  test('a state directory that is a symlink, open to others or someone else\'s is refused', async () => {
    const real = join(dir, 'real');
    await mkdir(real, { mode: 0o700 });
    await symlink(real, join(dir, 'link'));
    await expect(new RecordStore(join(dir, 'link'), decodeCounter).put('a', { count: 1 })).rejects.toThrow(`state directory ${join(dir, 'link')} is not a directory`);
    await expect(new RecordStore(join(dir, 'link'), decodeCounter).load()).rejects.toThrow(/is not a directory/);
    expect(await readdir(real)).toEqual([]);

    await chmod(real, 0o777);
    await expect(new RecordStore(real, decodeCounter).load()).rejects.toThrow(`state directory ${real} is writable by group or others (mode 777); it must be 700`);
    await chmod(real, 0o700);
    execFileSync('chown', ['65534', real]);
    await expect(new RecordStore(real, decodeCounter).load()).rejects.toThrow(`state directory ${real} is owned by uid 65534, not by this process (uid ${process.getuid!()})`);
  });

  test('a FIFO, a directory and a huge file among the records are reported without blocking or reading them whole', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    await store.put('good', { count: 1 });
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    await mkdir(join(dir, 'dir.json'));
    // Sparse: claims a size far beyond the cap without using the disk.
    await writeFile(join(dir, 'huge.json'), '');
    await truncate(join(dir, 'huge.json'), 1024 * 1024 * 1024);
    const { records, unreadable } = await store.load();
    expect([...records.keys()]).toEqual(['good']);
    expect(unreadable.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'dir', reason: 'not a regular file' },
      { id: 'fifo', reason: 'not a regular file' },
      { id: 'huge', reason: `1073741824 bytes, more than the ${MAX_RECORD_BYTES} a record may have` },
    ]);
  });

  test('a record too large to read back is never written', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    await expect(store.put('big', { count: 1, padding: 'x'.repeat(MAX_RECORD_BYTES) } as Counter)).rejects.toThrow(/more than the 4194304 a record may have/);
    expect(await readdir(dir)).toEqual([]);
  });

  test('the content of an unreadable record is never repeated in its reason, and reasons are one bounded line', async () => {
    const secret = 'token-s3cr3t';
    const store = new RecordStore(dir, (value) => {
      throw new Error(`bad record ${JSON.stringify(value)}\n${'y'.repeat(500)}`);
    });
    await store.load();
    await writeFile(join(dir, 'leaky.json'), `{"key": "${secret}"`);
    await writeFile(join(dir, 'long.json'), '{}');
    const { unreadable } = await store.read();
    const byId = new Map(unreadable.map((entry) => [entry.id, entry.reason]));
    expect(byId.get('leaky')).toBe('not valid JSON (torn or foreign file)');
    expect(byId.get('long')).toHaveLength(200);
    expect(byId.get('long')).not.toMatch(/\n/);
  });

  test('load tolerates a temporary file removed by someone else between readdir and unlink', async () => {
    const store = new RecordStore(dir, decodeCounter);
    await store.load();
    await store.put('a', { count: 1 });
    for (let index = 0; index < 100; index++) await writeFile(join(dir, `.a.${index}.tmp`), '');
    // Two owners' loads race on the same leftovers: whichever unlinks second finds them gone.
    const [first, second] = await Promise.all([store.load(), new RecordStore(dir, decodeCounter).load()]);
    expect(first.records.get('a')).toEqual({ count: 1 });
    expect(second.records.get('a')).toEqual({ count: 1 });
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});

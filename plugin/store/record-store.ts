/**
 * A durable directory of JSON records keyed by id, one file per record.
 *
 * What lives here must survive a crash or power loss at any instant: a prepared claim that the
 * kubelet was told about must still be there when the runtime asks for the pod's sandbox, and a
 * host-link snapshot must still be there to restore the link. So every write goes to a temporary
 * file that is fsynced, renamed over the record and followed by an fsync of the directory: after
 * `put` resolves the record is on disk, and a crash leaves either the old or the new record,
 * never a torn one. One file per record keeps a write proportional to one record, not to all.
 */
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';

const RECORD_SUFFIX = '.json';
const TEMP_SUFFIX = '.tmp';
/** Ids become file names: no separators, no dot-names, nothing a shell or a glob would trip on. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,200}$/;

/** Turns a parsed JSON value back into a record, throwing when it is not one. */
export type RecordDecoder<T> = (value: unknown) => T;

export interface UnreadableRecord {
  id: string;
  reason: string;
}

export interface LoadedRecords<T> {
  records: Map<string, T>;
  /** Records that exist but failed to parse or decode; left on disk for an operator to inspect. */
  unreadable: UnreadableRecord[];
}

export class RecordStore<T> {
  readonly dir: string;
  readonly #decode: RecordDecoder<T>;
  #tempCounter = 0;

  constructor(dir: string, decode: RecordDecoder<T>) {
    this.dir = dir;
    this.#decode = decode;
  }

  /**
   * For the store's owner, at start: creates the directory, removes temporary files a crash left
   * behind and reads every record. Callers keep what they need in memory: reading all records
   * once at start is what makes later lookups free of disk I/O.
   */
  async load(): Promise<LoadedRecords<T>> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    for (const name of await readdir(this.dir)) {
      if (name.endsWith(TEMP_SUFFIX)) await unlink(join(this.dir, name));
    }
    return this.read();
  }

  /**
   * Reads every record without touching the directory, for observers (`netclaim status`) that
   * run beside the owner: a temporary file may be a write in flight, not a crash's leftover.
   */
  async read(): Promise<LoadedRecords<T>> {
    const records = new Map<string, T>();
    const unreadable: UnreadableRecord[] = [];
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records, unreadable };
      throw error;
    }
    for (const name of names) {
      if (!name.endsWith(RECORD_SUFFIX)) continue;
      const id = name.slice(0, -RECORD_SUFFIX.length);
      try {
        records.set(id, this.#decode(JSON.parse(await readFile(join(this.dir, name), 'utf8'))));
      } catch (error) {
        // Gone between readdir and read (the owner deleted it): not unreadable, just not there.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        unreadable.push({ id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return { records, unreadable };
  }

  /** Reads one record; undefined when there is none. */
  async get(id: string): Promise<T | undefined> {
    try {
      return this.#decode(JSON.parse(await readFile(this.#path(id), 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Replaces the record atomically; resolves once it is durable. */
  async put(id: string, value: T): Promise<void> {
    const target = this.#path(id);
    // Unique per write, so that two writers of one id never share a temporary file.
    const temp = join(this.dir, `.${id}.${process.pid}.${++this.#tempCounter}${TEMP_SUFFIX}`);
    const file = await open(temp, 'w', 0o600);
    try {
      await file.writeFile(JSON.stringify(value));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
    await this.#syncDirectory();
  }

  /** Removes the record durably; false when there was none. */
  async delete(id: string): Promise<boolean> {
    try {
      await unlink(this.#path(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
    await this.#syncDirectory();
    return true;
  }

  #path(id: string): string {
    if (!ID_PATTERN.test(id)) throw new Error(`invalid record id ${JSON.stringify(id)}: must match ${ID_PATTERN}`);
    return join(this.dir, id + RECORD_SUFFIX);
  }

  /** A rename or unlink is durable only once the directory entry itself is on disk. */
  async #syncDirectory(): Promise<void> {
    const directory = await open(this.dir, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }
}

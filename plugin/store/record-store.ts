/**
 * A durable directory of JSON records keyed by id, one file per record.
 *
 * What lives here must survive a crash or power loss at any instant: a prepared claim that the
 * kubelet was told about must still be there when the runtime asks for the pod's sandbox, and a
 * host-link snapshot must still be there to restore the link. So every write goes to a temporary
 * file that is fsynced, renamed over the record and followed by an fsync of the directory: after
 * `put` resolves the record is on disk, and a crash leaves either the old or the new record,
 * never a torn one; the sequence runs in the addon as one thread-pool job (writeFileDurably).
 * One file per record keeps a write proportional to one record, not to all.
 *
 * The agent runs as root, so the directory is treated as a place someone may have planted
 * things: it must be a real directory owned by us and closed to others; writes never follow a
 * symlink (a fresh, unpredictable temporary name opened O_EXCL|O_NOFOLLOW, and a record path
 * that is a symlink is refused); reads take regular files only, up to MAX_RECORD_BYTES, and
 * never block on a FIFO. What a bad record contains is never repeated in a reason: only why.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { lstat, mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { native } from '../../netops/native/addon.ts';
import { errorMessage } from '../errors.ts';

const RECORD_SUFFIX = '.json';
const TEMP_SUFFIX = '.tmp';
/** Ids become file names: no separators, no dot-names, nothing a shell or a glob would trip on. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,200}$/;
/**
 * The largest record written or read. The biggest records are a pod's host-link snapshots
 * (addresses and routes of each of its devices), a few KiB each; 4 MiB leaves room for a NIC
 * with thousands of routes and keeps one planted or corrupt file from costing more than that.
 */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;
/** Reasons end up in logs and `netclaim status`, one line each. */
const MAX_REASON_CHARS = 200;
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Turns a parsed JSON value back into a record, throwing when it is not one. `text` is the JSON
 * as read, for a store that keeps it and decodes the whole record only when it is used.
 */
export type RecordDecoder<T> = (value: unknown, text: string) => T;
/** Turns a record into the JSON value stored (parsed values become text only here). */
export type RecordEncoder<T> = (record: T) => unknown;

export interface UnreadableRecord {
  id: string;
  /** Why it could not be read, at most MAX_REASON_CHARS, never the file's content. */
  reason: string;
}

export interface LoadedRecords<T> {
  records: Map<string, T>;
  /** Records that exist but failed to parse or decode; left on disk for an operator to inspect. */
  unreadable: UnreadableRecord[];
}

/** A record file that is there but cannot be taken as a record. */
export class UnreadableRecordError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableRecordError';
  }
}

/** Whether `id` can name a record: anything else was never stored. */
export function isRecordId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** `Loaded` is what reads give back: the record itself unless the decoder makes something else of it. */
export class RecordStore<T, Loaded = T> {
  readonly dir: string;
  readonly #decode: RecordDecoder<Loaded>;
  readonly #encode: RecordEncoder<T>;
  #directoryChecked = false;

  /** Without `encode`, records are stored as they are (plain JSON values). */
  constructor(dir: string, decode: RecordDecoder<Loaded>, encode: RecordEncoder<T> = (record) => record) {
    this.dir = dir;
    this.#decode = decode;
    this.#encode = encode;
  }

  /**
   * For the store's owner, at start: creates the directory, removes temporary files a crash left
   * behind and reads every record. Callers keep what they need in memory: reading all records
   * once at start is what makes later lookups free of disk I/O.
   */
  async load(): Promise<LoadedRecords<Loaded>> {
    await this.#checkDirectory();
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      // Another loader (a CLI beside the agent) may have removed it between readdir and here.
      await unlink(join(this.dir, name)).catch(ignoreMissing);
    }
    return this.read();
  }

  /**
   * Reads every record without touching the directory, for observers (`netclaim status`) that
   * run beside the owner: a temporary file may be a write in flight, not a crash's leftover.
   */
  async read(): Promise<LoadedRecords<Loaded>> {
    const records = new Map<string, Loaded>();
    const unreadable: UnreadableRecord[] = [];
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if (isMissing(error)) return { records, unreadable };
      throw error;
    }
    for (const name of names) {
      if (!name.endsWith(RECORD_SUFFIX)) continue;
      const id = name.slice(0, -RECORD_SUFFIX.length);
      try {
        records.set(id, this.#readRecord(join(this.dir, name)));
      } catch (error) {
        // Gone between readdir and read (the owner deleted it): not unreadable, just not there.
        if (isMissing(error)) continue;
        unreadable.push({ id: boundedText(id), reason: reasonOf(error) });
      }
    }
    return { records, unreadable };
  }

  /** Reads one record; undefined when there is none. Throws UnreadableRecordError for a bad one. */
  async get(id: string): Promise<Loaded | undefined> {
    try {
      return this.#readRecord(this.#path(id));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw new UnreadableRecordError(`record ${id} is unreadable: ${reasonOf(error)}`);
    }
  }

  /** Replaces the record atomically; resolves once it is durable. */
  async put(id: string, value: T): Promise<void> {
    const target = this.#path(id);
    const bytes = Buffer.from(JSON.stringify(this.#encode(value)));
    if (bytes.length > MAX_RECORD_BYTES) throw new Error(`record ${id} is ${bytes.length} bytes, more than the ${MAX_RECORD_BYTES} a record may have`);
    await this.#checkDirectory();
    // Unpredictable and created exclusively (O_EXCL|O_NOFOLLOW): nothing planted in advance can
    // be where we write. The whole sequence (create, write, fsync, a symlink or non-file at the
    // record's path refused, rename, directory fsync) is one thread-pool job: through node:fs
    // it was nine round trips, each a wake-up of the event loop that waits for a CPU on a busy
    // node (a prepare's save went from 3.7 to 1.7 ms at p50; README "Performance").
    const temp = `.${id}.${randomBytes(8).toString('hex')}${TEMP_SUFFIX}`;
    await native.writeFileDurably(this.dir, temp, basename(target), bytes);
  }

  /** Removes the record durably; false when there was none (an id that cannot name a record never had one). */
  async delete(id: string): Promise<boolean> {
    if (!isRecordId(id)) return false;
    return native.removeFileDurably(this.dir, basename(this.#path(id)));
  }

  #path(id: string): string {
    if (!isRecordId(id)) throw new Error(`invalid record id ${JSON.stringify(boundedText(id))}: must match ${ID_PATTERN}`);
    return join(this.dir, id + RECORD_SUFFIX);
  }

  /**
   * Creates the directory owner-only, and refuses one that is a symlink, someone else's, or
   * writable by others: whoever can write in it could plant what we later read as our records.
   */
  async #checkDirectory(): Promise<void> {
    if (this.#directoryChecked) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const info = await lstat(this.dir);
    if (!info.isDirectory()) throw new Error(`state directory ${this.dir} is not a directory (a symbolic link or a file is in its place)`);
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid) throw new Error(`state directory ${this.dir} is owned by uid ${info.uid}, not by this process (uid ${uid})`);
    if ((info.mode & 0o022) !== 0) {
      throw new Error(`state directory ${this.dir} is writable by group or others (mode ${(info.mode & 0o777).toString(8)}); it must be 700`);
    }
    this.#directoryChecked = true;
  }

  /**
   * Regular files only, never through a symlink, never more than MAX_RECORD_BYTES.
   * Synchronous: records are read at start (before the agent serves anything) and by the CLI,
   * a few microseconds each, where four thread-pool round trips per record made loading 1000
   * records take half a second.
   */
  #readRecord(path: string): Loaded {
    let fd: number;
    try {
      fd = openSync(path, READ_FLAGS);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UnreadableRecordError('is a symbolic link');
      throw error;
    }
    let text: string;
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) throw new UnreadableRecordError('not a regular file');
      if (info.size > MAX_RECORD_BYTES) throw new UnreadableRecordError(`${info.size} bytes, more than the ${MAX_RECORD_BYTES} a record may have`);
      // The size can change after fstat: read at most one byte more than allowed to notice.
      const buffer = Buffer.allocUnsafe(info.size + 1);
      let length = 0;
      for (;;) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) throw new UnreadableRecordError('grew while it was read');
      }
      text = buffer.toString('utf8', 0, length);
    } finally {
      closeSync(fd);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // JSON.parse quotes the text around the fault: say only that it is not JSON.
      throw new UnreadableRecordError('not valid JSON (torn or foreign file)');
    }
    return this.#decode(value, text);
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

function ignoreMissing(error: unknown): void {
  if (!isMissing(error)) throw error;
}

/** Why a record is unreadable, as one bounded line: for a record found bad after it was loaded. */
export function reasonOf(error: unknown): string {
  return boundedText(errorMessage(error));
}

/** One printable line of bounded length. */
function boundedText(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return line.length > MAX_REASON_CHARS ? `${line.slice(0, MAX_REASON_CHARS - 1)}…` : line;
}

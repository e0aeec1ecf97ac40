/**
 * The fake API server's object store: what etcd plus the registry strategies do for us in a
 * real cluster. One global resourceVersion counter stamps every write; updates carrying a stale
 * resourceVersion are 409 Conflict; generation moves only when the non-status part changes;
 * `/status` writes touch only status and main-resource writes never touch it; deleting an object
 * garbage-collects its dependents (ownerReferences by uid, as the GC controller would); a
 * bounded event history lets watches resume from a resourceVersion (410 Gone when too old).
 * Pure in-memory logic with no I/O, so the HTTP layer stays thin.
 */
import { randomUUID } from 'node:crypto';
import { ApplyConflict, serverSideApply, type FieldOwners } from './apply.ts';
import { applyJsonPatch, applyMergePatch, isJsonObject, PatchError, type Json } from './patch.ts';
import { apiVersionOf, type ResourceType } from './resources.ts';
import { dropDisabledConsumableCapacity } from './consumable-capacity.ts';
import { dropDisabledPartitionableDevices } from './partitionable-devices.ts';
import { validateIpAddress, validateIpAddressUpdate } from './ip-address.ts';
import { prepareSliceTaints, type ApiFeatures } from './device-taints.ts';
import { validateObject, validateUpdate } from './validation.ts';

export type KubeObject = { [key: string]: Json } & { metadata: { [key: string]: Json } };

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

/** An API error that the HTTP layer renders as a metav1 Status. */
export class ApiError extends Error {
  readonly code: number;
  readonly reason: string;
  readonly details: { [key: string]: Json } | undefined;
  constructor(code: number, reason: string, message: string, details?: { [key: string]: Json }) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = details;
  }
}

export type Matcher = (object: KubeObject) => boolean;

interface StoredObject {
  type: ResourceType;
  object: KubeObject;
  owners: FieldOwners;
}

interface HistoryEntry {
  resourceVersion: number;
  type: ResourceType;
  eventType: WatchEventType;
  object: KubeObject;
  /** The object before this change, to turn selector transitions into ADDED/DELETED. */
  previous: KubeObject | undefined;
}

interface Watcher {
  type: ResourceType;
  namespace: string | undefined;
  matches: Matcher;
  send(event: WatchEvent): void;
}

export type PatchKind = 'merge' | 'json' | 'apply';

export interface PatchOptions {
  subresource: 'status' | undefined;
  fieldManager: string | undefined;
  force: boolean;
}

export interface ObjectStoreOptions {
  historyLimit?: number;
  /** The DRAConsumableCapacity feature gate (default on); off, its fields are dropped on write. */
  consumableCapacity?: boolean;
  /** Other feature gates that change what the server keeps of an object (default: off). */
  features?: ApiFeatures;
}

/** How many past events a watch can resume from by default; older resourceVersions get 410 Gone. */
const defaultHistoryLimit = 10_000;

export class ObjectStore {
  #resourceVersion = 0;
  readonly #objects = new Map<string, StoredObject>();
  #history: HistoryEntry[] = [];
  readonly #watchers = new Set<Watcher>();
  readonly #historyLimit: number;
  readonly #consumableCapacity: boolean;
  readonly #features: ApiFeatures;

  constructor(options: ObjectStoreOptions = {}) {
    this.#historyLimit = options.historyLimit ?? defaultHistoryLimit;
    this.#consumableCapacity = options.consumableCapacity ?? true;
    this.#features = options.features ?? {};
  }

  get resourceVersion(): string {
    return String(this.#resourceVersion);
  }

  get(type: ResourceType, namespace: string | undefined, name: string): KubeObject {
    return structuredClone(this.#require(type, namespace, name).object);
  }

  list(type: ResourceType, namespace: string | undefined, matches: Matcher): KubeObject[] {
    return [...this.#objects.values()]
      .filter((stored) => stored.type === type && (namespace === undefined || stored.object.metadata.namespace === namespace))
      .map((stored) => stored.object)
      .filter(matches)
      .map((object) => structuredClone(object));
  }

  create(type: ResourceType, namespace: string | undefined, body: Json): KubeObject {
    return this.#insert(type, namespace, body, new Map());
  }

  #insert(type: ResourceType, namespace: string | undefined, body: Json, owners: FieldOwners): KubeObject {
    if (!isJsonObject(body)) throw badRequest('body must be a JSON object');
    const object = structuredClone(body) as KubeObject;
    object.metadata = isJsonObject(object.metadata) ? object.metadata : {};
    const metadata = object.metadata;
    if (typeof metadata.namespace === 'string' && namespace !== undefined && metadata.namespace !== namespace) {
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
    if (typeof metadata.name !== 'string' || metadata.name === '') {
      if (typeof metadata.generateName !== 'string') throw invalid(type, '', ['metadata.name: Required value: name or generateName is required']);
      metadata.name = metadata.generateName + randomUUID().slice(0, 5);
    }
    const name = metadata.name;
    if (this.#objects.has(this.#key(type, namespace, name))) {
      throw new ApiError(409, 'AlreadyExists', `${type.plural}.${type.group} "${name}" already exists`, { name, group: type.group, kind: type.plural });
    }
    if (type.namespaced) metadata.namespace = namespace ?? 'default';
    else delete metadata.namespace;
    if (type.hasStatus) delete object.status;
    object.apiVersion = apiVersionOf(type);
    object.kind = type.kind;
    metadata.uid = randomUUID();
    metadata.creationTimestamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    metadata.generation = 1;
    this.#validate(type, object);
    return this.#write(type, undefined, object, owners);
  }

  /** PUT: optimistic concurrency on metadata.resourceVersion when the caller sends one. */
  update(type: ResourceType, namespace: string | undefined, name: string, body: Json, subresource: 'status' | undefined): KubeObject {
    if (!isJsonObject(body)) throw badRequest('body must be a JSON object');
    const stored = this.#require(type, namespace, name);
    const sentVersion = isJsonObject(body.metadata) ? body.metadata.resourceVersion : undefined;
    if (sentVersion !== undefined && sentVersion !== '' && sentVersion !== stored.object.metadata.resourceVersion) {
      throw new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${type.plural}.${type.group} "${name}": the object has been modified; please apply your changes to the latest version and try again`, { name, group: type.group, kind: type.plural });
    }
    if (isJsonObject(body.metadata) && body.metadata.name !== undefined && body.metadata.name !== name) {
      throw badRequest('the name of the object does not match the name on the URL');
    }
    const next = this.#mergeSubresource(type, stored.object, body as KubeObject, subresource);
    return this.#write(type, stored, next, stored.owners);
  }

  patch(type: ResourceType, namespace: string | undefined, name: string, kind: PatchKind, body: Json, options: PatchOptions): KubeObject {
    const key = this.#key(type, namespace, name);
    const stored = this.#objects.get(key);
    if (kind === 'apply') return this.#apply(type, namespace, name, stored, body, options);
    if (!stored) throw notFound(type, name);
    let patched: Json;
    try {
      patched = kind === 'merge' ? applyMergePatch(stored.object, body) : applyJsonPatch(stored.object, body);
    } catch (error) {
      if (error instanceof PatchError) throw new ApiError(422, 'Invalid', error.message);
      throw error;
    }
    if (!isJsonObject(patched)) throw new ApiError(422, 'Invalid', 'patch result must be an object');
    const sentVersion = isJsonObject(patched.metadata) ? patched.metadata.resourceVersion : undefined;
    if (sentVersion !== stored.object.metadata.resourceVersion) {
      throw new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${type.plural}.${type.group} "${name}": the object has been modified; please apply your changes to the latest version and try again`);
    }
    return this.#write(type, stored, this.#mergeSubresource(type, stored.object, patched as KubeObject, options.subresource), stored.owners);
  }

  /**
   * Deletes the object and, transitively, every object that lists it as owner. A uid
   * precondition (DeleteOptions.preconditions.uid) that does not match is 409 Conflict, as upstream.
   */
  delete(type: ResourceType, namespace: string | undefined, name: string, preconditionUid?: string): KubeObject {
    const stored = this.#require(type, namespace, name);
    if (preconditionUid !== undefined && preconditionUid !== stored.object.metadata.uid) {
      throw new ApiError(409, 'Conflict', `Precondition failed: UID in precondition: ${preconditionUid}, UID in object meta: ${String(stored.object.metadata.uid)}`, { name, group: type.group, kind: type.plural });
    }
    this.#objects.delete(this.#key(type, namespace, name));
    const deleted = this.#record(type, 'DELETED', structuredClone(stored.object), stored.object);
    const uid = stored.object.metadata.uid;
    for (const dependent of [...this.#objects.values()]) {
      const references = dependent.object.metadata.ownerReferences;
      if (Array.isArray(references) && references.some((reference) => isJsonObject(reference) && reference.uid === uid)) {
        const metadata = dependent.object.metadata;
        this.delete(dependent.type, typeof metadata.namespace === 'string' ? metadata.namespace : undefined, String(metadata.name));
      }
    }
    return deleted;
  }

  /**
   * Registers a watcher. With a resourceVersion, replays what happened after it (410 Gone when
   * history no longer reaches back that far); without one (or "0"), starts with synthetic ADDED
   * events for the current state, as the real server does.
   */
  watch(type: ResourceType, namespace: string | undefined, matches: Matcher, resourceVersion: string | undefined, send: (event: WatchEvent) => void): () => void {
    const watcher: Watcher = { type, namespace, matches, send };
    const from = resourceVersion === undefined || resourceVersion === '' || resourceVersion === '0' ? undefined : Number(resourceVersion);
    if (from === undefined) {
      for (const object of this.list(type, namespace, matches)) send({ type: 'ADDED', object });
    } else {
      if (!Number.isInteger(from)) throw badRequest(`invalid resourceVersion "${resourceVersion}"`);
      const oldest = this.#history[0]?.resourceVersion ?? this.#resourceVersion + 1;
      if (from < oldest - 1 && from < this.#resourceVersion) {
        throw new ApiError(410, 'Expired', `too old resource version: ${from} (${oldest - 1})`);
      }
      for (const entry of this.#history) if (entry.resourceVersion > from) this.#deliver(watcher, entry);
    }
    this.#watchers.add(watcher);
    return () => this.#watchers.delete(watcher);
  }

  /** Field ownership of an object, for tests of server-side apply. */
  fieldManagers(type: ResourceType, namespace: string | undefined, name: string): string[] {
    return [...this.#require(type, namespace, name).owners.keys()];
  }

  #apply(type: ResourceType, namespace: string | undefined, name: string, stored: StoredObject | undefined, body: Json, options: PatchOptions): KubeObject {
    if (!isJsonObject(body)) throw badRequest('apply configuration must be an object');
    if (!options.fieldManager) throw badRequest('fieldManager is required for apply requests');
    if (!stored && options.subresource) throw notFound(type, name);
    const live: KubeObject = stored?.object ?? { metadata: { name, ...(namespace === undefined ? {} : { namespace }) } };
    const fieldRoots = options.subresource === 'status' ? ['status'] : Object.keys(body).filter((root) => !['apiVersion', 'kind', 'metadata', ...(type.hasStatus ? ['status'] : [])].includes(root));
    const config = { ...body };
    if (options.subresource !== 'status' && isJsonObject(body.metadata)) {
      fieldRoots.push('metadata');
      config.metadata = Object.fromEntries(Object.entries(body.metadata).filter(([key]) => ['labels', 'annotations', 'ownerReferences'].includes(key)));
    }
    try {
      const result = serverSideApply({ live, config, fieldRoots, manager: options.fieldManager, force: options.force, owners: stored?.owners ?? new Map() });
      return stored ? this.#write(type, stored, result.object as KubeObject, result.owners) : this.#insert(type, namespace, result.object, result.owners);
    } catch (error) {
      if (error instanceof ApplyConflict) throw new ApiError(409, 'Conflict', error.message);
      throw error;
    }
  }

  /** Keeps status out of main-resource writes and everything but status out of /status writes. */
  #mergeSubresource(type: ResourceType, current: KubeObject, next: KubeObject, subresource: 'status' | undefined): KubeObject {
    const merged = structuredClone(next);
    if (subresource === 'status') {
      const result = structuredClone(current);
      if (next.status === undefined) delete result.status;
      else result.status = structuredClone(next.status);
      return result;
    }
    if (type.hasStatus) {
      if (current.status === undefined) delete merged.status;
      else merged.status = structuredClone(current.status);
    }
    return merged;
  }

  #write(type: ResourceType, stored: StoredObject | undefined, next: KubeObject, owners: FieldOwners): KubeObject {
    const object = structuredClone(next);
    object.apiVersion = apiVersionOf(type);
    object.kind = type.kind;
    if (stored) {
      const before = stored.object.metadata;
      object.metadata = { ...object.metadata, name: before.name!, uid: before.uid!, creationTimestamp: before.creationTimestamp!, generation: before.generation! };
      if (before.namespace !== undefined) object.metadata.namespace = before.namespace;
      if (specOf(stored.object) !== specOf(object)) object.metadata.generation = Number(before.generation) + 1;
      this.#validate(type, object, stored.object);
    }
    const name = String(object.metadata.name);
    const namespace = typeof object.metadata.namespace === 'string' ? object.metadata.namespace : undefined;
    this.#objects.set(this.#key(type, namespace, name), { type, object, owners });
    return this.#record(type, stored ? 'MODIFIED' : 'ADDED', object, stored?.object);
  }

  /** Stamps a new resourceVersion, appends to history and fans the event out to watchers. */
  #record(type: ResourceType, eventType: WatchEventType, object: KubeObject, previous: KubeObject | undefined): KubeObject {
    this.#resourceVersion++;
    object.metadata.resourceVersion = String(this.#resourceVersion);
    const entry: HistoryEntry = { resourceVersion: this.#resourceVersion, type, eventType, object: structuredClone(object), previous };
    this.#history.push(entry);
    if (this.#history.length > this.#historyLimit) this.#history = this.#history.slice(-this.#historyLimit);
    for (const watcher of this.#watchers) this.#deliver(watcher, entry);
    return structuredClone(object);
  }

  #deliver(watcher: Watcher, entry: HistoryEntry): void {
    if (watcher.type !== entry.type) return;
    if (watcher.namespace !== undefined && entry.object.metadata.namespace !== watcher.namespace) return;
    const nowMatches = watcher.matches(entry.object);
    const matchedBefore = entry.previous !== undefined && watcher.matches(entry.previous);
    const object = structuredClone(entry.object);
    if (entry.eventType === 'DELETED') {
      if (matchedBefore || nowMatches) watcher.send({ type: 'DELETED', object });
    } else if (nowMatches) {
      watcher.send({ type: matchedBefore ? 'MODIFIED' : 'ADDED', object });
    } else if (matchedBefore) {
      watcher.send({ type: 'DELETED', object });
    }
  }

  /** The registry strategy's part (fields of disabled features dropped, defaults set), then validation. */
  #validate(type: ResourceType, object: KubeObject, before?: KubeObject): void {
    // The registry strategy runs before validation: a disabled feature's fields are gone by then.
    dropDisabledConsumableCapacity(type.kind, object, before, this.#consumableCapacity);
    const partitionable = this.#features.partitionableDevices;
    dropDisabledPartitionableDevices(type.kind, object, before, partitionable !== undefined && partitionable !== false);
    if (type.kind === 'ResourceSlice') prepareSliceTaints(object, before, this.#features, new Date());
    const problems = type.kind === 'IPAddress'
      ? [...validateIpAddress(object), ...(before ? validateIpAddressUpdate(before, object) : [])]
      : [...validateObject(type.kind, object, partitionable === '1.34' ? '1.34' : '1.35'), ...(before ? validateUpdate(type.kind, before, object) : [])];
    if (problems.length > 0) throw invalid(type, String(object.metadata.name ?? ''), problems);
  }

  #require(type: ResourceType, namespace: string | undefined, name: string): StoredObject {
    const stored = this.#objects.get(this.#key(type, namespace, name));
    if (!stored) throw notFound(type, name);
    return stored;
  }

  #key(type: ResourceType, namespace: string | undefined, name: string): string {
    return `${apiVersionOf(type)}/${type.plural}/${type.namespaced ? (namespace ?? 'default') : ''}/${name}`;
  }
}

function specOf(object: KubeObject): string {
  const { metadata: _metadata, status: _status, ...rest } = object;
  return JSON.stringify(rest);
}

export function notFound(type: ResourceType, name: string): ApiError {
  return new ApiError(404, 'NotFound', `${type.plural}${type.group ? '.' + type.group : ''} "${name}" not found`, { name, group: type.group, kind: type.plural });
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message);
}

function invalid(type: ResourceType, name: string, causes: string[]): ApiError {
  return new ApiError(422, 'Invalid', `${type.kind}.${type.group} "${name}" is invalid: ${causes.join(', ')}`, {
    name, group: type.group, kind: type.kind, causes: causes.map((message) => ({ message })),
  });
}

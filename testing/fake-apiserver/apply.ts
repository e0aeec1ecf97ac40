/**
 * Server-side apply, reduced to what a driver relies on: each field manager owns the leaf fields
 * it applied; applying again sets its fields, removes the ones it owned and no longer applies
 * (unless someone else also owns them), and a field another manager owns with a different value
 * is a Conflict unless `force` takes ownership. Lists with a merge key (ResourceClaim
 * `status.devices` keyed by driver/pool/device, `conditions` by type, ...) merge element by
 * element so two drivers can each own their own device entry; all other lists are atomic.
 * Ownership lives beside the object in the store; it is not rendered as `managedFields`.
 */
import { isJsonObject, type Json } from './patch.ts';

/** A map key, or a list element identified by its merge-key values. */
type PathSegment = string | { keys: Record<string, Json> };

interface Leaf {
  id: string;
  segments: PathSegment[];
  value: Json;
}

/** List merge keys by dotted field path (list elements do not add a segment to these paths). */
const listMapKeys: Record<string, string[]> = {
  'status.devices': ['driver', 'pool', 'device'],
  'status.devices.conditions': ['type'],
  'status.conditions': ['type'],
  'status.reservedFor': ['uid'],
  'spec.devices': ['name'],
  'metadata.ownerReferences': ['uid'],
};

/** Field ownership of one object: manager → ids (serialized paths) of the leaf fields it owns. */
export type FieldOwners = Map<string, Set<string>>;

export class ApplyConflict extends Error {
  readonly conflicts: { manager: string; field: string }[];
  constructor(conflicts: { manager: string; field: string }[]) {
    super(`Apply failed with ${conflicts.length} conflict(s): ${conflicts.map((c) => `conflict with "${c.manager}": ${describeField(c.field)}`).join('; ')}`);
    this.conflicts = conflicts;
  }
}

export interface ApplyRequest {
  live: { [key: string]: Json };
  /** The applied configuration; only its parts under `fieldRoots` count. */
  config: { [key: string]: Json };
  /** Top-level fields this request may touch: ['status'] for `/status`, the rest for the main resource. */
  fieldRoots: string[];
  manager: string;
  force: boolean;
  owners: FieldOwners;
}

export function serverSideApply(request: ApplyRequest): { object: { [key: string]: Json }; owners: FieldOwners } {
  const object = structuredClone(request.live);
  const owners: FieldOwners = new Map([...request.owners].map(([manager, fields]) => [manager, new Set(fields)]));
  const applied = request.fieldRoots.flatMap((root) => {
    const value = request.config[root];
    return value === undefined ? [] : leaves(value, [root], root);
  });

  const conflicts: { manager: string; field: string }[] = [];
  for (const leaf of applied) {
    for (const [manager, fields] of owners) {
      if (manager === request.manager || !fields.has(leaf.id)) continue;
      const liveValue = valueAt(object, leaf.segments);
      if (JSON.stringify(liveValue) === JSON.stringify(leaf.value)) continue;
      if (request.force) fields.delete(leaf.id);
      else conflicts.push({ manager, field: leaf.id });
    }
  }
  if (conflicts.length > 0) throw new ApplyConflict(conflicts);

  const previouslyOwned = owners.get(request.manager) ?? new Set<string>();
  const nowOwned = new Set(applied.map((leaf) => leaf.id));
  const ownedByOthers = new Set([...owners].filter(([manager]) => manager !== request.manager).flatMap(([, fields]) => [...fields]));
  for (const id of previouslyOwned) {
    if (!nowOwned.has(id) && !ownedByOthers.has(id)) removeAt(object, JSON.parse(id) as PathSegment[]);
  }
  for (const leaf of applied) setAt(object, leaf.segments, leaf.value);

  owners.set(request.manager, nowOwned);
  for (const [manager, fields] of owners) if (fields.size === 0) owners.delete(manager);
  return { object, owners };
}

function leaves(value: Json, segments: PathSegment[], fieldPath: string): Leaf[] {
  const mergeKeys = listMapKeys[fieldPath];
  if (Array.isArray(value) && mergeKeys) {
    return value.flatMap((element) => {
      if (!isJsonObject(element)) return [];
      const keys = Object.fromEntries(mergeKeys.map((key) => [key, element[key] ?? null]));
      const elementSegments = [...segments, { keys }];
      const fields = Object.entries(element).filter(([key]) => !mergeKeys.includes(key));
      if (fields.length === 0) return [leaf(elementSegments, {})];
      return fields.flatMap(([key, child]) => leaves(child, [...elementSegments, key], `${fieldPath}.${key}`));
    });
  }
  if (isJsonObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, [...segments, key], `${fieldPath}.${key}`));
  }
  return [leaf(segments, value)];
}

/** The id is the serialized path, so removal can recover the segments from ownership alone. */
function leaf(segments: PathSegment[], value: Json): Leaf {
  return { id: JSON.stringify(segments), segments, value };
}

/** `.status.devices[{"driver":"a",...}].conditions`: how a field reads in a Conflict message. */
export function describeField(id: string): string {
  return (JSON.parse(id) as PathSegment[]).map((segment) => (typeof segment === 'string' ? `.${segment}` : `[${JSON.stringify(segment.keys)}]`)).join('');
}

function matchesKeys(element: Json, keys: Record<string, Json>): boolean {
  return isJsonObject(element) && Object.entries(keys).every(([key, value]) => JSON.stringify(element[key] ?? null) === JSON.stringify(value));
}

function valueAt(object: Json, segments: PathSegment[]): Json | undefined {
  let current: Json | undefined = object;
  for (const segment of segments) {
    if (typeof segment === 'string') current = isJsonObject(current) ? current[segment] : undefined;
    else current = Array.isArray(current) ? current.find((element) => matchesKeys(element, segment.keys)) : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

function setAt(object: { [key: string]: Json }, segments: PathSegment[], value: Json): void {
  let current: Json = object;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const next = segments[index + 1];
    const emptyChild = (): Json => (next !== undefined && typeof next !== 'string' ? [] : {});
    if (typeof segment === 'string') {
      const container = current as { [key: string]: Json };
      if (last) {
        container[segment] = structuredClone(value);
        return;
      }
      if (container[segment] === undefined || typeof container[segment] !== 'object' || container[segment] === null) container[segment] = emptyChild();
      current = container[segment];
    } else {
      const list = current as Json[];
      let element = list.find((candidate) => matchesKeys(candidate, segment.keys));
      if (!element) {
        element = Object.fromEntries(Object.entries(segment.keys).filter(([, keyValue]) => keyValue !== null));
        list.push(element);
      }
      current = element;
    }
  });
}

function removeAt(object: { [key: string]: Json }, segments: PathSegment[]): void {
  const containers: Json[] = [object];
  for (const segment of segments.slice(0, -1)) {
    const next = valueAt(containers[containers.length - 1]!, [segment]);
    if (next === undefined) return;
    containers.push(next);
  }
  for (let index = segments.length - 1; index >= 0; index--) {
    const container = containers[index]!;
    const segment = segments[index]!;
    const child = valueAt(container, [segment]);
    const isLastSegment = index === segments.length - 1;
    const childIsEmpty = isJsonObject(child) && Object.keys(child).length === 0;
    const elementKeysOnly = typeof segment !== 'string' && isJsonObject(child) && Object.keys(child).every((key) => key in segment.keys);
    if (!isLastSegment && !childIsEmpty && !elementKeysOnly && !(Array.isArray(child) && child.length === 0)) return;
    if (typeof segment === 'string') delete (container as { [key: string]: Json })[segment];
    else {
      const list = container as Json[];
      const position = list.findIndex((element) => matchesKeys(element, segment.keys));
      if (position >= 0) list.splice(position, 1);
    }
  }
}

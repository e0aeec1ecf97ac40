/**
 * The two generic patch formats the API server accepts for every type: JSON merge patch
 * (RFC 7386, `application/merge-patch+json`) and JSON patch (RFC 6902,
 * `application/json-patch+json`, client-node's default patch content type, so a caller that
 * forgets to set the header gets the real server's behaviour). Both are pure: they return a new
 * document and never mutate their inputs.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class PatchError extends Error {}

export function isJsonObject(value: unknown): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** RFC 7386: objects merge recursively, null deletes, everything else replaces. */
export function applyMergePatch(target: Json | undefined, patch: Json): Json {
  if (!isJsonObject(patch)) return structuredClone(patch);
  const result: { [key: string]: Json } = isJsonObject(target) ? structuredClone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'test' | 'move' | 'copy';
  path: string;
  value?: Json;
  from?: string;
}

/** RFC 6902 with all six operations; a failed `test` or a missing path is a PatchError. */
export function applyJsonPatch(target: Json, operations: Json): Json {
  if (!Array.isArray(operations)) throw new PatchError('JSON patch must be an array of operations');
  let document = structuredClone(target);
  for (const raw of operations) {
    const operation = raw as unknown as JsonPatchOperation;
    switch (operation.op) {
      case 'add': document = addAt(document, operation.path, requireValue(operation)); break;
      case 'remove': document = removeAt(document, operation.path); break;
      case 'replace': document = addAt(removeAt(document, operation.path), operation.path, requireValue(operation)); break;
      case 'test':
        if (JSON.stringify(valueAt(document, operation.path)) !== JSON.stringify(requireValue(operation))) {
          throw new PatchError(`test failed at ${operation.path}`);
        }
        break;
      case 'move': {
        const moved = valueAt(document, requireFrom(operation));
        document = addAt(removeAt(document, requireFrom(operation)), operation.path, moved);
        break;
      }
      case 'copy': document = addAt(document, operation.path, structuredClone(valueAt(document, requireFrom(operation)))); break;
      default: throw new PatchError(`unknown JSON patch operation ${JSON.stringify(raw)}`);
    }
  }
  return document;
}

function requireValue(operation: JsonPatchOperation): Json {
  if (operation.value === undefined) throw new PatchError(`${operation.op} at ${operation.path} needs a value`);
  return operation.value;
}

function requireFrom(operation: JsonPatchOperation): string {
  if (operation.from === undefined) throw new PatchError(`${operation.op} at ${operation.path} needs from`);
  return operation.from;
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`invalid JSON pointer "${pointer}"`);
  return pointer.slice(1).split('/').map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function valueAt(document: Json, pointer: string): Json {
  let current: Json = document;
  for (const segment of pointerSegments(pointer)) {
    const next: Json | undefined = Array.isArray(current) ? current[Number(segment)] : isJsonObject(current) ? current[segment] : undefined;
    if (next === undefined) throw new PatchError(`path ${pointer} does not exist`);
    current = next;
  }
  return current;
}

/** Splits a pointer into its parent container (which must exist) and the last segment. */
function parentOf(document: Json, pointer: string): { parent: Json; last: string } {
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  if (last === undefined) throw new PatchError('cannot address the document root here');
  const parentPointer = segments.map((segment) => '/' + segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
  return { parent: valueAt(document, parentPointer), last };
}

function addAt(document: Json, pointer: string, value: Json): Json {
  if (pointer === '') return value;
  const { parent, last } = parentOf(document, pointer);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) throw new PatchError(`index ${last} out of range`);
    parent.splice(index, 0, value);
  } else if (isJsonObject(parent)) {
    parent[last] = value;
  } else {
    throw new PatchError(`cannot add below a scalar at ${pointer}`);
  }
  return document;
}

function removeAt(document: Json, pointer: string): Json {
  const { parent, last } = parentOf(document, pointer);
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!Number.isInteger(index) || index < 0 || index >= parent.length) throw new PatchError(`index ${last} out of range`);
    parent.splice(index, 1);
  } else if (isJsonObject(parent) && last in parent) {
    delete parent[last];
  } else {
    throw new PatchError(`path ${pointer} does not exist`);
  }
  return document;
}

/**
 * Schemas built at their first use, and zod loaded with the first of them: an agent holding no
 * claim parses no config and no record, and zod (its core and its 50 locales, loaded whatever
 * the locale) is 4 MB of such an agent's RSS (README "Memory"). Every product module takes zod
 * through `lazySchema`, never by a static import, so nothing loads it at start by accident.
 */
import { createRequire } from 'node:module';
import type { z } from 'zod';

/** zod's `z` namespace, as each schema's builder receives it. */
export type Zod = typeof z;

let zod: Zod | undefined;

/**
 * zod could not be loaded (a missing package, no file descriptor left): the agent's fault, not
 * the config's or the record's being checked, which callers must not drop as unreadable for it.
 */
export class SchemaLibraryError extends Error {}

/** A schema (or a set of fields) built once, when first asked for. */
export function lazySchema<T>(build: (z: Zod) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(zod ??= loadZod()));
}

function loadZod(): Zod {
  try {
    return (createRequire(import.meta.url)('zod') as { z: Zod }).z;
  } catch (error) {
    // Node's first line only: the rest is the require stack, on lines of their own.
    throw new SchemaLibraryError(`cannot load zod, which checks every config and record: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
}

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

/** A schema (or a set of fields) built once, when first asked for. */
export function lazySchema<T>(build: (z: Zod) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(zod ??= (createRequire(import.meta.url)('zod') as { z: Zod }).z));
}

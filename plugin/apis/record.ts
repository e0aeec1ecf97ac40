/** What every record codec shares: how a record that does not decode is refused. */
import type { z } from 'zod';

/**
 * Decodes a record with its schema; `what` names the record ("a prepared claim record"). The reason names the field and why, but not an unknown
 * field's name or a bad value: those come from the file, and reasons are logged and shown.
 */
export function decodeRecord<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new Error(`not ${what}`);
  const why = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
  throw new Error(`not ${what}: ${issue.path.join('.') || '(record)'}: ${why}`);
}

/** What every record codec shares: how a record that does not decode, or a value that does not encode, is refused. */
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

/**
 * Encodes a value into its record with its schema; `what` names the record. A value the record
 * cannot hold (a PF whose kernel name the interface-name rules refuse, say) is refused in one
 * line naming the field, not with zod's multi-line report, since it becomes a claim's error.
 */
export function encodeRecord<T extends z.ZodType>(schema: T, value: z.output<T>, what: string): z.input<T> {
  const result = schema.safeEncode(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`cannot write ${what}: ${issue ? `${issue.path.join('.') || '(record)'}: ${issue.message}` : 'it does not encode'}`);
}

/**
 * The generated NRI and ttrpc message classes under short names. Everything else imports the
 * wire schema from here, so a regeneration or a package rename touches one file.
 */
import { nri, ttrpc } from './generated/proto.js';

export const api = nri.pkg.api.v1alpha1;
export const wire = ttrpc;

/**
 * protobufjs decodes int64 fields to a Long object whenever the `long` package is present (it is:
 * protobufjs depends on it), although the generated declarations say `number`. Every int64 we
 * read holds milliseconds, nanoseconds or device numbers far below 2^53, so a number is exact.
 */
export function int64ToNumber(value: number | { toNumber(): number } | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

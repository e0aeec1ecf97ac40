/**
 * Field types shared by the claim config's sub-schemas and the records: each is a zod codec, so
 * one definition validates the user's JSON, decodes it into the parsed value netops takes, and
 * encodes that value back into the same JSON for a record. Messages name what is wrong in the
 * user's terms; the caller prefixes the field's path.
 */
import type { z } from 'zod';
import { formatCidr, formatIp, type IpAddress, type IpPrefix, parseCidr, parseIp } from '../../netops/ip.ts';
import { lazySchema, type Zod } from './lazy-schema.ts';

/** Linux IFNAMSIZ is 16 including the terminating NUL. */
const IFNAME_MAX = 15;
const TABLE_MAX = 0xffffffff;

/** "10.0.0.2/24" ↔ IpPrefix (host bits kept: it may be an interface address). */
export const ipPrefix = lazySchema((z) => z.codec(z.string(), z.custom<IpPrefix>(), {
  decode: (text, ctx) => parsedOr(z, parseCidr(text), text, ctx, 'must be an IP address with a prefix length, e.g. 10.0.0.2/24 or 2001:db8::2/64'),
  encode: formatCidr,
}));

/** "10.0.0.1" ↔ IpAddress. */
export const ipAddress = lazySchema((z) => z.codec(z.string(), z.custom<IpAddress>(), {
  decode: (text, ctx) => parsedOr(z, parseIp(text), text, ctx, 'must be an IPv4 or IPv6 address'),
  encode: (address) => formatIp(address.family, address.bytes),
}));

const IFNAME_CHARS = /^[A-Za-z0-9_.-]+$/;
const IFNAME_TOO_LONG = `must be at most ${IFNAME_MAX} characters (kernel IFNAMSIZ)`;
const IFNAME_BAD_CHARS = 'may contain only letters, digits, "-", "_" and "."';
const IFNAME_DOTS = 'must not be "." or ".."';

export const interfaceName = lazySchema((z) => z.string()
  .max(IFNAME_MAX, IFNAME_TOO_LONG)
  .regex(IFNAME_CHARS, IFNAME_BAD_CHARS)
  .refine((name) => name !== '.' && name !== '..', IFNAME_DOTS));

/** interfaceName's first refusal of `name`, without zod (a record's index is checked by hand at load, claims/plan.ts). */
export function interfaceNameIssue(name: string): string | undefined {
  if (name.length > IFNAME_MAX) return IFNAME_TOO_LONG;
  if (!IFNAME_CHARS.test(name)) return IFNAME_BAD_CHARS;
  return name === '.' || name === '..' ? IFNAME_DOTS : undefined;
}

export const hardwareAddress = lazySchema((z) => z.string()
  .regex(/^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/, 'must be a MAC address like 02:00:00:00:00:01')
  .refine((mac) => (parseInt(mac.slice(0, 2), 16) & 1) === 0, 'must be a unicast MAC address (first octet even)')
  .refine((mac) => mac !== '00:00:00:00:00:00', 'must not be all zeros'));

export const routeTable = lazySchema((z) => z.number().int().min(1, 'must be between 1 and 4294967295').max(TABLE_MAX, 'must be between 1 and 4294967295'));

function parsedOr<T>(zod: Zod, parsed: T | undefined, text: string, ctx: z.core.ParsePayload<string>, message: string): T {
  if (parsed !== undefined) return parsed;
  ctx.issues.push({ code: 'custom', message, input: text });
  return zod.NEVER;
}

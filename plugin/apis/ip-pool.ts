/**
 * `ipPools[]`: cluster-wide address pools, declared by the operator in a DeviceClass's opaque
 * config only (a claim cannot invent one, nor widen one), and `interface.ipam`, by which a claim
 * asks for an address from one of them.
 *
 * A pool is one or more ranges (an IPv4 and/or IPv6 subnet, optionally narrowed by start/end),
 * addresses or subnets never handed out, and routes every pod of the pool gets. A range's gateway
 * is never handed out and becomes the pod's default route of that family. Uniqueness across the
 * cluster is not this module's business: plugin/ipam claims each address with an IPAddress object.
 */
import type { z } from 'zod';
import { AF_INET, AF_INET6, formatCidr, networkOf, parseCidr, parseIp, prefixContains, type IpAddress, type IpPrefix } from '../../netops/ip.ts';
import { ipAddress, ipPrefix } from './fields.ts';
import { lazySchema } from './lazy-schema.ts';
import { routeSchema } from './route.ts';

/** Pool names become label values on IPAddress objects: DNS labels fit. */
const POOL_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const POOL_NAME_MAX = 63;
/** Bounds on what one DeviceClass can make every prepare parse and scan. */
export const MAX_POOLS = 32;
const MAX_RANGES = 16;
const MAX_EXCLUDES = 256;
const MAX_POOL_ROUTES = 64;

export const poolName = lazySchema((z) => z.string()
  .max(POOL_NAME_MAX, `must be at most ${POOL_NAME_MAX} characters`)
  .regex(POOL_NAME, 'must be a DNS label (lowercase letters, digits and "-")'));

/** `interface.ipam`: `{ "pool": NAME }`, exclusive with `interface.addresses`. */
export const ipamSchema = lazySchema((z) => z.strictObject({ pool: poolName() }));

/** An excluded entry: one address ("10.0.0.5") or a subnet ("10.0.0.64/28"). */
const excludedPrefix = lazySchema((z) => z.codec(z.string(), z.custom<IpPrefix>(), {
  decode: (text, ctx) => {
    const address = text.includes('/') ? undefined : parseIp(text);
    const parsed = address ? { ...address, prefixLength: address.bytes.length * 8 } : parseCidr(text);
    if (parsed) return networkOf(parsed);
    ctx.issues.push({ code: 'custom', message: 'must be an IP address or a subnet, e.g. 10.0.0.5 or 10.0.0.64/28', input: text });
    return z.NEVER;
  },
  encode: (prefix) => (prefix.prefixLength === prefix.bytes.length * 8 ? formatCidr(prefix).split('/')[0]! : formatCidr(prefix)),
}));

const rangeSchema = lazySchema((z) => z.strictObject({
  subnet: ipPrefix(),
  start: ipAddress().optional(),
  end: ipAddress().optional(),
  gateway: ipAddress().optional(),
}).superRefine((range, ctx) => {
  const { subnet } = range;
  if (!networkOf(subnet).bytes.equals(subnet.bytes)) {
    ctx.addIssue({ code: 'custom', path: ['subnet'], message: `must be a subnet with no host bits set, e.g. ${formatCidr(networkOf(subnet))}` });
  }
  if (isV4Mapped(subnet)) ctx.addIssue({ code: 'custom', path: ['subnet'], message: 'must not be an IPv4-mapped IPv6 subnet; write the IPv4 subnet' });
  for (const key of ['start', 'end', 'gateway'] as const) {
    const value = range[key];
    if (value !== undefined && !prefixContains(subnet, value)) ctx.addIssue({ code: 'custom', path: [key], message: `must be inside subnet ${formatCidr(subnet)}` });
  }
  if (range.start && range.end && range.start.family === range.end.family && Buffer.compare(range.start.bytes, range.end.bytes) > 0) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not come before start' });
  }
}));

export const ipPoolSchema = lazySchema((z) => z.strictObject({
  name: poolName(),
  ranges: z.array(rangeSchema()).min(1, 'a pool needs at least one range').max(MAX_RANGES, `must list at most ${MAX_RANGES} ranges`),
  exclude: z.array(excludedPrefix()).max(MAX_EXCLUDES, `must list at most ${MAX_EXCLUDES} entries`).optional(),
  routes: z.array(routeSchema()).max(MAX_POOL_ROUTES, `must list at most ${MAX_POOL_ROUTES} routes`).optional(),
}));

export const ipPoolsSchema = lazySchema((z) => z.array(ipPoolSchema())
  .max(MAX_POOLS, `must list at most ${MAX_POOLS} pools`)
  .superRefine((pools, ctx) => {
    const seen = new Set<string>();
    pools.forEach((pool, index) => {
      if (seen.has(pool.name)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `pool "${pool.name}" is defined twice` });
      seen.add(pool.name);
    });
  }));

export type IpPool = z.output<ReturnType<typeof ipPoolSchema>>;
export type IpPoolRange = IpPool['ranges'][number];

/** The families a pool hands out, IPv4 first: a dual-stack pool gives one address of each. */
export function poolFamilies(pool: IpPool): Array<typeof AF_INET | typeof AF_INET6> {
  return [AF_INET, AF_INET6].filter((family) => pool.ranges.some((range) => range.subnet.family === family)) as Array<typeof AF_INET | typeof AF_INET6>;
}

function isV4Mapped(address: IpAddress): boolean {
  return address.family === AF_INET6 && address.bytes.subarray(0, 10).every((byte) => byte === 0) && address.bytes[10] === 0xff && address.bytes[11] === 0xff;
}

/**
 * The claim's opaque parameters: what a user asks netclaim to do with one device.
 *
 * Field names follow dranet's so configs carry over between the two drivers. The schema is
 * strict (an unknown field is an error, never silently ignored: a typo like `adresses` must
 * not give a pod an interface without addresses) and every message names the field's path,
 * because it reaches the user as the reason NodePrepareResources failed.
 */
import { z } from 'zod';
import { parseCidr, parseIp } from './ip.ts';

/** Linux IFNAMSIZ is 16 including the terminating NUL. */
const IFNAME_MAX = 15;
const MIN_MTU = 68;
const MAX_MTU = 65535;
/** GSO_MAX_SIZE since BIG TCP (kernel 5.19+). */
const MAX_GSO_SIZE = 524280;
const TABLE_MAX = 0xffffffff;
const RT_SCOPE_UNIVERSE = 0;
const RT_SCOPE_LINK = 253;

const interfaceName = z.string()
  .max(IFNAME_MAX, `must be at most ${IFNAME_MAX} characters (kernel IFNAMSIZ)`)
  .regex(/^[A-Za-z0-9_.-]+$/, 'may contain only letters, digits, "-", "_" and "."')
  .refine((name) => name !== '.' && name !== '..', 'must not be "." or ".."');

const cidr = z.string().refine((text) => parseCidr(text) !== undefined, 'must be an IP address with a prefix length, e.g. 10.0.0.2/24 or 2001:db8::2/64');
const ipAddress = z.string().refine((text) => parseIp(text) !== undefined, 'must be an IPv4 or IPv6 address');
const hardwareAddress = z.string()
  .regex(/^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/, 'must be a MAC address like 02:00:00:00:00:01')
  .refine((mac) => (parseInt(mac.slice(0, 2), 16) & 1) === 0, 'must be a unicast MAC address (first octet even)')
  .refine((mac) => mac !== '00:00:00:00:00:00', 'must not be all zeros');
const routeTable = z.number().int().min(1, 'must be between 1 and 4294967295').max(TABLE_MAX, 'must be between 1 and 4294967295');

const interfaceSchema = z.strictObject({
  name: interfaceName.optional(),
  addresses: z.array(cidr).refine(unique, 'must not list an address twice').optional(),
  mtu: z.number().int().min(MIN_MTU, `must be at least ${MIN_MTU}`).max(MAX_MTU, `must be at most ${MAX_MTU}`).optional(),
  hardwareAddr: hardwareAddress.optional(),
  arpIgnore: z.number().int().refine((v) => [0, 1, 2, 3, 8].includes(v), 'must be 0, 1, 2, 3 or 8 (net.ipv4.conf.*.arp_ignore)').optional(),
  arpAnnounce: z.number().int().min(0, 'must be 0, 1 or 2').max(2, 'must be 0, 1 or 2').optional(),
  gsoMaxSize: z.number().int().min(1, 'must be positive').max(MAX_GSO_SIZE, `must be at most ${MAX_GSO_SIZE}`).optional(),
  groMaxSize: z.number().int().min(1, 'must be positive').max(MAX_GSO_SIZE, `must be at most ${MAX_GSO_SIZE}`).optional(),
});

const routeSchema = z.strictObject({
  destination: cidr,
  gateway: ipAddress.optional(),
  source: ipAddress.optional(),
  scope: z.union([z.literal(RT_SCOPE_UNIVERSE), z.literal(RT_SCOPE_LINK)], { error: 'must be 0 (universe) or 253 (link)' }).optional(),
  table: routeTable.optional(),
}).superRefine((route, ctx) => {
  const family = parseCidr(route.destination)?.family;
  for (const key of ['gateway', 'source'] as const) {
    const value = route[key];
    if (value !== undefined && family !== undefined && parseIp(value)?.family !== family) {
      ctx.addIssue({ code: 'custom', path: [key], message: `must be the same IP family as destination ${route.destination}` });
    }
  }
  if (route.scope === RT_SCOPE_UNIVERSE && route.gateway === undefined) {
    ctx.addIssue({ code: 'custom', path: ['gateway'], message: 'is required for a route with scope 0 (universe)' });
  }
  if (route.scope === RT_SCOPE_LINK && route.gateway !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['scope'], message: 'must not be 253 (link) for a route via a gateway' });
  }
});

const ruleSchema = z.strictObject({
  priority: z.number().int().min(0, 'must be between 0 and 32767').max(32767, 'must be between 0 and 32767').optional(),
  source: cidr.optional(),
  destination: cidr.optional(),
  table: routeTable,
}).superRefine((rule, ctx) => {
  if (rule.source === undefined && rule.destination === undefined) {
    ctx.addIssue({ code: 'custom', path: ['source'], message: 'a rule needs a source or a destination (it decides the IP family)' });
  } else if (rule.source !== undefined && rule.destination !== undefined
    && parseCidr(rule.source)?.family !== parseCidr(rule.destination)?.family) {
    ctx.addIssue({ code: 'custom', path: ['destination'], message: 'must be the same IP family as source' });
  }
});

const neighborSchema = z.strictObject({
  destination: ipAddress,
  hardwareAddr: hardwareAddress,
});

export const interfaceConfigSchema = z.strictObject({
  interface: interfaceSchema.optional(),
  routes: z.array(routeSchema).optional(),
  rules: z.array(ruleSchema).optional(),
  neighbors: z.array(neighborSchema).optional(),
});

export type InterfaceConfig = z.infer<typeof interfaceConfigSchema>;
export type RouteConfig = z.infer<typeof routeSchema>;
export type RuleConfig = z.infer<typeof ruleSchema>;
export type NeighborConfig = z.infer<typeof neighborSchema>;

export interface ConfigIssue {
  /** e.g. "interface.addresses[1]" */
  path: string;
  message: string;
}

export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super(`invalid config: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** Validates opaque parameters; throws ConfigError naming every bad field. */
export function parseInterfaceConfig(value: unknown): InterfaceConfig {
  const result = interfaceConfigSchema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field' }));
    }
    if (issue.code === 'invalid_type' && issue.path.length === 0) {
      return [{ path: '(config)', message: 'must be a JSON object' }];
    }
    return [{ path: formatPath(issue.path), message: issue.code === 'invalid_type' ? `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}` : issue.message }];
  }));
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((text, part) => typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part), '');
}

function unique(values: string[]): boolean {
  return new Set(values).size === values.length;
}

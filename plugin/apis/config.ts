/**
 * The claim's opaque parameters: what a user asks netclaim to do with one device.
 *
 * Field names follow dranet's so configs carry over between the two drivers. The schema is
 * strict (an unknown field is an error, never silently ignored: a typo like `adresses` must
 * not give a pod an interface without addresses) and every message names the field's path,
 * because it reaches the user as the reason NodePrepareResources failed.
 *
 * Each part lives in its own module (interface, route, rule, neighbor), with its validation and
 * its codec: decoding gives the parsed values netops takes (prefixes, addresses, one Route and
 * one Rule type), and encoding gives back the same JSON, for the prepared-claim record.
 */
import type { z } from 'zod';
import { interfaceSchema } from './interface.ts';
import { ipPoolsSchema } from './ip-pool.ts';
import { lazySchema } from './lazy-schema.ts';
import { neighborSchema } from './neighbor.ts';
import { routeSchema } from './route.ts';
import { ruleSchema } from './rule.ts';
import { subInterfaceIssues } from './sub-interface.ts';
import { vfIssues, vfSchema } from './vf.ts';
import { driverField, driverIssues } from './vfio.ts';

export const interfaceConfigSchema = lazySchema((z) => z.strictObject({
  interface: interfaceSchema().optional(),
  routes: z.array(routeSchema()).optional(),
  rules: z.array(ruleSchema()).optional(),
  neighbors: z.array(neighborSchema()).optional(),
  /** SR-IOV VF settings, applied through the PF (vf.ts). */
  vf: vfSchema().optional(),
  /** "vfio-pci": the function is bound to vfio-pci for a userspace driver (vfio.ts). */
  driver: driverField(),
}));

/**
 * A DeviceClass's config: a claim config plus what only the operator may declare, the address
 * pools (`ipPools`). They never reach a prepared claim's record: prepare looks the pool up and
 * stores the addresses it got.
 */
export const classConfigSchema = lazySchema(() => interfaceConfigSchema().extend({
  ipPools: ipPoolsSchema().optional(),
}));

export type ClassConfig = z.output<ReturnType<typeof classConfigSchema>>;

/** A validated claim config, decoded: what prepare stores and attach applies. */
export type InterfaceConfig = z.output<ReturnType<typeof interfaceConfigSchema>>;
/** The same config as JSON, as the user wrote it and as records keep it. */
export type InterfaceConfigJson = z.input<ReturnType<typeof interfaceConfigSchema>>;

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

/** Validates and decodes a claim's opaque parameters; throws ConfigError naming every bad field. */
export function parseInterfaceConfig(value: unknown): InterfaceConfig {
  return parseWith(interfaceConfigSchema(), value, (key) => (key === 'ipPools' ? 'may be set only in a DeviceClass config: pools are the operator\'s' : 'unknown field'));
}

/** The same for a DeviceClass's opaque parameters, which may also define `ipPools`. */
export function parseClassConfig(value: unknown): ClassConfig {
  return parseWith(classConfigSchema(), value, () => 'unknown field');
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, unknownField: (key: string) => string): z.output<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]) + poolOf(value, issue.path), message: issue.path.length === 0 ? unknownField(key) : 'unknown field' }));
    }
    if (issue.code === 'invalid_type' && issue.path.length === 0) {
      return [{ path: '(config)', message: 'must be a JSON object' }];
    }
    return [{ path: formatPath(issue.path) + poolOf(value, issue.path), message: issue.code === 'invalid_type' ? `must be ${EXPECTED[issue.expected] ?? `a ${issue.expected}`}` : issue.message }];
  }));
}

/**
 * What is wrong with a final config (merged, or the only one) that each part could not tell
 * alone: a field of interface.type without that type, a VLAN without its id, a VF's QoS without
 * its VLAN, a netdev field with driver "vfio-pci".
 */
export function finalConfigIssues(config: InterfaceConfig): ConfigIssue[] {
  return [
    ...subInterfaceIssues(config.interface ?? {}, true).map(([field, message]) => ({ path: `interface.${field}`, message })),
    ...(config.vf ? vfIssues(config.vf, config.interface?.type).map(([field, message]) => ({ path: field ? `vf.${field}` : 'vf', message })) : []),
    ...driverIssues(config).map(([path, message]) => ({ path, message })),
  ];
}

/** The config as JSON again, exactly as a user would write it. */
export function encodeInterfaceConfig(config: InterfaceConfig): InterfaceConfigJson {
  return interfaceConfigSchema().encode(config);
}

/** zod's names for what it expected, in the user's words where they differ ("int" is z.number().int()). */
const EXPECTED: Record<string, string> = { array: 'a list', int: 'a whole number' };

/** ` (pool "blue")` for an issue inside `ipPools[i]` whose name is readable: errors name the pool. */
function poolOf(value: unknown, path: PropertyKey[]): string {
  if (path[0] !== 'ipPools' || typeof path[1] !== 'number') return '';
  const name = (value as { ipPools?: Array<{ name?: unknown }> } | null)?.ipPools?.[path[1]]?.name;
  return typeof name === 'string' && name.length <= 63 ? ` (pool ${JSON.stringify(name)})` : '';
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((text, part) => typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part), '');
}

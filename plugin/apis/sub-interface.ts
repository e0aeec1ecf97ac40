/**
 * `interface.type` and its per-type fields: whether the pod gets the device itself (absent or
 * "device") or a child of it created in its namespace ("macvlan", "ipvlan", "vlan"), and the
 * egress rate. A config is validated alone (class and claim configs each point at their own
 * mistakes) and again once merged, since a class may set the type and a claim the mode: fields
 * are judged against the type only where the type is known.
 */
import type { z } from 'zod';
import {
  type ChildLinkSpec, IPVLAN_FLAGS, IPVLAN_MODES, MACVLAN_MODES, VLAN_ID_MAX, VLAN_PROTOCOLS,
} from '../../netops/child-link.ts';
import type { ChildRecord } from '../../netops/attach.ts';
import { lazySchema } from './lazy-schema.ts';

export const INTERFACE_TYPES = ['device', 'macvlan', 'ipvlan', 'vlan'] as const;
/** 1 Tbit/s: beyond any NIC, so a larger number is a typo (the unit is Mbit/s). */
const MAX_RATE_MBPS = 1_000_000;
const MODES = [...MACVLAN_MODES, ...IPVLAN_MODES.filter((mode) => !(MACVLAN_MODES as readonly string[]).includes(mode))] as const;

const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');
const oneOf = (values: readonly string[]): string => `must be one of ${quoted(values)}`;

/** The fields interface.ts adds to its schema, each checked on its own. */
export const subInterfaceFields = lazySchema((z) => ({
  type: z.enum(INTERFACE_TYPES, { error: oneOf(INTERFACE_TYPES) }).optional(),
  mode: z.enum(MODES, { error: `${oneOf(MACVLAN_MODES)} (macvlan) or ${quoted(IPVLAN_MODES)} (ipvlan)` }).optional(),
  flags: z.enum(IPVLAN_FLAGS, { error: oneOf(IPVLAN_FLAGS) }).optional(),
  vlanId: z.number().int().min(1, `must be between 1 and ${VLAN_ID_MAX}`).max(VLAN_ID_MAX, `must be between 1 and ${VLAN_ID_MAX}`).optional(),
  protocol: z.enum(VLAN_PROTOCOLS, { error: oneOf(VLAN_PROTOCOLS) }).optional(),
  egressRateMbps: z.number().int().min(1, `must be between 1 and ${MAX_RATE_MBPS} (Mbit/s)`).max(MAX_RATE_MBPS, `must be between 1 and ${MAX_RATE_MBPS} (Mbit/s)`).optional(),
}));

type SubInterfaceFieldSchemas = ReturnType<typeof subInterfaceFields>;
type SubInterfaceFields = { [K in keyof SubInterfaceFieldSchemas]?: z.output<SubInterfaceFieldSchemas[K]> } & { hardwareAddr?: string };

/** Which fields each type takes, beside the ones every interface has. */
const TYPE_OF_FIELD = {
  mode: ['macvlan', 'ipvlan'],
  flags: ['ipvlan'],
  vlanId: ['vlan'],
  protocol: ['vlan'],
  egressRateMbps: ['device'],
} as const;

/**
 * What is wrong with the type and its fields, as [field, message]. `merged`: the config is the
 * final one, so a field without a type means the device itself.
 */
export function subInterfaceIssues(iface: SubInterfaceFields, merged: boolean): Array<[field: string, message: string]> {
  if (iface.type === undefined && !merged) return [];
  const type = iface.type ?? 'device';
  const issues: Array<[string, string]> = [];
  for (const [field, types] of Object.entries(TYPE_OF_FIELD) as Array<[keyof typeof TYPE_OF_FIELD, readonly string[]]>) {
    if (iface[field] !== undefined && !types.includes(type)) issues.push([field, `applies only to interface.type ${types.map((t) => `"${t}"`).join(' or ')}${type === 'device' ? '' : `, not "${type}"`}${field === 'egressRateMbps' ? '; a child\'s rate is the bandwidth its claim consumes from the shared parent' : ''}`]);
  }
  if (type === 'macvlan' && iface.mode !== undefined && !(MACVLAN_MODES as readonly string[]).includes(iface.mode)) issues.push(['mode', `${oneOf(MACVLAN_MODES)} for a macvlan`]);
  if (type === 'ipvlan' && iface.mode !== undefined && !(IPVLAN_MODES as readonly string[]).includes(iface.mode)) issues.push(['mode', `${oneOf(IPVLAN_MODES)} for an ipvlan`]);
  if (type === 'vlan' && iface.vlanId === undefined && merged) issues.push(['vlanId', 'is required for interface.type "vlan"']);
  if (iface.hardwareAddr !== undefined && (type === 'ipvlan' || (type === 'macvlan' && iface.mode === 'passthru'))) {
    issues.push(['hardwareAddr', `${type === 'ipvlan' ? 'an ipvlan shares' : 'a passthru macvlan takes'} the MAC address of its parent; leave it out`]);
  }
  return issues;
}

/** The child a validated, merged interface config asks for; undefined for the device itself. Defaults: macvlan bridge, ipvlan l2 bridge, 802.1Q. */
export function childLinkSpec(iface: SubInterfaceFields | undefined): ChildLinkSpec | undefined {
  switch (iface?.type) {
    case 'macvlan':
      return { kind: 'macvlan', mode: (iface.mode ?? 'bridge') as (typeof MACVLAN_MODES)[number] };
    case 'ipvlan':
      return { kind: 'ipvlan', mode: (iface.mode ?? 'l2') as (typeof IPVLAN_MODES)[number], flags: iface.flags ?? 'bridge' };
    case 'vlan':
      return { kind: 'vlan', vlanId: iface.vlanId!, protocol: iface.protocol ?? '802.1Q' };
    default:
      return undefined;
  }
}

/** A checkpointed child (netops' ChildRecord): its settings, and its index in the pod once created. */
export const childRecordSchema = lazySchema((z) => z.strictObject({
  spec: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('macvlan'), mode: z.enum(MACVLAN_MODES) }),
    z.strictObject({ kind: z.literal('ipvlan'), mode: z.enum(IPVLAN_MODES), flags: z.enum(IPVLAN_FLAGS) }),
    z.strictObject({ kind: z.literal('vlan'), vlanId: z.number().int(), protocol: z.enum(VLAN_PROTOCOLS) }),
  ]),
  podIndex: z.number().int().optional(),
}) satisfies z.ZodType<ChildRecord>);

/**
 * Which devices the node offers: a CEL expression over the same `device` a DeviceClass selector
 * sees (`device.driver`, `device.attributes["<domain>"].<name>`, `device.capacity`), evaluated
 * with a real CEL implementation. Ints are CEL ints (so `mtu > 1500` works), unprefixed
 * attributes sit under the driver's domain.
 *
 * The CEL engine is loaded only when an operator's `--filter` needs it (it costs the agent
 * ~6 MB RSS and ~0.15 s CPU at start): the default is the same expression evaluated by a few
 * lines of TypeScript with CEL's outcomes (filter.test.ts holds the two to each other).
 *
 * Semantics (the text of README, `--filter` and the manifests):
 * - Loopback and the uplink family are never offered, whatever the filter says (exclusion.ts).
 * - Without `--filter` the default expression below applies: devices with a PCI bus address,
 *   i.e. physical functions and SR-IOV VFs, the only links that can be a pod's own NIC. Virtual
 *   links (veth, bridge, ifb, macvlan, CNI pod veths) are never offered by default: on a real
 *   node one of them could be another pod's interface.
 * - A `--filter` replaces the default and alone decides; to add to it, repeat the default's text
 *   in it (`(<default>) || <more>`).
 *
 * Failure policy, fail closed. Refused at start (FilterError, one line): an expression that does
 * not parse; one that yields a value that is not a bool (on the first scan's devices, or on a
 * device with no attributes at all, so a constant like `1` is refused on a node with no devices
 * too); and one whose evaluation fails on every device of the first scan (an unguarded attribute
 * no device has, a misspelt domain). With no device to judge, that last rule cannot fire: the
 * agent starts and publishes an empty pool. After start, a device for which evaluation fails
 * (typically `.pciVendor == "15b3"` on a device without one) or yields a non-bool is dropped with
 * the reason logged: offering a device the operator's filter did not accept could hand a host
 * NIC to a pod; not offering one is visible and safe. Guard optional attributes with `has(...)`.
 */
import type { CelInput } from '@bufbuild/cel';
import { createRequire } from 'node:module';
import type { AttributeValue, PublishedDevice } from './published-device.ts';
import { errorMessage } from '../errors.ts';

/** The CEL engine, loaded on first use (synchronously: filters are judged in synchronous code). */
let celModule: typeof import('@bufbuild/cel') | undefined;
function cel(): typeof import('@bufbuild/cel') {
  celModule ??= createRequire(import.meta.url)('@bufbuild/cel') as typeof import('@bufbuild/cel');
  return celModule;
}

/** How an evaluation ended: `error` and `not bool` are the expression's fault, not the device's. */
export type FilterOutcome = 'false' | 'error' | 'not bool';

export type FilterVerdict = { keep: true } | { keep: false; outcome: FilterOutcome; reason: string };

export interface DeviceFilter {
  /** The CEL text in force: the operator's `--filter`, or the default's. */
  readonly expression: string;
  readonly isDefault: boolean;
  judge(device: PublishedDevice): FilterVerdict;
}

/** Every `--filter` (or `--share-filter`) refusal at start: one line naming the flag, the expression and the problem. */
export class FilterError extends Error {
  constructor(expression: string, problem: string, flag = '--filter') {
    super(`${flag} ${JSON.stringify(expression)}: ${problem}`);
    this.name = 'FilterError';
  }
}

/** The filter without `--filter`: devices with a PCI bus address (PFs and SR-IOV VFs), no virtual link. */
export function defaultFilterExpression(driverName: string): string {
  const attributes = `device.attributes[${JSON.stringify(driverName)}]`;
  return `!${attributes}.virtual && has(${attributes}.pciAddress)`;
}

/** The filter in force: the operator's expression, or the default when there is none. */
export function deviceFilter(expression: string | undefined, driverName: string): DeviceFilter {
  if (expression !== undefined) return compileDeviceFilter(expression, driverName);
  return {
    expression: defaultFilterExpression(driverName),
    isDefault: true,
    judge(device) {
      const outcome = defaultFilterOutcome(device, driverName);
      return outcome === 'true' ? { keep: true } : { keep: false, outcome, reason: 'no bus address: a virtual link, offered only when --filter selects it' };
    },
  };
}

/**
 * `!attributes.virtual && has(attributes.pciAddress)` with CEL's outcomes: `&&` is false when
 * either side is false, even when the other is an error (a missing key, `!` on a non-bool).
 */
function defaultFilterOutcome(device: PublishedDevice, driverName: string): FilterOutcome | 'true' {
  const attributes = driverAttributes(device, driverName);
  if (!attributes.has('pciAddress')) return 'false';
  const virtual = attributes.get('virtual');
  if (virtual === undefined || !('bool' in virtual)) return 'error';
  return virtual.bool ? 'false' : 'true';
}

/** The attributes in the driver's domain, by name without it (unprefixed names are the driver's). */
function driverAttributes(device: PublishedDevice, driverName: string): Map<string, AttributeValue> {
  const attributes = new Map<string, AttributeValue>();
  for (const [qualifiedName, value] of Object.entries(device.attributes)) {
    const { domain, name } = splitName(qualifiedName, driverName);
    if (domain === driverName) attributes.set(name, value);
  }
  return attributes;
}

function splitName(qualifiedName: string, driverName: string): { domain: string; name: string } {
  const slash = qualifiedName.indexOf('/');
  return slash < 0 ? { domain: driverName, name: qualifiedName } : { domain: qualifiedName.slice(0, slash), name: qualifiedName.slice(slash + 1) };
}

export function compileDeviceFilter(expression: string, driverName: string, flag?: string): DeviceFilter {
  const { celEnv, isCelError, parse, plan } = cel();
  let evaluate: ReturnType<typeof plan>;
  try {
    evaluate = plan(celEnv({}), parse(expression));
  } catch (error) {
    throw new FilterError(expression, errorMessage(error), flag);
  }
  const evaluateOn = (device: PublishedDevice) => evaluate({ device: celDevice(device, driverName) });
  // On a device with no attributes: a non-bool even there (a constant like `1`) is wrong on any node.
  const bare = evaluateOn({ name: 'bare', attributes: {} });
  if (!isCelError(bare) && typeof bare !== 'boolean') throw new FilterError(expression, `evaluates to ${celTypeName(bare)}, not bool`, flag);
  const judge = (device: PublishedDevice): FilterVerdict => {
    const result = evaluateOn(device);
    if (isCelError(result)) return { keep: false, outcome: 'error', reason: `filter error: ${result.message}` };
    if (typeof result !== 'boolean') return { keep: false, outcome: 'not bool', reason: `filter returned ${celTypeName(result)}, not bool` };
    return result ? { keep: true } : { keep: false, outcome: 'false', reason: 'filter returned false' };
  };
  return { expression, isDefault: false, judge };
}

function celTypeName(value: unknown): string {
  const { isCelList, isCelMap, isCelUint } = cel();
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'string') return 'string';
  if (value === null || value === undefined) return 'null';
  if (value instanceof Uint8Array) return 'bytes';
  if (isCelUint(value)) return 'uint';
  if (isCelList(value)) return 'list';
  if (isCelMap(value)) return 'map';
  return 'an object';
}

/** `device` as DRA's CEL environment shapes it: attributes grouped by domain, names without it. */
export function celDevice(device: PublishedDevice, driverName: string): CelInput {
  // The driver's own domain is always there, so `device.attributes["<driver>"]` never errors by itself.
  const domains = new Map<string, Map<string, CelInput>>([[driverName, new Map()]]);
  for (const [qualifiedName, value] of Object.entries(device.attributes)) {
    const { domain, name } = splitName(qualifiedName, driverName);
    const attributes = domains.get(domain) ?? new Map<string, CelInput>();
    attributes.set(name, celValue(value));
    domains.set(domain, attributes);
  }
  return new Map<string, CelInput>([
    ['driver', driverName],
    ['attributes', domains],
    ['capacity', new Map()],
    // Kubernetes 1.34+ with DRAConsumableCapacity: true for a shared parent (sharing.ts).
    ['allowMultipleAllocations', device.allowMultipleAllocations === true],
  ]);
}

function celValue(value: AttributeValue): CelInput {
  if ('int' in value) return BigInt(value.int);
  if ('bool' in value) return value.bool;
  if ('string' in value) return value.string;
  return value.version;
}

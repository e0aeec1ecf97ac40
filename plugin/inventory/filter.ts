/**
 * The operator's `--filter`: a CEL expression over the same `device` a DeviceClass selector
 * sees (`device.driver`, `device.attributes["<domain>"].<name>`, `device.capacity`), evaluated
 * with a real CEL implementation. Ints are CEL ints (so `mtu > 1500` works), unprefixed
 * attributes sit under the driver's domain.
 *
 * Failure policy, fail closed: an expression that does not parse is a startup error; a device
 * for which evaluation errors (typically a missing attribute: `.pciVendor == "15b3"` on a veth)
 * or yields a non-bool is dropped, with the reason returned for the log. Offering a device the
 * operator's filter did not accept could hand a host NIC to a pod; not offering one is visible
 * and safe. Guard optional attributes with `has(...)` to keep such devices.
 */
import { celEnv, isCelError, parse, plan, type CelInput } from '@bufbuild/cel';
import type { AttributeValue, PublishedDevice } from './published-device.ts';

export type FilterVerdict = { keep: true } | { keep: false; reason: string };

export type DeviceFilter = (device: PublishedDevice) => FilterVerdict;

export class FilterSyntaxError extends Error {}

export function compileDeviceFilter(expression: string, driverName: string): DeviceFilter {
  let evaluate: ReturnType<typeof plan>;
  try {
    evaluate = plan(celEnv({}), parse(expression));
  } catch (error) {
    throw new FilterSyntaxError(`--filter ${JSON.stringify(expression)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (device) => {
    const result = evaluate({ device: celDevice(device, driverName) });
    if (isCelError(result)) return { keep: false, reason: `filter error: ${result.message}` };
    if (typeof result !== 'boolean') return { keep: false, reason: `filter returned ${typeof result}, not bool` };
    return result ? { keep: true } : { keep: false, reason: 'filter returned false' };
  };
}

/** `device` as DRA's CEL environment shapes it: attributes grouped by domain, names without it. */
export function celDevice(device: PublishedDevice, driverName: string): CelInput {
  // The driver's own domain is always there, so `device.attributes["<driver>"]` never errors by itself.
  const domains = new Map<string, Map<string, CelInput>>([[driverName, new Map()]]);
  for (const [qualifiedName, value] of Object.entries(device.attributes)) {
    const slash = qualifiedName.indexOf('/');
    const domain = slash < 0 ? driverName : qualifiedName.slice(0, slash);
    const name = slash < 0 ? qualifiedName : qualifiedName.slice(slash + 1);
    const attributes = domains.get(domain) ?? new Map<string, CelInput>();
    attributes.set(name, celValue(value));
    domains.set(domain, attributes);
  }
  return new Map<string, CelInput>([
    ['driver', driverName],
    ['attributes', domains],
    ['capacity', new Map()],
  ]);
}

function celValue(value: AttributeValue): CelInput {
  if ('int' in value) return BigInt(value.int);
  if ('bool' in value) return value.bool;
  if ('string' in value) return value.string;
  return value.version;
}

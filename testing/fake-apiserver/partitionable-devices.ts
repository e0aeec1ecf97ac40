/**
 * DRA partitionable devices (KEP-4815) as the real API server (Kubernetes 1.35) treats them:
 *
 * - feature on (DRAPartitionableDevices; alpha, off by default, in 1.34 and 1.35): a slice's
 *   `spec.sharedCounters` (≤ 8 counter sets, each a DNS-label name, unique, with 1 to 32 counters
 *   named by DNS labels) and a device's `consumesCounters` (≤ 2 entries, one per counter set,
 *   each with 1 to 32 counters) are validated; `sharedCounters` and `devices` are mutually
 *   exclusive (counter sets live in slices of their own since 1.35, referenced across the pool);
 *   a slice whose devices consume counters (or carry taints) holds at most 64 devices.
 * - feature off: the registry strategy drops `sharedCounters`, `perDeviceNodeSelection` and the
 *   devices' `consumesCounters`, `nodeName`, `nodeSelector`, `allNodes` on write, unless the
 *   stored object already uses them; nothing is refused, the writer learns from what comes back.
 *
 * Counter values are quantities (any that parses). Whether consumed counters name a counter set
 * of the pool is checked by the scheduler, not at admission, and so not here. 1.34's rules (the
 * alpha before that change) are there too: counter sets sit beside the devices, and a device may
 * consume only from a counter set of its own slice.
 */
import { parseQuantity, QuantityError } from '../../plugin/quantity.ts';
import { isJsonObject, type Json } from './patch.ts';

type JsonObject = { [key: string]: Json };

export const maxCounterSets = 8;
export const maxCountersPerSet = 32;
export const maxConsumptionsPerDevice = 2;
export const maxCountersPerConsumption = 32;
export const maxDevicesWithTaintsOrCounters = 64;

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const devicesOf = (spec: JsonObject): JsonObject[] => (Array.isArray(spec.devices) ? spec.devices.filter(isJsonObject) : []);

function usesPartitionableDevices(object: JsonObject | undefined): boolean {
  const spec = isJsonObject(object?.spec) ? object.spec : undefined;
  if (!spec) return false;
  if ((Array.isArray(spec.sharedCounters) && spec.sharedCounters.length > 0) || (spec.perDeviceNodeSelection !== undefined && spec.perDeviceNodeSelection !== null)) return true;
  return devicesOf(spec).some((device) => (Array.isArray(device.consumesCounters) && device.consumesCounters.length > 0)
    || ['nodeName', 'nodeSelector', 'allNodes'].some((field) => device[field] !== undefined && device[field] !== null));
}

/** The strategy's part for a disabled gate: strips the fields in place. */
export function dropDisabledPartitionableDevices(kind: string, object: JsonObject, before: JsonObject | undefined, enabled: boolean): void {
  if (kind !== 'ResourceSlice' || enabled || usesPartitionableDevices(before)) return;
  const spec = isJsonObject(object.spec) ? object.spec : undefined;
  if (!spec) return;
  delete spec.sharedCounters;
  delete spec.perDeviceNodeSelection;
  for (const device of devicesOf(spec)) {
    for (const field of ['consumesCounters', 'nodeName', 'nodeSelector', 'allNodes']) delete device[field];
  }
}

/** The most devices a slice may hold: fewer when its devices consume counters or carry taints. */
export function maxDevicesOf(spec: JsonObject, maxDevices: number): number {
  const heavy = devicesOf(spec).some((device) => (Array.isArray(device.taints) && device.taints.length > 0) || (Array.isArray(device.consumesCounters) && device.consumesCounters.length > 0));
  return heavy ? maxDevicesWithTaintsOrCounters : maxDevices;
}

export type PartitionableRules = '1.34' | '1.35';

/** Validation of `spec.sharedCounters` and (1.35) its exclusion with `spec.devices`, or (1.34) the devices' references into it. */
export function validateSharedCounters(spec: JsonObject, rules: PartitionableRules = '1.35'): string[] {
  const problems: string[] = [];
  // Go's nil test: an empty list of devices still counts as set.
  if (rules === '1.35' && spec.sharedCounters !== undefined && spec.sharedCounters !== null && spec.devices !== undefined && spec.devices !== null) {
    problems.push('spec: Invalid value: "": only one of `sharedCounters` or `devices` is allowed');
  }
  if (rules === '1.34') problems.push(...localCounterReferences(spec));
  if (spec.sharedCounters === undefined || spec.sharedCounters === null) return problems;
  if (!Array.isArray(spec.sharedCounters)) return [...problems, 'spec.sharedCounters: Invalid value: must be a list'];
  if (spec.sharedCounters.length > maxCounterSets) problems.push(`spec.sharedCounters: Too many: ${spec.sharedCounters.length}: must have at most ${maxCounterSets} items`);
  return [...problems, ...validateNamedCounters(spec.sharedCounters, 'name', maxCountersPerSet, 'spec.sharedCounters')];
}

/** Validation of one device's `consumesCounters`. */
export function validateConsumesCounters(device: JsonObject, path: string): string[] {
  if (device.consumesCounters === undefined || device.consumesCounters === null) return [];
  if (!Array.isArray(device.consumesCounters)) return [`${path}.consumesCounters: Invalid value: must be a list`];
  const problems: string[] = [];
  if (device.consumesCounters.length > maxConsumptionsPerDevice) {
    problems.push(`${path}.consumesCounters: Too many: ${device.consumesCounters.length}: must have at most ${maxConsumptionsPerDevice} items`);
  }
  return [...problems, ...validateNamedCounters(device.consumesCounters, 'counterSet', maxCountersPerConsumption, `${path}.consumesCounters`)];
}

/** A list whose entries are named by `key` (a DNS label, unique in the list), each with its counters. */
function validateNamedCounters(list: readonly Json[], key: string, maxCounters: number, path: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const entryPath = `${path}[${index}]`;
    const entry = isJsonObject(item) ? item : {};
    const name = typeof entry[key] === 'string' ? entry[key] : '';
    if (name === '') problems.push(`${entryPath}.${key}: Required value`);
    else if (!isDnsLabel(name)) problems.push(`${entryPath}.${key}: Invalid value: "${name}": must be a DNS label`);
    if (seen.has(name)) problems.push(`${entryPath}: Duplicate value: "${name}"`);
    seen.add(name);
    problems.push(...validateCounters(entry.counters, maxCounters, `${entryPath}.counters`));
  });
  return problems;
}

/** 1.34: every counter set a device consumes from is defined in the same slice. */
function localCounterReferences(spec: JsonObject): string[] {
  const defined = new Set((Array.isArray(spec.sharedCounters) ? spec.sharedCounters : []).flatMap((set) => (isJsonObject(set) && typeof set.name === 'string' ? [set.name] : [])));
  return devicesOf(spec).flatMap((device, index) => (Array.isArray(device.consumesCounters) ? device.consumesCounters : []).flatMap((consumption, entry) => {
    const counterSet = isJsonObject(consumption) && typeof consumption.counterSet === 'string' ? consumption.counterSet : '';
    return counterSet === '' || defined.has(counterSet) ? []
      : [`spec.devices[${index}].consumesCounters[${entry}].counterSet: Invalid value: "${counterSet}": must reference a counterSet defined in the ResourceSlice sharedCounters`];
  }));
}

function validateCounters(counters: Json | undefined, max: number, path: string): string[] {
  if (!isJsonObject(counters) || Object.keys(counters).length === 0) return [`${path}: Required value`];
  const problems: string[] = [];
  const entries = Object.entries(counters);
  if (entries.length > max) problems.push(`${path}: Too many: ${entries.length}: must have at most ${max} items`);
  for (const [name, counter] of entries) {
    if (!isDnsLabel(name)) problems.push(`${path}[${name}]: Invalid value: "${name}": must be a DNS label`);
    const value = isJsonObject(counter) ? counter.value : undefined;
    if (!isQuantity(value)) problems.push(`${path}[${name}].value: Invalid value: ${JSON.stringify(value ?? null)}: must be a quantity`);
  }
  return problems;
}

function isDnsLabel(name: string): boolean {
  return name.length <= 63 && dnsLabel.test(name);
}

function isQuantity(value: Json | undefined): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  try {
    parseQuantity(value);
    return true;
  } catch (error) {
    if (error instanceof QuantityError) return false;
    throw error;
  }
}

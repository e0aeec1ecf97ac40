/**
 * DRA consumable capacity (KEP-5075) as the real API server handles it, both ways:
 *
 * - feature on: ResourceSlice devices may set `allowMultipleAllocations` and give capacities a
 *   `requestPolicy`, validated as upstream does (a policy only on a multi-allocatable device; not
 *   both validValues and validRange; a default that is required and valid; validValues ascending,
 *   at most 10, none above the capacity; validRange min ≤ capacity, default within min..max,
 *   max ≤ capacity, min + step ≤ capacity, default and max on a step from min). Allocation results
 *   may carry `shareID` (a UUID) and `consumedCapacity` (quantities).
 * - feature off: the registry strategy drops those fields on write unless the stored object
 *   already uses them, exactly like a cluster where the gate is disabled. Nothing is refused: the
 *   writer learns only from what comes back.
 *
 * Every capacity value must be a quantity either way (capacity itself is GA).
 */
import { parseQuantity, QuantityError } from '../../plugin/quantity.ts';
import { isJsonObject, type Json } from './patch.ts';

type JsonObject = { [key: string]: Json };

const maxValidValues = 10;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const objects = (value: Json | undefined): JsonObject[] => (Array.isArray(value) ? value.filter(isJsonObject) : []);
const at = (value: Json | undefined, ...path: string[]): Json | undefined => path.reduce<Json | undefined>((node, key) => (isJsonObject(node) ? node[key] : undefined), value);

function sliceDevices(object: JsonObject): JsonObject[] {
  return objects(at(object, 'spec', 'devices'));
}

function allocationResults(object: JsonObject): JsonObject[] {
  return objects(at(object, 'status', 'allocation', 'devices', 'results'));
}

/** Where a claim asks for capacity: each request's `exactly` and each `firstAvailable` subrequest. */
function capacityRequesters(object: JsonObject): JsonObject[] {
  return objects(at(object, 'spec', 'devices', 'requests')).flatMap((request) => [
    ...(isJsonObject(request.exactly) ? [request.exactly] : []),
    ...objects(request.firstAvailable),
  ]);
}

/** Whether the object already uses the feature's fields (then an update may keep them, as upstream). */
function usesConsumableCapacity(kind: string, object: JsonObject | undefined): boolean {
  if (!object) return false;
  if (kind === 'ResourceSlice') {
    return sliceDevices(object).some((device) => device.allowMultipleAllocations !== undefined
      || Object.values(isJsonObject(device.capacity) ? device.capacity : {}).some((capacity) => isJsonObject(capacity) && capacity.requestPolicy !== undefined));
  }
  if (kind === 'ResourceClaim') {
    return allocationResults(object).some((result) => result.shareID !== undefined || result.consumedCapacity !== undefined)
      || capacityRequesters(object).some((requester) => requester.capacity !== undefined);
  }
  return false;
}

/** The strategy's part for a disabled gate: strips the fields in place. */
export function dropDisabledConsumableCapacity(kind: string, object: JsonObject, before: JsonObject | undefined, enabled: boolean): void {
  if (enabled || usesConsumableCapacity(kind, before)) return;
  if (kind === 'ResourceSlice') {
    for (const device of sliceDevices(object)) {
      delete device.allowMultipleAllocations;
      for (const capacity of Object.values(isJsonObject(device.capacity) ? device.capacity : {})) if (isJsonObject(capacity)) delete capacity.requestPolicy;
    }
  }
  if (kind === 'ResourceClaim') {
    for (const result of allocationResults(object)) {
      delete result.shareID;
      delete result.consumedCapacity;
    }
    for (const device of objects(at(object, 'status', 'devices'))) delete device.shareID;
    for (const requester of capacityRequesters(object)) delete requester.capacity;
  }
}

/** Validation of one ResourceSlice device's `capacity` map. */
export function validateDeviceCapacity(device: JsonObject, path: string): string[] {
  const multiple = device.allowMultipleAllocations === true;
  const problems: string[] = [];
  if (device.allowMultipleAllocations !== undefined && typeof device.allowMultipleAllocations !== 'boolean') problems.push(`${path}.allowMultipleAllocations: Invalid value: must be a boolean`);
  const capacities = isJsonObject(device.capacity) ? device.capacity : {};
  for (const [name, capacity] of Object.entries(capacities)) {
    const capacityPath = `${path}.capacity[${name}]`;
    const value = quantity(isJsonObject(capacity) ? capacity.value : undefined, `${capacityPath}.value`, problems);
    const policy = isJsonObject(capacity) ? capacity.requestPolicy : undefined;
    if (policy === undefined) continue;
    if (!multiple) {
      problems.push(`${capacityPath}.requestPolicy: Forbidden: allowMultipleAllocations must be true`);
      continue;
    }
    if (value !== undefined && isJsonObject(policy)) problems.push(...validateRequestPolicy(value, policy, `${capacityPath}.requestPolicy`));
  }
  return problems;
}

function validateRequestPolicy(capacity: number, policy: JsonObject, path: string): string[] {
  const problems: string[] = [];
  const validValues = Array.isArray(policy.validValues) ? policy.validValues : [];
  const range = isJsonObject(policy.validRange) ? policy.validRange : undefined;
  if (validValues.length > 0 && range) return [`${path}: Forbidden: exactly one policy can be specified, cannot specify "validValues" and "validRange" at the same time`];
  if (validValues.length === 0 && !range) return problems;
  if (policy.default === undefined) return [`${path}.default: Required value: required when ${range ? 'validRange' : 'validValues'} is defined`];
  const fallback = quantity(policy.default, `${path}.default`, problems);
  if (fallback === undefined) return problems;
  if (range) return [...problems, ...validateRange(capacity, fallback, range, `${path}.validRange`)];
  if (validValues.length > maxValidValues) problems.push(`${path}.validValues: Too many: ${validValues.length}: must have at most ${maxValidValues} items`);
  const values = validValues.map((entry, index) => quantity(entry, `${path}.validValues[${index}]`, problems));
  values.forEach((option, index) => {
    const previous = values[index - 1];
    if (option === undefined) return;
    if (previous !== undefined && previous > option) problems.push(`${path}.validValues[${index}]: Invalid value: values must be sorted in ascending order`);
    if (values.indexOf(option) !== index) problems.push(`${path}.validValues[${index}]: Duplicate value`);
    if (option > capacity) problems.push(`${path}.validValues[${index}]: Invalid value: option is larger than capacity value`);
  });
  if (!values.includes(fallback)) problems.push(`${path}.validValues: Invalid value: default value is not valid according to the requestPolicy`);
  return problems;
}

function validateRange(capacity: number, fallback: number, range: JsonObject, path: string): string[] {
  const problems: string[] = [];
  if (range.min === undefined) return [`${path}.min: Required value: required when validRange is defined`];
  const min = quantity(range.min, `${path}.min`, problems);
  const max = range.max === undefined ? undefined : quantity(range.max, `${path}.max`, problems);
  const step = range.step === undefined ? undefined : quantity(range.step, `${path}.step`, problems);
  if (min === undefined) return problems;
  if (min > capacity) problems.push(`${path}.min: Invalid value: min is larger than capacity value`);
  if (fallback < min) problems.push(`${path}.min: Invalid value: default is less than min`);
  if (max !== undefined) {
    if (min > max) problems.push(`${path}.max: Invalid value: min is larger than max`);
    if (max > capacity) problems.push(`${path}.max: Invalid value: max is larger than capacity value`);
    if (fallback > max) problems.push(`${path}.max: Invalid value: default is more than max`);
  }
  if (step !== undefined) {
    if (step <= 0) problems.push(`${path}.step: Invalid value: must be greater than zero`);
    else {
      if (min + step > capacity) problems.push(`${path}.step: Invalid value: one step is larger than capacity value`);
      for (const value of max === undefined ? [fallback] : [fallback, max]) {
        if ((Math.ceil(value) - Math.ceil(min)) % Math.ceil(step) !== 0) problems.push(`${path}.step: Invalid value: value is not a multiple of a given step from min`);
      }
    }
  }
  return problems;
}

/** Validation of a claim's capacity requests and allocation results (share IDs, consumed capacities). */
export function validateAllocationShares(claim: JsonObject): string[] {
  const problems: string[] = [];
  objects(at(claim, 'spec', 'devices', 'requests')).forEach((request, index) => {
    const requesters: [string, Json | undefined][] = [
      [`spec.devices.requests[${index}].exactly`, request.exactly],
      ...objects(request.firstAvailable).map((sub, subIndex): [string, Json] => [`spec.devices.requests[${index}].firstAvailable[${subIndex}]`, sub]),
    ];
    for (const [path, requester] of requesters) {
      const requests = at(requester, 'capacity', 'requests');
      for (const [name, value] of Object.entries(isJsonObject(requests) ? requests : {})) quantity(value, `${path}.capacity.requests[${name}]`, problems);
    }
  });
  allocationResults(claim).forEach((result, index) => {
    const path = `status.allocation.devices.results[${index}]`;
    if (result.shareID !== undefined && (typeof result.shareID !== 'string' || !uuid.test(result.shareID))) problems.push(`${path}.shareID: Invalid value: must be a valid UUID`);
    for (const [name, value] of Object.entries(isJsonObject(result.consumedCapacity) ? result.consumedCapacity : {})) {
      quantity(value, `${path}.consumedCapacity[${name}]`, problems);
    }
  });
  return problems;
}

function quantity(value: Json | undefined, path: string, problems: string[]): number | undefined {
  try {
    if (typeof value === 'string') return parseQuantity(value);
    // JSON numbers are quantities too on the wire.
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  } catch (error) {
    if (!(error instanceof QuantityError)) throw error;
  }
  problems.push(`${path}: Invalid value: ${JSON.stringify(value ?? null)}: must be a quantity`);
  return undefined;
}

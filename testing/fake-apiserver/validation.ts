/**
 * The subset of the real API server's validation that catches a driver's publishing mistakes:
 * object names, and for ResourceSlices the DRA limits (≤ 128 devices, DNS-label device names,
 * ≤ 32 attributes+capacities, one value per attribute, strings ≤ 64, qualified attribute
 * names, pool fields); for Pods what the agent reads (containers, nodeName, resourceClaims and
 * their statuses) and the rule that a pod's spec is immutable; consumable capacity (capacity
 * request policies, share IDs) in consumable-capacity.ts; device taints in device-taints.ts;
 * shared counters (partitionable devices) in partitionable-devices.ts. A
 * violation is a 422 Invalid, so a test against the fake fails exactly where a real cluster would
 * reject the object.
 */
import { validateAllocationShares, validateDeviceCapacity } from './consumable-capacity.ts';
import { validateDeviceTaints } from './device-taints.ts';
import { maxDevicesOf, type PartitionableRules, validateConsumesCounters, validateSharedCounters } from './partitionable-devices.ts';
import { isJsonObject, type Json } from './patch.ts';

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const cIdentifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isDnsLabel(name: string): boolean {
  return name.length <= 63 && dnsLabel.test(name);
}

export function isDnsSubdomain(name: string): boolean {
  return name.length <= 253 && dnsSubdomain.test(name);
}

/** `<C identifier ≤ 32>` or `<DNS subdomain ≤ 63>/<C identifier ≤ 32>`. */
export function isQualifiedAttributeName(name: string): boolean {
  const parts = name.split('/');
  const identifier = parts.at(-1) ?? '';
  const identifierValid = identifier.length <= 32 && cIdentifier.test(identifier);
  if (parts.length === 1) return identifierValid;
  const domain = parts[0] ?? '';
  return parts.length === 2 && identifierValid && domain.length <= 63 && isDnsSubdomain(domain);
}

/** Returns the causes of invalidity, empty when the object is acceptable. */
export function validateObject(kind: string, object: { [key: string]: Json }, partitionableRules?: PartitionableRules): string[] {
  const metadata = isJsonObject(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const problems = isDnsSubdomain(name) ? [] : [`metadata.name: Invalid value: "${name}": must be a DNS subdomain`];
  if (kind === 'ResourceSlice') problems.push(...validateResourceSliceSpec(object.spec, partitionableRules));
  if (kind === 'Pod') problems.push(...validatePod(object));
  if (kind === 'ResourceClaim') problems.push(...validateAllocationShares(object), ...validateDeviceStatusData(object));
  return problems;
}

/** resource.OpaqueParametersMaxLength: the bound on a device status's `data`, as on a config's parameters. */
const maxDeviceStatusDataBytes = 10 * 1024;

/** `status.devices[*].data` as the real server's validateRawExtension judges it: a JSON object of at most 10 KiB. */
function validateDeviceStatusData(claim: { [key: string]: Json }): string[] {
  const status = isJsonObject(claim.status) ? claim.status : {};
  const devices = Array.isArray(status.devices) ? status.devices : [];
  return devices.flatMap((device, index) => {
    const data = isJsonObject(device) ? device.data : undefined;
    if (data === undefined || data === null) return [];
    const path = `status.devices[${index}].data`;
    if (Buffer.byteLength(JSON.stringify(data)) > maxDeviceStatusDataBytes) return [`${path}: Too long: may not be more than ${maxDeviceStatusDataBytes} bytes`];
    return isJsonObject(data) ? [] : [`${path}: Invalid value: "<value omitted>": must be a valid JSON object`];
  });
}

/** Causes of an update the real server refuses though the new object alone would be valid. */
export function validateUpdate(kind: string, before: { [key: string]: Json }, after: { [key: string]: Json }): string[] {
  if (kind !== 'Pod') return [];
  // The registry lets an update change container images and little else; nodeName is set only by
  // the binding subresource, which the scheduler calls.
  const withoutImages = (spec: Json | undefined): string => JSON.stringify(isJsonObject(spec) ? {
    ...spec, containers: (Array.isArray(spec.containers) ? spec.containers : []).map((container) => (isJsonObject(container) ? { ...container, image: null } : container)),
  } : spec);
  return withoutImages(before.spec) === withoutImages(after.spec) ? [] : ['spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`'];
}

const maxPodResourceClaims = 32;

function validatePod(pod: { [key: string]: Json }): string[] {
  const spec = pod.spec;
  if (!isJsonObject(spec)) return ['spec: Required value'];
  const problems: string[] = [];
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  if (containers.length === 0) problems.push('spec.containers: Required value');
  containers.forEach((container, index) => {
    const name = isJsonObject(container) && typeof container.name === 'string' ? container.name : '';
    if (!isDnsLabel(name)) problems.push(`spec.containers[${index}].name: Invalid value: "${name}": must be a DNS label`);
    if (!isJsonObject(container) || typeof container.image !== 'string' || container.image.trim() === '') problems.push(`spec.containers[${index}].image: Required value`);
  });
  if (spec.nodeName !== undefined && (typeof spec.nodeName !== 'string' || (spec.nodeName !== '' && !isDnsSubdomain(spec.nodeName)))) {
    problems.push('spec.nodeName: Invalid value: must be a DNS subdomain');
  }
  const claimNames = new Set<string>();
  const claims = spec.resourceClaims === undefined ? [] : Array.isArray(spec.resourceClaims) ? spec.resourceClaims : null;
  if (claims === null) problems.push('spec.resourceClaims: Invalid value: must be a list');
  if (claims && claims.length > maxPodResourceClaims) problems.push(`spec.resourceClaims: Too many: ${claims.length}: must have at most ${maxPodResourceClaims} items`);
  (claims ?? []).forEach((claim, index) => {
    const path = `spec.resourceClaims[${index}]`;
    const entry = isJsonObject(claim) ? claim : {};
    const name = typeof entry.name === 'string' ? entry.name : '';
    if (!isDnsLabel(name)) problems.push(`${path}.name: Invalid value: "${name}": must be a DNS label`);
    if (claimNames.has(name)) problems.push(`${path}.name: Duplicate value: "${name}"`);
    claimNames.add(name);
    const sources = (['resourceClaimName', 'resourceClaimTemplateName'] as const).filter((field) => entry[field] !== undefined && entry[field] !== null);
    if (sources.length !== 1) problems.push(`${path}: Invalid value: must specify one of: \`resourceClaimName\`, \`resourceClaimTemplateName\``);
    for (const field of sources) {
      const value = entry[field];
      if (typeof value !== 'string' || !isDnsSubdomain(value)) problems.push(`${path}.${field}: Invalid value: must be a DNS subdomain`);
    }
  });
  const status = isJsonObject(pod.status) ? pod.status : {};
  const statuses = Array.isArray(status.resourceClaimStatuses) ? status.resourceClaimStatuses : [];
  const seen = new Set<string>();
  statuses.forEach((entry, index) => {
    const path = `status.resourceClaimStatuses[${index}]`;
    const name = isJsonObject(entry) && typeof entry.name === 'string' ? entry.name : '';
    if (!claimNames.has(name)) problems.push(`${path}.name: Invalid value: "${name}": must match the name of an entry in \`spec.resourceClaims\``);
    if (seen.has(name)) problems.push(`${path}.name: Duplicate value: "${name}"`);
    seen.add(name);
    const claimName = isJsonObject(entry) ? entry.resourceClaimName : undefined;
    if (claimName !== undefined && claimName !== null && (typeof claimName !== 'string' || !isDnsSubdomain(claimName))) problems.push(`${path}.resourceClaimName: Invalid value: must be a DNS subdomain`);
  });
  return problems;
}

const maxDevicesPerSlice = 128;
const maxAttributesAndCapacities = 32;
const maxStringAttributeLength = 64;

function validateResourceSliceSpec(spec: Json | undefined, partitionableRules?: PartitionableRules): string[] {
  if (!isJsonObject(spec)) return ['spec: Required value'];
  const problems: string[] = [];
  if (typeof spec.driver !== 'string' || !isDnsSubdomain(spec.driver)) problems.push('spec.driver: Invalid value: must be a DNS subdomain');
  const pool = isJsonObject(spec.pool) ? spec.pool : {};
  if (typeof pool.name !== 'string' || pool.name === '') problems.push('spec.pool.name: Required value');
  if (typeof pool.generation !== 'number' || pool.generation < 0) problems.push('spec.pool.generation: Invalid value');
  if (typeof pool.resourceSliceCount !== 'number' || pool.resourceSliceCount < 1) problems.push('spec.pool.resourceSliceCount: Invalid value: must be greater than zero');
  const nodeScopes = ['nodeName', 'nodeSelector', 'allNodes', 'perDeviceNodeSelection'].filter((field) => spec[field] !== undefined && spec[field] !== false);
  if (nodeScopes.length !== 1) problems.push('spec: exactly one of nodeName, nodeSelector, allNodes, perDeviceNodeSelection is required');
  problems.push(...validateSharedCounters(spec, partitionableRules));
  const devices = Array.isArray(spec.devices) ? spec.devices : [];
  const maxDevices = maxDevicesOf(spec, maxDevicesPerSlice);
  if (devices.length > maxDevices) problems.push(`spec.devices: Too many: ${devices.length}: must have at most ${maxDevices} items`);
  const seen = new Set<string>();
  devices.forEach((device, index) => problems.push(...validateDevice(device, `spec.devices[${index}]`, seen)));
  return problems;
}

function validateDevice(device: Json, path: string, seen: Set<string>): string[] {
  if (!isJsonObject(device)) return [`${path}: Invalid value: must be an object`];
  const problems: string[] = [];
  const name = typeof device.name === 'string' ? device.name : '';
  if (!isDnsLabel(name)) problems.push(`${path}.name: Invalid value: "${name}": must be a DNS label`);
  if (seen.has(name)) problems.push(`${path}.name: Duplicate value: "${name}"`);
  seen.add(name);
  problems.push(...validateDeviceTaints(device.taints, path));
  problems.push(...validateConsumesCounters(device, path));
  const attributes = isJsonObject(device.attributes) ? device.attributes : {};
  const capacity = isJsonObject(device.capacity) ? device.capacity : {};
  if (Object.keys(attributes).length + Object.keys(capacity).length > maxAttributesAndCapacities) {
    problems.push(`${path}: Too many: attributes and capacities must not exceed ${maxAttributesAndCapacities}`);
  }
  for (const [attributeName, value] of Object.entries(attributes)) {
    const attributePath = `${path}.attributes[${attributeName}]`;
    if (!isQualifiedAttributeName(attributeName)) problems.push(`${attributePath}: Invalid value: not a qualified name`);
    const set = isJsonObject(value) ? Object.entries(value).filter(([key]) => ['int', 'bool', 'string', 'version'].includes(key)) : [];
    if (set.length !== 1) problems.push(`${attributePath}: Invalid value: exactly one value must be specified`);
    for (const [type, typedValue] of set) {
      if ((type === 'string' || type === 'version') && typeof typedValue === 'string' && typedValue.length > maxStringAttributeLength) {
        problems.push(`${attributePath}.${type}: Too long: may not be more than ${maxStringAttributeLength} bytes`);
      }
    }
  }
  problems.push(...validateDeviceCapacity(device, path));
  return problems;
}

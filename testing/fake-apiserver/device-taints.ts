/**
 * Device taints in ResourceSlices (KEP-5055, `spec.devices[].taints`), as the real API server
 * treats them: with the DRADeviceTaints feature off, the registry strategy drops the field on
 * write (unless the stored object already uses it) and the write succeeds without it, so a
 * client can only tell by what comes back; with it on, `timeAdded` is set when missing and each
 * taint is validated (key a qualified name, value a label value, effect NoSchedule or NoExecute,
 * at most 4 per device).
 */
import { isJsonObject, type Json } from './patch.ts';

export interface ApiFeatures {
  /** The DRADeviceTaints feature gate (alpha, off by default in the releases netclaim targets). */
  deviceTaints?: boolean;
  /**
   * The DRAPartitionableDevices feature gate (KEP-4815, shared counters; alpha, off by default in
   * 1.34 and 1.35): partitionable-devices.ts. `'1.34'`: on, with 1.34's rules (counter sets beside
   * the devices that consume them), which 1.35 changed incompatibly.
   */
  partitionableDevices?: boolean | '1.34';
}

const maxTaintsPerDevice = 4;
const labelName = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const effects = ['NoSchedule', 'NoExecute'];

function devicesOf(object: { [key: string]: Json } | undefined): { [key: string]: Json }[] {
  const spec = isJsonObject(object?.spec) ? object.spec : {};
  return (Array.isArray(spec.devices) ? spec.devices : []).filter(isJsonObject);
}

/** The strategy's PrepareForCreate/PrepareForUpdate for the field: drop it when disabled, default timeAdded when enabled. */
export function prepareSliceTaints(object: { [key: string]: Json }, before: { [key: string]: Json } | undefined, features: ApiFeatures, now: Date): void {
  const inUse = devicesOf(before).some((device) => Array.isArray(device.taints) && device.taints.length > 0);
  for (const device of devicesOf(object)) {
    if (device.taints === undefined) continue;
    if (!features.deviceTaints && !inUse) {
      delete device.taints;
      continue;
    }
    for (const taint of Array.isArray(device.taints) ? device.taints : []) {
      if (isJsonObject(taint) && (taint.timeAdded === undefined || taint.timeAdded === null)) taint.timeAdded = now.toISOString().replace(/\.\d+Z$/, 'Z');
    }
  }
}

function isQualifiedName(key: string): boolean {
  const parts = key.split('/');
  const name = parts.at(-1) ?? '';
  if (name.length > 63 || !labelName.test(name)) return false;
  if (parts.length === 1) return true;
  const prefix = parts[0] ?? '';
  return parts.length === 2 && prefix.length <= 253 && dnsSubdomain.test(prefix);
}

export function validateDeviceTaints(taints: Json | undefined, path: string): string[] {
  if (taints === undefined || taints === null) return [];
  if (!Array.isArray(taints)) return [`${path}.taints: Invalid value: must be a list`];
  const problems: string[] = [];
  if (taints.length > maxTaintsPerDevice) problems.push(`${path}.taints: Too many: ${taints.length}: must have at most ${maxTaintsPerDevice} items`);
  taints.forEach((taint, index) => {
    const at = `${path}.taints[${index}]`;
    const entry = isJsonObject(taint) ? taint : {};
    const key = typeof entry.key === 'string' ? entry.key : '';
    if (key === '') problems.push(`${at}.key: Required value`);
    else if (!isQualifiedName(key)) problems.push(`${at}.key: Invalid value: "${key}": must be a qualified name`);
    if (entry.value !== undefined && entry.value !== null && entry.value !== '') {
      const value = String(entry.value);
      if (typeof entry.value !== 'string' || value.length > 63 || !labelName.test(value)) problems.push(`${at}.value: Invalid value: "${value}": must be a valid label value`);
    }
    const effect = typeof entry.effect === 'string' ? entry.effect : '';
    if (effect === '') problems.push(`${at}.effect: Required value`);
    else if (!effects.includes(effect)) problems.push(`${at}.effect: Unsupported value: "${effect}": supported values: "${effects.join('", "')}"`);
  });
  return problems;
}

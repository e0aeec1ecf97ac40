/**
 * ResourceSlices of one node's pool, as plain data and pure decisions: how devices split into
 * slices (≤ 128 devices each, 64 when any consumes counters or carries taints, at least one
 * slice even when empty; counter sets, KEP-4815, in slices of their own, ≤ 8 each, as
 * Kubernetes 1.35 requires), what each slice should say
 * (driver, node, pool generation and slice count, owner reference to the Node with
 * controller: true), whether what the API server holds already says it, and the writes that
 * make it so. Generation rule: any change rewrites every slice of the pool with a generation
 * above all the pool has seen, so consumers that use only the highest generation never mix old
 * and new slices.
 *
 * The conversions to and from the API's objects live here too (client-node's model types as
 * JSON on the wire, where an attribute is `{int}`, `{bool}`, `{string}` or `{version}`).
 */
import type { V1CapacityRequestPolicy, V1CounterSet, V1Device, V1DeviceCapacity, V1DeviceCounterConsumption, V1DeviceTaint } from '@kubernetes/client-node';
import type { Wire } from './client.ts';
import type { ResourceSlice } from './resource-v1.ts';
import { shortHash } from '../inventory/naming.ts';
import type { AttributeValue, CapacityRequestPolicy, CounterConsumption, CounterSet, DeviceCapacity, DeviceTaint, PublishedDevice } from '../inventory/published-device.ts';
import { formatQuantity, parseQuantity } from '../quantity.ts';

export const maxDevicesPerSlice = 128;
/** The API's lower limit for a slice whose devices consume counters or carry taints. */
export const maxDevicesPerSliceWithCountersOrTaints = 64;
export const maxCounterSetsPerSlice = 8;

export interface NodeOwner {
  name: string;
  uid: string;
}

export interface PoolIdentity {
  driverName: string;
  nodeName: string;
  /** Absent while the Node object cannot be read; slices are then published without an owner. */
  owner: NodeOwner | undefined;
}

/** What the publisher needs to know about a slice the API server holds. */
export interface ExistingSlice {
  name: string;
  resourceVersion: string;
  generation: number;
  resourceSliceCount: number;
  ownerUid: string | undefined;
  devices: PublishedDevice[];
  /** Set on a slice of counter sets, which holds no devices. */
  sharedCounters?: CounterSet[];
}

export interface DesiredSlice {
  name: string;
  devices: PublishedDevice[];
  /** Set on a slice of counter sets (then `devices` is empty and not sent). */
  sharedCounters?: CounterSet[];
}

export interface PoolPlan {
  generation: number;
  creates: DesiredSlice[];
  updates: (DesiredSlice & { resourceVersion: string })[];
  deletes: string[];
}

/** Slice names `<node>-<driver>-<n>` (`-counters-<n>` for counter sets), shortened with a hash when the node name is very long. */
export function sliceName(pool: Pick<PoolIdentity, 'driverName' | 'nodeName'>, index: number | string): string {
  const full = `${pool.nodeName}-${pool.driverName.replaceAll('.', '-')}`;
  const base = full.length <= 200 ? full : `${full.slice(0, 190)}-${shortHash(full, 8)}`;
  return `${base}-${index}`;
}

/** Splits devices sorted by name into consecutive chunks, so a change moves as few devices as possible. */
export function partitionDevices(devices: readonly PublishedDevice[], perSlice = maxDevicesPerSlice): PublishedDevice[][] {
  const sorted = [...devices].sort((a, b) => a.name.localeCompare(b.name));
  const chunks: PublishedDevice[][] = [];
  for (let start = 0; start < sorted.length; start += perSlice) chunks.push(sorted.slice(start, start + perSlice));
  return chunks.length > 0 ? chunks : [[]];
}

export function desiredSlices(pool: PoolIdentity, devices: readonly PublishedDevice[], counterSets: readonly CounterSet[] = []): DesiredSlice[] {
  const heavy = devices.some((device) => device.consumesCounters?.length || device.taints?.length);
  const deviceSlices = partitionDevices(devices, heavy ? maxDevicesPerSliceWithCountersOrTaints : maxDevicesPerSlice)
    .map((chunk, index) => ({ name: sliceName(pool, index), devices: chunk }));
  const counterSlices: DesiredSlice[] = [];
  const sorted = [...counterSets].sort((a, b) => a.name.localeCompare(b.name));
  for (let start = 0; start < sorted.length; start += maxCounterSetsPerSlice) {
    counterSlices.push({ name: sliceName(pool, `counters-${counterSlices.length}`), devices: [], sharedCounters: sorted.slice(start, start + maxCounterSetsPerSlice) });
  }
  return [...deviceSlices, ...counterSlices];
}

/** Nothing to write when every desired slice exists as desired, in one generation, with nothing extra. */
export function isPoolCurrent(pool: PoolIdentity, desired: readonly DesiredSlice[], existing: readonly ExistingSlice[]): boolean {
  if (existing.length !== desired.length) return false;
  const generations = new Set(existing.map((slice) => slice.generation));
  if (generations.size !== 1) return false;
  return desired.every((want) => {
    const have = existing.find((slice) => slice.name === want.name);
    return have !== undefined
      && have.resourceSliceCount === desired.length
      && have.ownerUid === pool.owner?.uid
      && canonicalDevices(have.devices) === canonicalDevices(want.devices)
      && canonicalCounters(have.sharedCounters ?? []) === canonicalCounters(want.sharedCounters ?? []);
  });
}

/**
 * Attribute and capacity maps compared regardless of key order (the server may return them in
 * any), capacities by value (it writes quantities in its canonical form, not necessarily ours),
 * taints without the time the server added.
 */
function canonicalDevices(devices: readonly PublishedDevice[]): string {
  const sorted = <T>(map: Record<string, T>) => Object.entries(map).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(devices.map((device) => [
    device.name,
    sorted(device.attributes),
    device.allowMultipleAllocations === true,
    sorted(device.capacity ?? {}).map(([name, { value, requestPolicy: policy }]) => [name, value, policy && [
      policy.default, policy.validValues ?? null, policy.validRange ? [policy.validRange.min, policy.validRange.max ?? null, policy.validRange.step ?? null] : null,
    ]]),
    taintKeys(device.taints),
    canonicalCounters(device.consumesCounters ?? []),
  ]));
}

/** Counter sets or consumptions, by name and value regardless of order. */
function canonicalCounters(sets: readonly (CounterSet | CounterConsumption)[]): string {
  const named = sets.map((set) => ['name' in set ? set.name : set.counterSet, Object.entries(set.counters).sort(([a], [b]) => a.localeCompare(b))] as const);
  return JSON.stringify(named.sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Whether the server kept the counters we sent (counter sets, and devices' consumed counters):
 * one without partitionable devices drops them and still accepts the write.
 */
export function countersKept(sent: readonly DesiredSlice[], written: readonly ExistingSlice[]): boolean {
  return sent.every((slice) => {
    const answer = written.find((candidate) => candidate.name === slice.name);
    if (!answer) return true;
    if (slice.sharedCounters?.length && !answer.sharedCounters?.length) return false;
    const kept = new Set(answer.devices.filter((device) => device.consumesCounters?.length).map((device) => device.name));
    return slice.devices.every((device) => !device.consumesCounters?.length || kept.has(device.name));
  });
}

function taintKeys(taints: readonly DeviceTaint[] | undefined): string[] {
  return (taints ?? []).map((taint) => `${taint.key}=${taint.value ?? ''}:${taint.effect}`).sort();
}

/**
 * Whether the server kept the taints we sent: one that does not serve the field (feature gate
 * off) drops it and still accepts the write, so only the answer tells.
 */
export function taintsKept(sent: readonly DesiredSlice[], written: readonly ResourceSlice[]): boolean {
  return sent.every((slice) => {
    const answer = written.find((candidate) => candidate.metadata?.name === slice.name);
    if (!answer) return true;
    const kept = new Map((answer.spec.devices ?? []).map((device) => [device.name, taintKeys(fromV1Device(device).taints)]));
    return slice.devices.every((device) => !device.taints?.length || JSON.stringify(kept.get(device.name)) === JSON.stringify(taintKeys(device.taints)));
  });
}

/**
 * The writes that bring the pool to `desired`, or undefined when it is current.
 * `lastGeneration` is the highest generation this process wrote, so the generation still rises
 * when someone deleted every slice behind our back.
 */
export function planPool(pool: PoolIdentity, desired: readonly DesiredSlice[], existing: readonly ExistingSlice[], lastGeneration: number): PoolPlan | undefined {
  if (isPoolCurrent(pool, desired, existing)) return undefined;
  const generation = Math.max(lastGeneration, ...existing.map((slice) => slice.generation)) + 1;
  const byName = new Map(existing.map((slice) => [slice.name, slice]));
  const creates: DesiredSlice[] = [];
  const updates: PoolPlan['updates'] = [];
  for (const slice of desired) {
    const current = byName.get(slice.name);
    if (current) updates.push({ ...slice, resourceVersion: current.resourceVersion });
    else creates.push(slice);
  }
  const desiredNames = new Set(desired.map((slice) => slice.name));
  const deletes = existing.filter((slice) => !desiredNames.has(slice.name)).map((slice) => slice.name);
  return { generation, creates, updates, deletes };
}

export function toResourceSlice(pool: PoolIdentity, slice: DesiredSlice, generation: number, sliceCount: number, resourceVersion?: string): ResourceSlice {
  return {
    apiVersion: 'resource.k8s.io/v1',
    kind: 'ResourceSlice',
    metadata: {
      name: slice.name,
      ...(resourceVersion === undefined ? {} : { resourceVersion }),
      ...(pool.owner ? { ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: pool.owner.name, uid: pool.owner.uid, controller: true }] } : {}),
    },
    spec: {
      driver: pool.driverName,
      nodeName: pool.nodeName,
      pool: { name: pool.nodeName, generation, resourceSliceCount: sliceCount },
      // A slice holds counter sets or devices, never both (the API refuses even an empty device list beside counters).
      ...(slice.sharedCounters
        ? { sharedCounters: slice.sharedCounters.map((set): Wire<V1CounterSet> => ({ name: set.name, counters: toV1Counters(set.counters) })) }
        : { devices: slice.devices.map(toV1Device) }),
    },
  };
}

export function fromResourceSlice(slice: ResourceSlice): ExistingSlice {
  return {
    name: slice.metadata?.name ?? '',
    resourceVersion: slice.metadata?.resourceVersion ?? '',
    generation: slice.spec.pool.generation,
    resourceSliceCount: slice.spec.pool.resourceSliceCount,
    ownerUid: slice.metadata?.ownerReferences?.find((reference) => reference.kind === 'Node' && reference.controller)?.uid,
    devices: (slice.spec.devices ?? []).map(fromV1Device),
    ...(slice.spec.sharedCounters?.length ? { sharedCounters: slice.spec.sharedCounters.map((set) => ({ name: set.name, counters: fromV1Counters(set.counters) })) } : {}),
  };
}

type WireDevice = Wire<V1Device>;

/** An attribute value is already the wire's one-of shape. */
function toV1Device(device: PublishedDevice): WireDevice {
  return {
    name: device.name,
    attributes: { ...device.attributes },
    ...(device.allowMultipleAllocations ? { allowMultipleAllocations: true } : {}),
    ...(device.capacity ? { capacity: Object.fromEntries(Object.entries(device.capacity).map(([name, capacity]) => [name, toV1Capacity(capacity)])) } : {}),
    ...(device.taints?.length ? { taints: device.taints.map((taint): Wire<V1DeviceTaint> => ({ ...taint })) } : {}),
    ...(device.consumesCounters?.length ? {
      consumesCounters: device.consumesCounters.map((consumption): Wire<V1DeviceCounterConsumption> => ({ counterSet: consumption.counterSet, counters: toV1Counters(consumption.counters) })),
    } : {}),
  };
}

function toV1Counters(counters: Record<string, number>): Record<string, { value: string }> {
  return Object.fromEntries(Object.entries(counters).map(([name, value]) => [name, { value: formatQuantity(value) }]));
}

function fromV1Counters(counters: Record<string, { value?: string }> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(counters ?? {}).map(([name, counter]) => [name, quantityValue(counter.value)]));
}

function toV1Capacity({ value, requestPolicy: policy }: DeviceCapacity): Wire<V1DeviceCapacity> {
  if (!policy) return { value: formatQuantity(value) };
  const requestPolicy: Wire<V1CapacityRequestPolicy> = { default: formatQuantity(policy.default) };
  if (policy.validValues) requestPolicy.validValues = policy.validValues.map(formatQuantity);
  if (policy.validRange) {
    const { min, max, step } = policy.validRange;
    requestPolicy.validRange = { min: formatQuantity(min), ...(max === undefined ? {} : { max: formatQuantity(max) }), ...(step === undefined ? {} : { step: formatQuantity(step) }) };
  }
  return { value: formatQuantity(value), requestPolicy };
}

/** A quantity the server wrote in a form we cannot read compares unequal (NaN), so it is rewritten. */
function quantityValue(text: string | undefined): number {
  try {
    return parseQuantity(text ?? '');
  } catch {
    return Number.NaN;
  }
}

function fromV1Capacity({ value, requestPolicy: policy }: Wire<V1DeviceCapacity>): DeviceCapacity {
  if (!policy) return { value: quantityValue(value) };
  const requestPolicy: CapacityRequestPolicy = { default: quantityValue(policy.default) };
  if (policy.validValues) requestPolicy.validValues = policy.validValues.map(quantityValue);
  if (policy.validRange) {
    const { min, max, step } = policy.validRange;
    requestPolicy.validRange = { min: quantityValue(min), ...(max === undefined ? {} : { max: quantityValue(max) }), ...(step === undefined ? {} : { step: quantityValue(step) }) };
  }
  return { value: quantityValue(value), requestPolicy };
}

function fromV1Device(device: WireDevice): PublishedDevice {
  const attributes = Object.entries(device.attributes ?? {}).flatMap(([name, attribute]): [string, AttributeValue][] => {
    if (attribute.int !== undefined) return [[name, { int: attribute.int }]];
    if (attribute.bool !== undefined) return [[name, { bool: attribute.bool }]];
    if (attribute.string !== undefined) return [[name, { string: attribute.string }]];
    if (attribute.version !== undefined) return [[name, { version: attribute.version }]];
    return [];
  });
  const taints = (device.taints ?? []).map((taint): DeviceTaint => ({
    key: taint.key, effect: taint.effect as DeviceTaint['effect'], ...(taint.value ? { value: taint.value } : {}),
  }));
  return {
    name: device.name,
    attributes: Object.fromEntries(attributes),
    ...(device.allowMultipleAllocations ? { allowMultipleAllocations: true } : {}),
    ...(device.capacity ? { capacity: Object.fromEntries(Object.entries(device.capacity).map(([name, capacity]) => [name, fromV1Capacity(capacity)])) } : {}),
    ...(taints.length ? { taints } : {}),
    ...(device.consumesCounters?.length ? {
      consumesCounters: device.consumesCounters.map((consumption) => ({ counterSet: consumption.counterSet, counters: fromV1Counters(consumption.counters) })),
    } : {}),
  };
}

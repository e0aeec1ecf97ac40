/**
 * The device as the inventory publishes it: a DNS-label name and typed attributes in the wire
 * shape of resource.k8s.io/v1 (`{int}`, `{bool}`, `{string}`, `{version}`). Unprefixed attribute
 * names belong to the driver's domain; standard ones carry `resource.kubernetes.io/`.
 * plugin/kube/slices.ts puts it into ResourceSlices.
 */
export type AttributeValue = { int: number } | { bool: boolean } | { string: string } | { version: string };

/**
 * How allocations may consume one capacity of a shared device (KEP-5075), in the capacity's own
 * unit: `default` is what an allocation that does not ask consumes; at most one of `validValues`
 * (ascending, ≤ 10) and `validRange` constrains what it may ask.
 */
export interface CapacityRequestPolicy {
  default: number;
  validValues?: number[];
  validRange?: { min: number; max?: number; step?: number };
}

/** A capacity in its unit (bit/s, interfaces): integers, written as quantities on the wire. */
export interface DeviceCapacity {
  value: number;
  requestPolicy?: CapacityRequestPolicy;
}

/** A device taint (KEP-5055): the scheduler does not allocate a NoSchedule-tainted device to a claim that does not tolerate it. */
export interface DeviceTaint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'NoExecute';
}

/**
 * A named set of counters of the pool (KEP-4815, partitionable devices), published in a slice of
 * its own: the scheduler allocates a device only while the counters it consumes are left.
 */
export interface CounterSet {
  /** A DNS label, unique in the pool. */
  name: string;
  /** Counter name (a DNS label) → how much there is. */
  counters: Record<string, number>;
}

/** What a device takes from one counter set while it is allocated. */
export interface CounterConsumption {
  counterSet: string;
  counters: Record<string, number>;
}

export interface PublishedDevice {
  name: string;
  attributes: Record<string, AttributeValue>;
  /** Set on a parent offered for sharing: the scheduler may allocate it many times, each with a share ID. */
  allowMultipleAllocations?: true;
  /** Qualified capacity name → capacity; only shared parents have capacities. */
  capacity?: Record<string, DeviceCapacity>;
  /** Counters it consumes (SR-IOV: a PF and its VFs, inventory/sriov-counters.ts); only where the API server has partitionable devices. */
  consumesCounters?: CounterConsumption[];
  /** Set by device health (opt-in) on a device whose link stayed down; the inventory never sets it. */
  taints?: DeviceTaint[];
}

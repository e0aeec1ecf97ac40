/**
 * `driver`: which kernel driver the pod gets the device through. Absent: its own network driver,
 * and the netdev moves into the pod. "vfio-pci": the PCI function is bound to vfio-pci at
 * prepare, for a DPDK (or any userspace) driver in the pod, which gets /dev/vfio/<group> and the
 * function's PCI address instead of a netdev. Nothing in the pod's network namespace changes, so
 * every field that configures a netdev is refused with it, naming the field; so is a child
 * (interface.type other than "device"): a function bound to vfio-pci has no netdev to be a parent.
 *
 * Also the record codec of a binding: what prepare found before it bound the function, which
 * unprepare (and, after a crash, the record alone) needs to give it back.
 */
import type { z } from 'zod';
import { PCI_ADDRESS } from '../../netops/sysfs.ts';
import { DRIVER_NAME, VFIO_PCI, type VfioBinding } from '../../netops/vfio.ts';
import { lazySchema } from './lazy-schema.ts';

export const DEVICE_DRIVERS = [VFIO_PCI] as const;

export const driverField = lazySchema((z) => z.enum(DEVICE_DRIVERS, { error: `must be "${VFIO_PCI}" (or absent: the device's own network driver)` }).optional());

/** The config as far as the driver rules look at it. */
interface DriverConfigView {
  driver?: (typeof DEVICE_DRIVERS)[number] | undefined;
  interface?: Record<string, unknown> | undefined;
  routes?: unknown;
  rules?: unknown;
  neighbors?: unknown;
  vf?: unknown;
}

/** What a final config with `driver: "vfio-pci"` may not also ask for, as [path, message]. */
export function driverIssues(config: DriverConfigView): Array<[path: string, message: string]> {
  if (config.driver !== VFIO_PCI) return [];
  const issues: Array<[string, string]> = [];
  const type = config.interface?.type;
  if (type !== undefined && type !== 'device') issues.push(['interface.type', `must be absent or "device" with driver "${VFIO_PCI}": the pod gets the PCI function itself, which has no netdev to be a parent`]);
  for (const field of Object.keys(config.interface ?? {}).filter((key) => key !== 'type').sort()) {
    issues.push([`interface.${field}`, `does not apply with driver "${VFIO_PCI}": the function has no netdev in the pod`]);
  }
  for (const field of ['routes', 'rules', 'neighbors'] as const) {
    if (config[field] !== undefined) issues.push([field, `do not apply with driver "${VFIO_PCI}": the pod's network namespace is not touched`]);
  }
  // VF settings go on through the PF at RunPodSandbox, where a vfio function has nothing to do.
  if (config.vf !== undefined) issues.push(['vf', `is not applied with driver "${VFIO_PCI}" yet: set the VF through its PF before binding, or use the VF as a netdev`]);
  return issues;
}

/** A binding as prepared-claim records keep it (netops' VfioBinding). */
export const vfioBindingSchema = lazySchema((z) => z.strictObject({
  pciAddress: z.string().regex(PCI_ADDRESS, 'must be a PCI address'),
  iommuGroup: z.number().int().min(0),
  originalDriver: z.string().regex(DRIVER_NAME, 'must be a driver name').optional(),
  /** Absent in records written before it was kept: restore then clears the override. */
  originalOverride: z.string().regex(DRIVER_NAME, 'must be a driver name').optional(),
}) satisfies z.ZodType<VfioBinding>);

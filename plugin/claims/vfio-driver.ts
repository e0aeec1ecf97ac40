/**
 * What prepare and unprepare do to a device asked for with `driver: "vfio-pci"` (netops/vfio.ts
 * on the host's sysfs): inspect it while the claim is checked, bind it once the claim's record
 * is on disk, and give it back to its driver at unprepare, from the record alone if need be.
 */
import { bindToVfio, inspectForVfio, restoreFromVfio, type VfioBinding, type VfioInspection, type VfioOptions, VfioRollbackError } from '../../netops/vfio.ts';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log.ts';
import { isVfioDevice, type PreparedClaim } from './plan.ts';

export interface VfioDriver {
  inspect(pciAddress: string): VfioInspection;
  /** Idempotent: a function already bound is left as it is. */
  bind(binding: VfioBinding): Promise<unknown>;
  /** Idempotent: a function already back with its driver is left as it is. */
  restore(binding: VfioBinding): Promise<{ netdevs: string[] }>;
}

/** `options` point at another sysfs tree and its writer (tests' stand-in kernel). */
export function hostVfioDriver(options: VfioOptions = {}): VfioDriver {
  return {
    inspect: (pciAddress) => inspectForVfio(pciAddress, options.sysfsRoot),
    bind: (binding) => bindToVfio(binding, options),
    restore: (binding) => restoreFromVfio(binding, options),
  };
}

/** A claim's devices could not all be bound; `restored`: every one is back with its driver, so the record has nothing left to undo. */
export class VfioBindError extends Error {
  readonly restored: boolean;
  constructor(message: string, restored: boolean) {
    super(message);
    this.name = 'VfioBindError';
    this.restored = restored;
  }
}

/**
 * Binds the claim's vfio devices, in order. On a failure the ones bound before it are given back
 * (the failing one gave itself back) and a VfioBindError is thrown, saying whether all are back.
 */
export async function bindClaimDevices(claim: PreparedClaim, vfio: VfioDriver, log: Logger): Promise<void> {
  const devices = claim.devices.filter(isVfioDevice);
  for (const [index, device] of devices.entries()) {
    try {
      await vfio.bind(device.vfio);
      log.info('device bound to vfio-pci', { device: device.device, pciAddress: device.vfio.pciAddress, iommuGroup: device.vfio.iommuGroup, originalDriver: device.vfio.originalDriver, originalOverride: device.vfio.originalOverride });
    } catch (error) {
      const message = `device ${device.device}: ${errorMessage(error)}`;
      try {
        await restoreClaimDevices({ ...claim, devices: devices.slice(0, index) }, vfio, log);
      } catch (restoreError) {
        throw new VfioBindError(`${message}; and giving back the devices bound before it failed: ${errorMessage(restoreError)}`, false);
      }
      throw new VfioBindError(message, !(error instanceof VfioRollbackError));
    }
  }
}

/** Gives every vfio device of the claim back to its original driver; throws the first failure after trying them all. */
export async function restoreClaimDevices(claim: PreparedClaim, vfio: VfioDriver, log: Logger): Promise<void> {
  const failures: string[] = [];
  for (const device of claim.devices.filter(isVfioDevice).reverse()) {
    try {
      const { netdevs } = await vfio.restore(device.vfio);
      log.info('device given back by vfio-pci', { device: device.device, pciAddress: device.vfio.pciAddress, driver: device.vfio.originalDriver ?? null, netdevs });
    } catch (error) {
      failures.push(`device ${device.device}: ${errorMessage(error)}`);
    }
  }
  if (failures.length) throw new Error(failures.join('; '));
}

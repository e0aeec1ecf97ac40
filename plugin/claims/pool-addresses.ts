/**
 * Turns a checked claim whose devices ask for pool addresses (`interface.ipam`) into the claim
 * prepare stores: each such device's config gets the allocated addresses as `interface.addresses`
 * (so attach, the record and the claim status treat them like static ones) and, unless a config
 * set `routes`, the pool's routes and a default route via each range gateway; `ipam` records
 * which IPAddress objects to delete at unprepare.
 */
import { AF_INET6, type Family, type IpPrefix } from '../../netops/ip.ts';
import type { InterfaceConfig } from '../apis/config.ts';
import type { IpPool } from '../apis/ip-pool.ts';
import { errorMessage } from '../errors.ts';
import type { AllocatedAddress, PoolAllocator } from '../ipam/allocator.ts';
import type { Logger } from '../log.ts';
import type { CheckedClaim } from './check.ts';
import { isVfioDevice, type NetdevPlannedDevice, type PlannedDevice, type PreparedClaim } from './plan.ts';

export async function assignPoolAddresses({ prepared, pools }: CheckedClaim, allocator: PoolAllocator, log: Logger): Promise<PreparedClaim> {
  if (pools.size === 0) return prepared;
  const done: PlannedDevice[] = [];
  try {
    for (const device of prepared.devices) {
      // A vfio device never asks for addresses (the driver rules refuse interface fields with it).
      const pool = isVfioDevice(device) ? undefined : pools.get(device);
      done.push(pool && !isVfioDevice(device) ? withAddresses(device, pool, await allocator.allocate(prepared.claim, pool)) : device);
    }
  } catch (error) {
    await releasePoolAddresses(done, allocator).catch((releaseError: unknown) => log.warn('pool addresses of a failed prepare not released; the sweep will', { reason: errorMessage(releaseError) }));
    throw error;
  }
  return { ...prepared, devices: done };
}

/** Deletes the IPAddress objects of every device that has pool addresses. */
export async function releasePoolAddresses(devices: readonly PlannedDevice[], allocator: PoolAllocator): Promise<void> {
  for (const device of devices) {
    if (device.ipam) await allocator.release(device.ipam.pool, device.ipam.addresses);
  }
}

function withAddresses(device: NetdevPlannedDevice, pool: IpPool, allocated: AllocatedAddress[]): PlannedDevice {
  const { ipam: _ipam, ...chosen } = device.config.interface ?? {};
  const addresses = allocated.map((entry) => entry.address);
  const routes = device.config.routes ?? poolRoutes(pool, allocated);
  return {
    ...device,
    config: { ...device.config, interface: { ...chosen, addresses }, ...(routes.length ? { routes } : {}) },
    ipam: { pool: pool.name, addresses: allocated.map(({ address, uid }) => ({ address, uid })) },
  };
}

type ConfigRoute = NonNullable<InterfaceConfig['routes']>[number];

function poolRoutes(pool: IpPool, allocated: AllocatedAddress[]): ConfigRoute[] {
  const defaults = allocated.flatMap(({ gateway }): ConfigRoute[] => (gateway ? [{ destination: anyAddress(gateway.family), gateway }] : []));
  return [...defaults, ...(pool.routes ?? [])];
}

function anyAddress(family: Family): IpPrefix {
  return { family, bytes: Buffer.alloc(family === AF_INET6 ? 16 : 4), prefixLength: 0 };
}

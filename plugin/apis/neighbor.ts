/** `neighbors[]`: static ARP/NDP entries the pod starts with. */
import type { z } from 'zod';
import type { Neighbor } from '../../netops/neigh.ts';
import { hardwareAddress, ipAddress } from './fields.ts';
import { lazySchema } from './lazy-schema.ts';

export const neighborSchema = lazySchema((z) => z.strictObject({
  destination: ipAddress(),
  hardwareAddr: hardwareAddress(),
}) satisfies z.ZodType<Neighbor>);

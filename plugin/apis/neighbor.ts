/** `neighbors[]`: static ARP/NDP entries the pod starts with. */
import { z } from 'zod';
import type { Neighbor } from '../../netops/neigh.ts';
import { hardwareAddress, ipAddress } from './fields.ts';

export const neighborSchema = z.strictObject({
  destination: ipAddress,
  hardwareAddr: hardwareAddress,
}) satisfies z.ZodType<Neighbor>;

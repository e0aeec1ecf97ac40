/**
 * The VF part of an attachment record (netops' VfRecord): which VF of which PF, and its settings
 * as they were before attach changed them, for detach to put back. Values are bounded to what
 * the kernel's structs hold, so a damaged or planted record cannot ask for more.
 */
import type { z } from 'zod';
import type { VfRecord } from '../../netops/attach.ts';
import { VF_LINK_STATES, VF_VLAN_PROTOS } from '../../netops/link.ts';
import { interfaceName } from './fields.ts';
import { lazySchema } from './lazy-schema.ts';

const U32_MAX = 0xffffffff;
/** The kernel refuses VF numbers from INT_MAX up. */
const VF_INDEX_MAX = 0x7ffffffe;

export const vfRecordSchema = lazySchema((z) => {
  // Any address length the PF has (struct ifla_vf_mac holds up to 32 bytes); all zeros is "unset".
  const hardwareAddress = z.string().regex(/^[0-9a-f]{2}(:[0-9a-f]{2}){0,31}$/, 'must be a hardware address in lowercase hex');
  const vfIndex = z.number().int().min(0).max(VF_INDEX_MAX);
  const u32 = z.number().int().min(0).max(U32_MAX);
  return z.strictObject({
    pfIfName: interfaceName(),
    vfIndex,
    before: z.strictObject({
      vf: vfIndex,
      mac: hardwareAddress,
      vlan: u32,
      qos: u32,
      vlanProto: z.enum(VF_VLAN_PROTOS).optional(),
      minTxRate: u32,
      maxTxRate: u32,
      spoofChk: z.boolean().optional(),
      trust: z.boolean().optional(),
      linkState: z.enum(VF_LINK_STATES),
    }),
    mac: hardwareAddress.optional(),
  }) satisfies z.ZodType<VfRecord>;
});

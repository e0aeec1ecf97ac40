/**
 * `vf`: what a claim sets on the SR-IOV VF it gets, through the PF (netops' VfSettings; the
 * names are sriov-cni's, so NetworkAttachmentDefinition configs carry over). Each field is
 * checked on its own here; what depends on another field (QoS needs a VLAN, min under max) or on
 * interface.type is judged on the final config, since a class may set one field and a claim the
 * other. What depends on the device (is it a VF, the PF's speed and MTU) is checked at prepare.
 */
import type { z } from 'zod';
import { VF_LINK_STATES, VF_VLAN_PROTOS } from '../../netops/link.ts';
import type { VfSettings } from '../../netops/vf.ts';
import { hardwareAddress } from './fields.ts';
import { lazySchema } from './lazy-schema.ts';

const VLAN_MAX = 4094;
const QOS_MAX = 7;
/** 1 Tbit/s: beyond any NIC, so a larger number is a typo (the unit is Mbit/s). */
const MAX_RATE_MBPS = 1_000_000;
const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');
const RATE_RANGE = `must be between 0 and ${MAX_RATE_MBPS} (Mbit/s; 0 is no limit)`;

export const vfSchema = lazySchema((z) => {
  /** Lowercase, as the kernel reports a VF's MAC and the attachment record keeps it (vf-record.ts). */
  const vfMac = z.codec(hardwareAddress(), z.string(), { decode: (mac) => mac.toLowerCase(), encode: (mac) => mac });
  const rate = z.number().int().min(0, RATE_RANGE).max(MAX_RATE_MBPS, RATE_RANGE);
  return z.strictObject({
    mac: vfMac.optional(),
    vlan: z.number().int().min(0, `must be between 0 and ${VLAN_MAX} (0 untags the VF)`).max(VLAN_MAX, `must be between 0 and ${VLAN_MAX} (0 untags the VF)`).optional(),
    qos: z.number().int().min(0, `must be between 0 and ${QOS_MAX}`).max(QOS_MAX, `must be between 0 and ${QOS_MAX}`).optional(),
    vlanProto: z.enum(VF_VLAN_PROTOS, { error: `must be one of ${quoted(VF_VLAN_PROTOS)}` }).optional(),
    spoofChk: z.boolean().optional(),
    trust: z.boolean().optional(),
    linkState: z.enum(VF_LINK_STATES, { error: `must be one of ${quoted(VF_LINK_STATES)}` }).optional(),
    minTxRate: rate.optional(),
    maxTxRate: rate.optional(),
  }) satisfies z.ZodType<VfSettings>;
});

/**
 * What is wrong with a final config's `vf` block that no field shows alone, as [field, message].
 * `type` is the final interface.type: the settings belong to a VF the pod gets whole.
 */
export function vfIssues(vf: VfSettings, type: string | undefined): Array<[field: string, message: string]> {
  const issues: Array<[string, string]> = [];
  if (type !== undefined && type !== 'device') {
    issues.push(['', `applies only to interface.type "device" (the pod gets the VF itself), not "${type}"`]);
  }
  const tagged = vf.vlan !== undefined && vf.vlan > 0;
  if (vf.qos !== undefined && vf.qos > 0 && !tagged) issues.push(['qos', 'needs vf.vlan set to a VLAN id (1-4094): the priority goes in the VLAN tag']);
  if (vf.vlanProto !== undefined && vf.vlan === undefined) issues.push(['vlanProto', 'needs vf.vlan: it is the protocol of that VLAN']);
  if (vf.vlanProto === '802.1ad' && vf.vlan === 0) issues.push(['vlanProto', '"802.1ad" needs a VLAN id (1-4094); vf.vlan 0 untags the VF']);
  if (vf.minTxRate !== undefined && vf.maxTxRate !== undefined && vf.maxTxRate > 0 && vf.minTxRate > vf.maxTxRate) {
    issues.push(['minTxRate', `must not be above vf.maxTxRate (${vf.minTxRate} > ${vf.maxTxRate} Mbit/s)`]);
  }
  return issues;
}

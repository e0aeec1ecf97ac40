/** Policy routing rules (RTM_*RULE): "from 10.0.0.0/24 lookup 100". */
import { formatCidr, type IpPrefix } from './ip.ts';
import { MessageWriter } from './netlink/attributes.ts';
import { FR_ACT, FRA, NLM_F, RT_TABLE, RTM } from './netlink/constants.ts';
import type { NetlinkSocket } from './netlink/socket.ts';

export interface RuleSpec {
  family: number;
  priority?: number;
  source?: IpPrefix;
  destination?: IpPrefix;
  table: number;
}

export function addRule(socket: NetlinkSocket, spec: RuleSpec): void {
  socket.execute(RTM.NEWRULE, NLM_F.CREATE | NLM_F.EXCL, encodeRule(spec), `add rule ${describeRule(spec)}`);
}

export function deleteRule(socket: NetlinkSocket, spec: RuleSpec): void {
  socket.execute(RTM.DELRULE, 0, encodeRule(spec), `delete rule ${describeRule(spec)}`);
}

function describeRule(spec: RuleSpec): string {
  const from = spec.source ? ` from ${formatCidr(spec.source)}` : '';
  const to = spec.destination ? ` to ${formatCidr(spec.destination)}` : '';
  const priority = spec.priority === undefined ? '' : `priority ${spec.priority} `;
  return `${priority}${from}${to} lookup ${spec.table}`.trim();
}

function encodeRule(spec: RuleSpec): Buffer {
  const writer = new MessageWriter().raw(fibRuleHeader({
    family: spec.family,
    table: spec.table < 256 ? spec.table : RT_TABLE.UNSPEC,
    srcLen: spec.source?.prefixLength ?? 0,
    dstLen: spec.destination?.prefixLength ?? 0,
    action: FR_ACT.TO_TBL,
  }));
  if (spec.source) writer.bytes(FRA.SRC, spec.source.bytes);
  if (spec.destination) writer.bytes(FRA.DST, spec.destination.bytes);
  if (spec.priority !== undefined) writer.u32(FRA.PRIORITY, spec.priority);
  return writer.u32(FRA.TABLE, spec.table).finish();
}

/** struct fib_rule_hdr { u8 family, dst_len, src_len, tos, table, res1, res2, action; u32 flags; } */
function fibRuleHeader(fields: { family: number; table: number; srcLen?: number; dstLen?: number; action?: number }): Buffer {
  return Buffer.from([fields.family, fields.dstLen ?? 0, fields.srcLen ?? 0, 0, fields.table, 0, 0, fields.action ?? 0, 0, 0, 0, 0]);
}

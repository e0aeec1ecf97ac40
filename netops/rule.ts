/** Policy routing rules (RTM_*RULE): "from 10.0.0.0/24 lookup 100". */
import { formatCidr, type IpPrefix } from './ip.ts';
import { MessageWriter } from './netlink/attributes.ts';
import { FR_ACT, FRA, NLM_F, RT_TABLE, RTM } from './netlink/constants.ts';
import type { NetlinkSocket } from './netlink/socket.ts';

/** One policy rule, as configured, added, recorded for detach and deleted. */
export interface Rule {
  family: number;
  priority?: number;
  source?: IpPrefix;
  destination?: IpPrefix;
  table: number;
}

export function addRule(socket: NetlinkSocket, rule: Rule): void {
  socket.execute(RTM.NEWRULE, NLM_F.CREATE | NLM_F.EXCL, encodeRule(rule), `add rule ${describeRule(rule)}`);
}

export function deleteRule(socket: NetlinkSocket, rule: Rule): void {
  socket.execute(RTM.DELRULE, 0, encodeRule(rule), `delete rule ${describeRule(rule)}`);
}

function describeRule(rule: Rule): string {
  const from = rule.source ? ` from ${formatCidr(rule.source)}` : '';
  const to = rule.destination ? ` to ${formatCidr(rule.destination)}` : '';
  const priority = rule.priority === undefined ? '' : `priority ${rule.priority} `;
  return `${priority}${from}${to} lookup ${rule.table}`.trim();
}

function encodeRule(rule: Rule): Buffer {
  const writer = new MessageWriter().raw(fibRuleHeader({
    family: rule.family,
    table: rule.table < 256 ? rule.table : RT_TABLE.UNSPEC,
    srcLen: rule.source?.prefixLength ?? 0,
    dstLen: rule.destination?.prefixLength ?? 0,
    action: FR_ACT.TO_TBL,
  }));
  if (rule.source) writer.bytes(FRA.SRC, rule.source.bytes);
  if (rule.destination) writer.bytes(FRA.DST, rule.destination.bytes);
  if (rule.priority !== undefined) writer.u32(FRA.PRIORITY, rule.priority);
  return writer.u32(FRA.TABLE, rule.table).finish();
}

/** struct fib_rule_hdr { u8 family, dst_len, src_len, tos, table, res1, res2, action; u32 flags; } */
function fibRuleHeader(fields: { family: number; table: number; srcLen?: number; dstLen?: number; action?: number }): Buffer {
  return Buffer.from([fields.family, fields.dstLen ?? 0, fields.srcLen ?? 0, 0, fields.table, 0, 0, fields.action ?? 0, 0, 0, 0, 0]);
}

/** Policy routing rules (RTM_*RULE): "from 10.0.0.0/24 lookup 100". */
import { formatCidr, type IpPrefix } from './ip.ts';
import { Attributes, MessageWriter } from './netlink/attributes.ts';
import { FR_ACT, FRA, HEADER_SIZE, NLM_F, RT_TABLE, RTM } from './netlink/constants.ts';
import type { NetlinkSocket } from './netlink/socket.ts';

export interface RuleSpec {
  family: number;
  priority?: number;
  source?: IpPrefix;
  destination?: IpPrefix;
  table: number;
}

export interface Rule extends RuleSpec {
  action: number;
}

export function listRules(socket: NetlinkSocket, family: number): Rule[] {
  const body = new MessageWriter().raw(fibRuleHeader({ family, table: 0 })).finish();
  return socket.dump(RTM.GETRULE, body, 'list rules').map(({ payload: p }) => {
    const attributes = new Attributes(p, HEADER_SIZE.fib_rule_hdr);
    const ruleFamily = p.readUInt8(0) as IpPrefix['family'];
    const rule: Rule = { family: ruleFamily, table: attributes.u32(FRA.TABLE) ?? p.readUInt8(4), action: p.readUInt8(7) };
    const priority = attributes.u32(FRA.PRIORITY);
    if (priority !== undefined) rule.priority = priority;
    const source = attributes.get(FRA.SRC);
    if (source) rule.source = { family: ruleFamily, bytes: Buffer.from(source), prefixLength: p.readUInt8(2) };
    const destination = attributes.get(FRA.DST);
    if (destination) rule.destination = { family: ruleFamily, bytes: Buffer.from(destination), prefixLength: p.readUInt8(1) };
    return rule;
  });
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

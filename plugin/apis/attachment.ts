/**
 * The record of one attached link (netops' Attachment: host snapshot, pod name, rules added, a
 * VF's settings before), as the agent checkpoints it and `netclaim attach` keeps it. Addresses, routes and rules are parsed
 * values in memory and text only here, in the record; the JSON is the one the previous version
 * wrote field for field, so a node upgraded in place still brings its links home.
 */
import type { z } from 'zod';
import type { Attachment } from '../../netops/attach.ts';
import type { HostSnapshot } from '../../netops/attach-plan.ts';
import { ipPrefix } from './fields.ts';
import { lazySchema } from './lazy-schema.ts';
import { decodeRecord, encodeRecord } from './record.ts';
import { recordedRouteSchema } from './route.ts';
import { recordedRuleSchema } from './rule.ts';
import { childRecordSchema } from './sub-interface.ts';
import { vfRecordSchema } from './vf-record.ts';

export const attachmentSchema = lazySchema((z) => {
  const hostSnapshotSchema = z.strictObject({
    ifName: z.string(),
    ifIndex: z.number().int(),
    mtu: z.number().int(),
    mac: z.string(),
    up: z.boolean(),
    kind: z.string().optional(),
    gsoMaxSize: z.number().int().optional(),
    groMaxSize: z.number().int().optional(),
    minMtu: z.number().int().optional(),
    maxMtu: z.number().int().optional(),
    addresses: z.array(ipPrefix()),
    routes: z.array(recordedRouteSchema()),
  }) satisfies z.ZodType<HostSnapshot>;

  return z.strictObject({
    netnsPath: z.string(),
    podIfName: z.string(),
    snapshot: hostSnapshotSchema,
    podMac: z.string().optional(),
    rules: z.array(recordedRuleSchema()),
    rdmaDevice: z.string().optional(),
    child: childRecordSchema().optional(),
    vf: vfRecordSchema().optional(),
  }) satisfies z.ZodType<Attachment>;
});

/** Turns a stored attachment back into one; throws naming the first bad field, never quoting the file. */
export function decodeAttachment(value: unknown): Attachment {
  return decodeRecord(attachmentSchema(), value, 'an attachment record');
}

export function encodeAttachment(attachment: Attachment): unknown {
  return encodeRecord(attachmentSchema(), attachment, 'an attachment record');
}

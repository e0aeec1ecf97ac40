/**
 * `rules[]`: the user's policy rules, and the rules an attachment records for detach. Both decode
 * into netops' one Rule; the user's carry no family, which their source or destination decides.
 */
import type { z } from 'zod';
import type { Rule } from '../../netops/rule.ts';
import { ipPrefix, routeTable } from './fields.ts';
import { lazySchema } from './lazy-schema.ts';

const PRIORITY_MAX = 32767;

export const ruleSchema = lazySchema((z) => z.codec(z.strictObject({
  priority: z.number().int().min(0, `must be between 0 and ${PRIORITY_MAX}`).max(PRIORITY_MAX, `must be between 0 and ${PRIORITY_MAX}`).optional(),
  source: ipPrefix().optional(),
  destination: ipPrefix().optional(),
  table: routeTable(),
}).superRefine((rule, ctx) => {
  if (rule.source === undefined && rule.destination === undefined) {
    ctx.addIssue({ code: 'custom', path: ['source'], message: 'a rule needs a source or a destination (it decides the IP family)' });
  } else if (rule.source !== undefined && rule.destination !== undefined && rule.source.family !== rule.destination.family) {
    ctx.addIssue({ code: 'custom', path: ['destination'], message: 'must be the same IP family as source' });
  }
}), z.custom<Rule>(), {
  // The refinement above guarantees one of the two.
  decode: (rule) => ({ family: (rule.source ?? rule.destination)!.family, ...rule }),
  encode: ({ family: _family, ...rule }) => rule,
}));

/** A rule as an attachment records it (with its family, as the kernel was told). */
export const recordedRuleSchema = lazySchema((z) => z.strictObject({
  family: z.number().int(),
  priority: z.number().int().optional(),
  source: ipPrefix().optional(),
  destination: ipPrefix().optional(),
  table: z.number().int(),
}) satisfies z.ZodType<Rule>);

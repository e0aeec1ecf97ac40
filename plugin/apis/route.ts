/**
 * `routes[]`: the user's routes, and the routes of a host snapshot as recorded. Both decode into
 * netops' one Route; only the user's are held to the user's rules (a snapshot route is the
 * kernel's, whatever scope it had).
 */
import type { z } from 'zod';
import { formatCidr } from '../../netops/ip.ts';
import type { Route } from '../../netops/route.ts';
import { ipAddress, ipPrefix, routeTable } from './fields.ts';
import { lazySchema } from './lazy-schema.ts';

const RT_SCOPE_UNIVERSE = 0;
const RT_SCOPE_LINK = 253;

export const routeSchema = lazySchema((z) => z.strictObject({
  destination: ipPrefix(),
  gateway: ipAddress().optional(),
  source: ipAddress().optional(),
  scope: z.union([z.literal(RT_SCOPE_UNIVERSE), z.literal(RT_SCOPE_LINK)], { error: 'must be 0 (universe) or 253 (link)' }).optional(),
  table: routeTable().optional(),
}).superRefine((route, ctx) => {
  for (const key of ['gateway', 'source'] as const) {
    const value = route[key];
    if (value !== undefined && value.family !== route.destination.family) {
      ctx.addIssue({ code: 'custom', path: [key], message: `must be the same IP family as destination ${formatCidr(route.destination)}` });
    }
  }
  if (route.scope === RT_SCOPE_UNIVERSE && route.gateway === undefined) {
    ctx.addIssue({ code: 'custom', path: ['gateway'], message: 'is required for a route with scope 0 (universe)' });
  }
  if (route.scope === RT_SCOPE_LINK && route.gateway !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['scope'], message: 'must not be 253 (link) for a route via a gateway' });
  }
}) satisfies z.ZodType<Route>);

/** A route through a host link as a snapshot records it, to be restored exactly. */
export const recordedRouteSchema = lazySchema((z) => z.strictObject({
  destination: ipPrefix(),
  gateway: ipAddress().optional(),
  source: ipAddress().optional(),
  table: z.number().int().optional(),
  scope: z.number().int().optional(),
  protocol: z.number().int().optional(),
  priority: z.number().int().optional(),
}) satisfies z.ZodType<Route>);

/**
 * What the agent process is: prom-client's default process and Node.js metrics (CPU, resident
 * memory, heap, event-loop lag, GC, open file descriptors, under their usual names, so the
 * dashboards that exist for any Node service work) and netclaim_build_info.
 */
import { collectDefaultMetrics, Gauge, type Registry } from 'prom-client';
import type { BuildInfo } from '../version.ts';

export function registerProcessMetrics(registry: Registry, build: BuildInfo): void {
  collectDefaultMetrics({ register: registry });
  const info = new Gauge({
    name: 'netclaim_build_info',
    help: 'Always 1; the labels say which netclaim runs (version, git commit) on which Node.js',
    labelNames: ['version', 'commit', 'nodejs'],
    registers: [registry],
  });
  info.set({ version: build.version, commit: build.commit ?? 'unknown', nodejs: process.versions.node }, 1);
}

/**
 * The ResourceSlice publisher's counters, read at scrape time, and when it last succeeded: a node
 * whose slices stopped being written shows a growing age here before anyone misses a device.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { PublisherStats } from '../kube/slice-publisher.ts';

/** `stats` is undefined until the publisher has started; its series then read 0. */
export function registerPublisherMetrics(registry: Registry, stats: () => PublisherStats | undefined): void {
  const registers = [registry];
  const counter = (name: string, help: string, read: (stats: PublisherStats) => number) =>
    new Counter({ name, help, registers, collect() {
      // The publisher keeps the count; the metric shows it (it only ever grows, as a counter must).
      const current = stats();
      this.reset();
      this.inc(current ? read(current) : 0);
    } });
  counter('netclaim_slice_syncs_total', 'Comparisons of this node\'s ResourceSlices with its inventory (each may write)', (s) => s.syncs);
  counter('netclaim_slice_sync_failures_total', 'Syncs that failed (API server unreachable, conflict); each is retried with backoff', (s) => s.failedSyncs);
  counter('netclaim_slices_written_total', 'ResourceSlices created or replaced', (s) => s.slicesWritten);
  counter('netclaim_slices_deleted_total', 'ResourceSlices deleted (the pool shrank)', (s) => s.slicesDeleted);
  counter('netclaim_slice_own_events_skipped_total', 'Watch events recognised as the agent\'s own writes, so no sync followed', (s) => s.ownEventsSkipped);
  new Gauge({ name: 'netclaim_slice_pool_generation', help: 'Generation of this node\'s ResourceSlice pool as last written', registers, collect() {
    this.set(stats()?.generation ?? 0);
  } });
  new Gauge({
    name: 'netclaim_slices_last_synced_timestamp_seconds',
    help: 'Unix time of the last sync that left this node\'s ResourceSlices equal to its inventory (0: none yet)',
    registers,
    collect() {
      this.set((stats()?.lastSyncedAt ?? 0) / 1000);
    },
  });
}

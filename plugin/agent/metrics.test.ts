/** What /metrics says about the agent beyond its requests: the process, the build, the slice publisher. */
import type { PublisherStats } from '../kube/slice-publisher.ts';
import { buildInfo } from '../version.ts';
import { AgentMetrics, type GaugeSources } from './metrics.ts';

const sources: GaugeSources = { publishedDevices: () => 0, podsWithDevices: () => 0, nriConnected: () => true, nodePodsCached: () => 0 };

/** The value of one sample in the text exposition, or undefined when there is no such series. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('process and Node.js default metrics, and the build', async () => {
  const text = await new AgentMetrics(sources).registry.metrics();
  for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'process_open_fds', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
    expect(sample(text, name)).toBeGreaterThanOrEqual(0);
  }
  const { version, commit } = buildInfo();
  expect(sample(text, `netclaim_build_info{version="${version}",commit="${commit ?? 'unknown'}",nodejs="${process.versions.node}"}`)).toBe(1);
});

test('the publisher\'s counters and the time of its last successful sync, read at each scrape', async () => {
  let stats: PublisherStats | undefined;
  const metrics = new AgentMetrics({ ...sources, publisherStats: () => stats });
  const before = await metrics.registry.metrics();
  expect(sample(before, 'netclaim_slice_syncs_total')).toBe(0);
  expect(sample(before, 'netclaim_slices_last_synced_timestamp_seconds')).toBe(0);

  stats = { syncs: 7, failedSyncs: 2, slicesWritten: 5, slicesDeleted: 1, generation: 4, ownEventsSkipped: 3, lastSyncedAt: 1_750_000_000_500 };
  const text = await metrics.registry.metrics();
  expect([
    'netclaim_slice_syncs_total', 'netclaim_slice_sync_failures_total', 'netclaim_slices_written_total', 'netclaim_slices_deleted_total',
    'netclaim_slice_own_events_skipped_total', 'netclaim_slice_pool_generation', 'netclaim_slices_last_synced_timestamp_seconds',
  ].map((name) => sample(text, name))).toEqual([7, 2, 5, 1, 3, 4, 1_750_000_000.5]);
  stats = { ...stats, syncs: 9 };
  expect(sample(await metrics.registry.metrics(), 'netclaim_slice_syncs_total')).toBe(9);
});

test('a DRA call whose answer carries a claim\'s error counts as an error, and is timed', async () => {
  const metrics = new AgentMetrics(sources);
  const failedClaim = (answer: Map<string, string | undefined>) => [...answer.values()].some((error) => error !== undefined);
  await metrics.measure('dra', 'NodeUnprepareResources', async () => new Map([['a', undefined]]), failedClaim);
  await metrics.measure('dra', 'NodeUnprepareResources', async () => new Map([['a', undefined], ['b', 'busy']]), failedClaim);
  const text = await metrics.registry.metrics();
  expect(sample(text, 'netclaim_requests_total{api="dra",method="NodeUnprepareResources",outcome="ok"}')).toBe(1);
  expect(sample(text, 'netclaim_requests_total{api="dra",method="NodeUnprepareResources",outcome="error"}')).toBe(1);
  expect(sample(text, 'netclaim_request_duration_seconds_count{api="dra",method="NodeUnprepareResources",outcome="error"}')).toBe(1);
});

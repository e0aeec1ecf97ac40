/**
 * The REAL daemon process (`bin/netclaim daemon`, fake API server, its own temp dirs) pointed at
 * an NRI runtime that attacks it: a 4 MiB message in 1-byte mux frames, a runtime that stops
 * reading while it makes the daemon answer, and Synchronize batches with more=true that never
 * end. Each attack must leave the daemon alive, its memory within 64 MB of where it started, and
 * able to reconnect to an honest runtime afterwards. Needs root (the daemon scans the host's
 * links, and /proc/<pid>/clear_refs of another process).
 *
 * Memory is measured two ways. Per attack, the PEAK resident set (VmHWM) after resetting it to
 * the RSS at the attack's start (`echo 5 > /proc/<pid>/clear_refs`): the honest cost of that
 * attack, since an RSS read later can look fine once V8 collected, while the node needed the
 * memory at the time (the old reader's peak was +480-650 MB). At the end, the RSS against the
 * idle, connected daemon before the first attack: what the attacks leave behind. No gc is forced
 * (the daemon exposes none): garbage of one attack may still be resident when the next starts,
 * so the end figure includes what V8 had not collected yet.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { MAX_QUEUED_OUTGOING_BYTES } from '../../plugin/nri/mux.ts';
import { SYNC_LIMITS } from '../../plugin/nri/session.ts';
import { MAX_MESSAGE_BYTES } from '../../plugin/ttrpc/framing.ts';
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { FakeRuntime, wirePod, type FakePluginConnection, type FakeRuntimeOptions } from '../../testing/fake-nri-runtime.ts';
import { runningAsRoot } from '../runtime/installation.ts';
import { DRIVER_NAME, DaemonProcess, NODE_NAME, waitUntil } from './harness.ts';

const describeAsRoot = runningAsRoot() ? describe : describe.skip;
if (!runningAsRoot()) console.warn('e2e/agent/hostile-runtime.test.ts: skipped, reading another process\'s peak memory needs root');

const MIB = 1 << 20;
const RSS_GROWTH_LIMIT_BYTES = 64 * MIB;
const TEST_TIMEOUT_MS = 180_000;
const SETUP_TIMEOUT_MS = 60_000;
const ATTACK_TIMEOUT_MS = 30_000;
/** Requests the stop-reading attack may send: several times what fills the daemon's outgoing cap. */
const FLOOD_REQUESTS = 400_000;
/** Synchronize floods to sit through: the daemon reconnects to the flooding runtime after each. */
const SYNC_FLOODS = 6;

interface Memory { rssBytes: number; peakBytes: number }

function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string): number => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
    return Number(match[1]) * 1024;
  };
  return { rssBytes: kib('VmRSS'), peakBytes: kib('VmHWM') };
}

/** Sets the process's peak RSS (VmHWM) back to its current RSS. */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

const mb = (bytes: number): string => `${(bytes / MIB).toFixed(1)} MB`;

describeAsRoot('the daemon against a hostile NRI runtime', () => {
  let api: FakeApiServer;
  let dir: string;
  let socketPath: string;
  let logFile: WriteStream;
  let daemon: DaemonProcess;
  let runtime: FakeRuntime;

  beforeAll(async () => {
    dir = mkdtempSync('/tmp/nc-hostile-');
    socketPath = join(dir, 'nri.sock');
    logFile = createWriteStream(join(dir, 'daemon.log'));
    api = await FakeApiServer.start();
    api.seed({ apiVersion: 'v1', kind: 'Node', metadata: { name: NODE_NAME } });
    // Patient: its own calls wait for a daemon busy reading an attack rather than dropping it.
    runtime = await FakeRuntime.listen(socketPath, { requestTimeoutMs: ATTACK_TIMEOUT_MS });
    daemon = new DaemonProcess([
      '--node-name', NODE_NAME,
      '--driver-name', DRIVER_NAME,
      '--kubeconfig', api.kubeconfigPath,
      '--state-dir', join(dir, 'state'),
      '--nri-socket', socketPath,
      '--kubelet-registry-dir', join(dir, 'registry'),
      '--kubelet-plugins-dir', join(dir, 'plugins'),
      '--metrics-address', '127.0.0.1:0',
      // Publish nothing of this host: the test is about the NRI side.
      '--filter', `device.attributes["${DRIVER_NAME}"].ifName.startsWith("nc-hostile-none")`,
    ], logFile);
    await daemon.started();
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await daemon?.stop();
    await runtime?.close();
    await api?.stop();
    await new Promise((resolve) => logFile?.end(resolve));
    if (process.env.NETCLAIM_KEEP_AGENT_LOGS) console.log(`daemon log kept in ${join(dir, 'daemon.log')}`);
    else rmSync(dir, { recursive: true, force: true });
  }, SETUP_TIMEOUT_MS);

  /** Serves the socket with a new runtime (the daemon reconnects to it by its own backoff). */
  async function replaceRuntime(options: FakeRuntimeOptions = {}): Promise<FakeRuntime> {
    await runtime.close();
    rmSync(socketPath, { force: true });
    runtime = await FakeRuntime.listen(socketPath, options);
    return runtime;
  }

  /**
   * Runs an attack with the peak reset to the current RSS before it; returns that RSS, the peak
   * during the attack and the RSS right after.
   */
  async function measured(attack: () => Promise<void>): Promise<Memory & { beforeBytes: number }> {
    const pid = daemon.pid!;
    resetPeak(pid);
    const beforeBytes = memoryOf(pid).rssBytes;
    await attack();
    expect(daemon.running).toBe(true);
    return { ...memoryOf(pid), beforeBytes };
  }

  /** A reply from the daemon on this connection: everything sent before it has been read. */
  async function roundTrip(connection: FakePluginConnection): Promise<void> {
    await connection.call('NetclaimTestBarrier', new Uint8Array()).catch(() => undefined);
  }

  it('stays within 64 MB of its idle RSS through 1-byte frames, a runtime that stops reading and a Synchronize flood, and reconnects', async () => {
    let connection = await runtime.nextPlugin();
    await daemon.waitForLog('registration offered to the kubelet');
    const start = memoryOf(daemon.pid!).rssBytes;
    const figures: string[] = [`idle RSS ${mb(start)}`];

    // 1. One message of almost 4 MiB, in frames of 1 byte: 9 bytes on the wire per byte.
    const trickled = await measured(async () => {
      const outcome = await connection.sendInFrames(MAX_MESSAGE_BYTES - 1024, 1);
      if (outcome === 'sent') await roundTrip(connection);
    });
    figures.push(`4 MiB in 1-byte frames: from ${mb(trickled.beforeBytes)} peak ${mb(trickled.peakBytes)} (+${mb(trickled.peakBytes - trickled.beforeBytes)}), after ${mb(trickled.rssBytes)}`);
    // Either it was read whole and answered, or it came too slowly and the daemon hung up on it:
    // the connection says which by now; the daemon's log line of a hang-up may come later than the
    // close, and the count below must include it.
    if (connection.closed) {
      await waitUntil('the daemon to log the trickled connection lost', ATTACK_TIMEOUT_MS, async () => daemon.find('NRI connection lost')[0]);
      connection = await runtime.nextPlugin();
    }

    // 2. Stop reading and make the daemon answer until it gives up on us.
    const lostBefore = daemon.find('NRI connection lost').length;
    const unread = await measured(async () => {
      const sent = await connection.floodWithoutReading(FLOOD_REQUESTS);
      expect(sent).toBeLessThan(FLOOD_REQUESTS);
      await connection.disconnected;
    });
    figures.push(`runtime stops reading: from ${mb(unread.beforeBytes)} peak ${mb(unread.peakBytes)} (+${mb(unread.peakBytes - unread.beforeBytes)}), after ${mb(unread.rssBytes)}`);
    const lost = await waitUntil('the daemon to log the lost connection', ATTACK_TIMEOUT_MS, async () => daemon.find('NRI connection lost')[lostBefore]);
    expect(lost.reason).toMatch(new RegExp(`^the peer stopped reading: \\d+ bytes waiting to be sent \\(at most ${MAX_QUEUED_OUTGOING_BYTES}\\)$`));
    await runtime.nextPlugin();

    // 3. Synchronize batches of one 1 MiB pod each, more=true, on every reconnection.
    const blob = 'x'.repeat(MIB);
    const pods = Array.from({ length: 64 }, (_, index) => ({ ...wirePod({ id: `flood${index}` }), annotations: { blob } }));
    const flooded = await measured(async () => {
      const flooding = await replaceRuntime({ pods, syncBatchSize: 1 });
      await waitUntil(`${SYNC_FLOODS} refused Synchronize floods`, ATTACK_TIMEOUT_MS, async () => (flooding.handshakeFailures.length >= SYNC_FLOODS ? true : undefined));
    });
    figures.push(`${SYNC_FLOODS} Synchronize floods: from ${mb(flooded.beforeBytes)} peak ${mb(flooded.peakBytes)} (+${mb(flooded.peakBytes - flooded.beforeBytes)}), after ${mb(flooded.rssBytes)}`);
    expect(daemon.logs.some((line) => line.msg === 'NRI connection failed' && String(line.reason).includes(`Synchronize: the runtime sent more than ${SYNC_LIMITS.bytes} bytes`))).toBe(true);

    // Still alive, and back in service with an honest runtime (it hands out a plugin only once
    // registered and synchronized).
    const since = daemon.logs.length;
    const honest = await replaceRuntime();
    await honest.nextPlugin();
    await daemon.waitForLog('synchronized with runtime', {}, since);
    const end = memoryOf(daemon.pid!);
    figures.push(`reconnected: RSS ${mb(end.rssBytes)}`);
    console.log(`daemon memory under attack (limit: idle + ${mb(RSS_GROWTH_LIMIT_BYTES)}):\n  ${figures.join('\n  ')}`);

    for (const attack of [trickled, unread, flooded]) expect(attack.peakBytes - attack.beforeBytes).toBeLessThanOrEqual(RSS_GROWTH_LIMIT_BYTES);
    expect(end.rssBytes - start).toBeLessThanOrEqual(RSS_GROWTH_LIMIT_BYTES);
    expect(daemon.running).toBe(true);
  }, TEST_TIMEOUT_MS);
});

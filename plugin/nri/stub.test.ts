import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { api } from '../../nri-proto/index.ts';
import { createLogger } from '../log.ts';
import { Code, TtrpcError } from '../ttrpc/errors.ts';
import { MessageReader, MessageType, encodeMessage } from '../ttrpc/framing.ts';
import { wire } from '../../nri-proto/index.ts';
import { waitFor } from '../../testing/wait.ts';
import { FakeRuntime, wirePod, type FakeRuntimeOptions } from '../../testing/fake-nri-runtime.ts';
import { MAX_TIMER_MS } from '../concurrency/deadline.ts';
import { MAX_QUEUED_OUTGOING_BYTES } from './mux.ts';
import { SYNC_LIMITS } from './session.ts';
import { NriConnectionError, NriStub, type NriHandlers, type NriStubOptions, type Pod, type StubState } from './stub.ts';

const quiet = createLogger({}, { write: () => {} });
let dir: string;
let socketPath: string;
const cleanups: Array<() => Promise<void> | void> = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'nri-stub-'));
  socketPath = path.join(dir, 'nri.sock');
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function runtime(options: FakeRuntimeOptions = {}): Promise<FakeRuntime> {
  const fake = await FakeRuntime.listen(socketPath, options);
  cleanups.push(() => fake.close());
  return fake;
}

function stub(handlers: NriHandlers, options: Partial<NriStubOptions> = {}): NriStub {
  const created = new NriStub({ name: 'netclaim-test', index: '42', handlers, socketPath, logger: quiet, env: {}, ...options });
  cleanups.push(() => created.close());
  return created;
}

function recordStates(target: NriStub): StubState[] {
  const states: StubState[] = [];
  target.onStateChange((state) => states.push(state));
  return states;
}

/** Resolves when `target` enters `state` for the `times`-th time from now. */
function reaches(target: NriStub, state: StubState, times = 1): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => target.onStateChange((entered) => {
    if (entered === state && ++seen === times) resolve();
  }));
}

describe('NriStub against the fake runtime', () => {
  it('registers, subscribes to its handlers only, synchronizes and delivers pod events via StateChange', async () => {
    const fake = await runtime({ nriVersion: '0.8', pods: [wirePod({ id: 'old' })], requestTimeoutMs: 1500 });
    const seen: string[] = [];
    let synced: Pod[] = [];
    const plugin = stub({
      async runPodSandbox(pod) { seen.push(`run ${pod.namespace}/${pod.name} ${pod.uid} ${pod.netnsPath}`); },
      async removePodSandbox(pod) { seen.push(`remove ${pod.id}`); },
      async synchronize(pods) { synced = pods; },
    });
    const states = recordStates(plugin);
    const info = await plugin.start();
    const connection = await fake.nextPlugin();
    expect([connection.name, connection.index]).toEqual(['netclaim-test', '42']);
    expect(connection.events).toBe(0b101);
    expect(info).toMatchObject({ name: 'fake-runtime', version: '0.8', events: 0b101, requestTimeoutMs: 1500 });
    expect(synced.map((pod) => [pod.id, pod.netnsPath])).toEqual([['old', '/var/run/netns/cni-old']]);
    expect(states).toEqual(['connecting', 'registering', 'synchronizing', 'ready']);

    await connection.runPodSandbox(wirePod({ id: 'p1', namespace: 'ns', name: 'web', uid: 'u1' }));
    await connection.stopPodSandbox(wirePod({ id: 'p1' }));
    await connection.removePodSandbox(wirePod({ id: 'p1' }));
    expect(seen).toEqual(['run ns/web u1 /var/run/netns/cni-p1', 'remove p1']);
  });

  it('serves the dedicated pod RPCs of NRI 0.12 and answers UNIMPLEMENTED for the rest', async () => {
    const fake = await runtime({ nriVersion: '0.12' });
    const seen: string[] = [];
    await stub({ async runPodSandbox(pod) { seen.push(pod.id); } }).start();
    const connection = await fake.nextPlugin();
    await connection.call('RunPodSandbox', api.RunPodSandboxRequest.encode({ pod: wirePod({ id: 'direct' }) }).finish());
    await connection.runPodSandbox(wirePod({ id: 'via-helper' }));
    await expect(connection.call('UpdatePodSandbox', api.UpdatePodSandboxRequest.encode({}).finish())).rejects.toMatchObject({ code: Code.UNIMPLEMENTED });
    await expect(connection.call('StopPodSandbox', api.StopPodSandboxRequest.encode({}).finish())).rejects.toMatchObject({ code: Code.UNIMPLEMENTED });
    await expect(connection.call('PostStartContainer', new Uint8Array())).rejects.toMatchObject({ code: Code.UNIMPLEMENTED });
    expect(seen).toEqual(['direct', 'via-helper']);
  });

  it('handles Configure arriving before the RegisterPlugin reply', async () => {
    const fake = await runtime({ configureBeforeRegisterReply: true });
    const plugin = stub({ async runPodSandbox() {} });
    await plugin.start();
    expect((await fake.nextPlugin()).events).toBe(1);
    expect(plugin.state).toBe('ready');
  });

  it('answers batched Synchronize calls with more=true and hands the handler everything once', async () => {
    const pods = Array.from({ length: 5 }, (_, index) => wirePod({ id: `p${index}` }));
    const containers = [{ id: 'c1', pod_sandbox_id: 'p1', name: 'app', state: api.ContainerState.CONTAINER_RUNNING }];
    await runtime({ pods, containers, syncBatchSize: 2 });
    const calls: Array<[string[], string[]]> = [];
    await stub({
      async runPodSandbox() {},
      async synchronize(syncPods, syncContainers) { calls.push([syncPods.map((pod) => pod.id), syncContainers.map((c) => `${c.id}:${c.state}`)]); },
    }).start();
    expect(calls).toEqual([[['p0', 'p1', 'p2', 'p3', 'p4'], ['c1:running']]]);
  });

  it('reassembles split frames and a 100 KiB request', async () => {
    const fake = await runtime({ writeChunkBytes: 7 });
    const received: Pod[] = [];
    await stub({ async runPodSandbox(pod) { received.push(pod); } }).start();
    const connection = await fake.nextPlugin();
    const big = { ...wirePod({ id: 'big' }), annotations: { blob: 'x'.repeat(100 * 1024) } };
    await connection.runPodSandbox(big);
    expect(received[0]?.annotations.blob).toHaveLength(100 * 1024);
  });

  it('returns device adjustments from createContainer', async () => {
    const fake = await runtime();
    await stub({
      async createContainer(pod, container) {
        expect([pod.id, container.name]).toEqual(['p1', 'app']);
        return { devices: [{ path: '/dev/infiniband/uverbs0', type: 'c', major: 231, minor: 192, fileMode: 0o666 }] };
      },
    }).start();
    const connection = await fake.nextPlugin();
    expect(connection.events).toBe(0b1000);
    const response = await connection.createContainer(wirePod({ id: 'p1' }), { id: 'c1', name: 'app' });
    const device = response?.adjust?.linux?.devices?.[0];
    expect([device?.path, device?.type, Number(device?.major), Number(device?.minor), device?.file_mode?.value, device?.uid]).toEqual(['/dev/infiniband/uverbs0', 'c', 231, 192, 0o666, null]);
  });

  it('answers an overrunning handler with DEADLINE_EXCEEDED before the runtime gives up, and stays connected', async () => {
    const fake = await runtime({ requestTimeoutMs: 250 });
    let aborted = false;
    let slow = true;
    await stub({
      async runPodSandbox(_pod, { signal }) {
        if (!slow) return;
        signal.addEventListener('abort', () => { aborted = true; });
        await sleep(2000, undefined, { signal }).catch(() => {});
      },
    }).start();
    const connection = await fake.nextPlugin();
    const failure = await connection.runPodSandbox(wirePod({ id: 'slow' })).catch((error: unknown) => error);
    // The plugin's own status, not the runtime's local timeout (which says "no reply within" and
    // drops the connection, failing the next event); the budget is 80% of what was left of 250 ms.
    expect(failure).toMatchObject({ code: Code.DEADLINE_EXCEEDED });
    const budget = Number(/runPodSandbox handler overran its (\d+) ms budget/.exec((failure as Error).message)?.[1]);
    expect(budget).toBeGreaterThan(0);
    expect(budget).toBeLessThanOrEqual(200);
    expect(aborted).toBe(true);
    slow = false;
    await connection.runPodSandbox(wirePod({ id: 'fast' }));
  });

  it('reports a throwing handler as an error status', async () => {
    const fake = await runtime();
    await stub({ async runPodSandbox() { throw new Error('no such claim'); } }).start();
    const connection = await fake.nextPlugin();
    await expect(connection.runPodSandbox(wirePod({ id: 'p' }))).rejects.toMatchObject({ code: Code.UNKNOWN, detail: 'no such claim' });
  });

  it('reconnects after the runtime drops it: re-registers, re-synchronizes and calls back', async () => {
    const fake = await runtime({ pods: [wirePod({ id: 'p1' })] });
    const log: string[] = [];
    const plugin = stub({
      async runPodSandbox() {},
      async synchronize(pods) { log.push(`sync ${pods.length}`); },
      onDisconnect(reason) { log.push(`disconnect ${(reason as NriConnectionError).kind}`); },
      onReconnect(info) { log.push(`reconnect ${info.name}`); },
    }, { reconnect: { initialDelayMs: 20, maxDelayMs: 100 } });
    const states = recordStates(plugin);
    await plugin.start();
    const readyAgain = reaches(plugin, 'ready');
    (await fake.nextPlugin()).disconnect();
    await fake.nextPlugin();
    await readyAgain;
    expect(log).toEqual(['sync 1', 'disconnect disconnected', 'sync 1', 'reconnect fake-runtime']);
    expect(fake.registrations).toHaveLength(2);
    expect(states.slice(3)).toEqual(['ready', 'backoff', 'connecting', 'registering', 'synchronizing', 'ready']);
  });

  it('comes back after the runtime restarts, backing off while it is down', async () => {
    const first = await FakeRuntime.listen(socketPath);
    const plugin = stub({ async runPodSandbox() {} }, { reconnect: { initialDelayMs: 10, maxDelayMs: 40 } });
    await plugin.start();
    const secondBackoff = reaches(plugin, 'backoff', 2);
    await first.close();
    // Two backoffs: the connection loss, then a failed attempt while nothing listens.
    await secondBackoff;
    rmSync(socketPath, { force: true });
    const readyAgain = reaches(plugin, 'ready');
    const second = await runtime();
    await second.nextPlugin();
    await readyAgain;
    expect(plugin.state).toBe('ready');
  });

  it('closes gracefully: state closed, done resolves, the runtime sees the plugin go', async () => {
    const fake = await runtime();
    const plugin = stub({ async runPodSandbox() {} });
    await plugin.start();
    const connection = await fake.nextPlugin();
    await plugin.close();
    expect(plugin.state).toBe('closed');
    await plugin.done;
    // An orderly close between frames: the runtime sees the socket end, with no error.
    expect(await connection.disconnected).toBe('closed');
  });

  it('refuses a plugin without event handlers or with a bad index', () => {
    expect(() => new NriStub({ name: 'x', index: '01', handlers: {}, env: {} })).toThrow(/at least one event handler/);
    expect(() => new NriStub({ name: 'x', index: '1', handlers: { async runPodSandbox() {} }, env: {} })).toThrow(/two digits/);
  });
});

describe('NriStub against a hostile or confused runtime', () => {
  const quietHandlers: NriHandlers = { async runPodSandbox() {} };

  it('refuses a Synchronize flood of more pods than a node can run, clearly, and closes', async () => {
    const pods = Array.from({ length: SYNC_LIMITS.pods + 1 }, (_, index) => wirePod({ id: `p${index}` }));
    await runtime({ pods, syncBatchSize: 1000 });
    const error = await stub(quietHandlers, { reconnect: false }).start().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NriConnectionError);
    expect(error).toMatchObject({ kind: 'limit-exceeded' });
    expect((error as Error).message).toBe(`the runtime flooded the plugin: Synchronize: the runtime sent more than ${SYNC_LIMITS.pods} pods (${SYNC_LIMITS.pods + 1} pods, 0 containers, ${(error as Error).message.match(/(\d+) bytes in batches/)?.[1]} bytes in batches so far); refusing`);
  });

  it('refuses a Synchronize flood of more bytes than the limit, answering RESOURCE_EXHAUSTED first', async () => {
    const annotation = 'a'.repeat(1 << 20);
    const pods = Array.from({ length: 12 }, (_, index) => ({ ...wirePod({ id: `big${index}` }), annotations: { blob: annotation } }));
    const fake = await runtime({ pods, syncBatchSize: 2 });
    const error = await stub(quietHandlers, { reconnect: false }).start().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'limit-exceeded' });
    const detail = new RegExp(`^Synchronize: the runtime sent more than ${SYNC_LIMITS.bytes} bytes \\(8 pods, 0 containers, \\d+ bytes in batches so far\\); refusing$`);
    expect((error as Error).message.replace('the runtime flooded the plugin: ', '')).toMatch(detail);
    // The reply went out before the connection did: the runtime learns why.
    await waitFor(() => fake.handshakeFailures.length > 0);
    expect(fake.handshakeFailures).toHaveLength(1);
    expect(fake.handshakeFailures[0]).toMatchObject({ code: Code.RESOURCE_EXHAUSTED });
    expect((fake.handshakeFailures[0] as TtrpcError).detail).toMatch(detail);
  });

  it('answers INVALID_ARGUMENT naming the method to a truncated request body, and keeps serving', async () => {
    const fake = await runtime({ nriVersion: '0.12' });
    const seen: string[] = [];
    await stub({ async runPodSandbox(pod) { seen.push(pod.id); }, async createContainer() { return undefined; } }).start();
    const connection = await fake.nextPlugin();
    const whole = api.RunPodSandboxRequest.encode({ pod: wirePod({ id: 'cut' }) }).finish();
    for (const method of ['RunPodSandbox', 'StateChange', 'CreateContainer', 'Synchronize']) {
      const failure = await connection.call(method, whole.subarray(0, whole.length - 5)).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: Code.INVALID_ARGUMENT });
      expect((failure as Error).message).toMatch(new RegExp(`^INVALID_ARGUMENT: ${method}: undecodable request \\(\\d+ bytes\\): `));
    }
    await connection.runPodSandbox(wirePod({ id: 'whole' }));
    expect(seen).toEqual(['whole']);
  });

  it('takes a request timeout of 2^40 ms from Configure as the longest a timer waits, not as already expired', async () => {
    const fake = await runtime({ requestTimeoutMs: 2 ** 40 });
    const ran: string[] = [];
    const info = await stub({
      // Work that outlasts the 1 ms an overflowed timer allows: that timer always fires before
      // this 5 ms one, so the old code failed this every time.
      async runPodSandbox(pod) { await new Promise((resolve) => setTimeout(resolve, 5)); ran.push(pod.id); },
    }).start();
    expect(info.requestTimeoutMs).toBe(MAX_TIMER_MS);
    await (await fake.nextPlugin()).runPodSandbox(wirePod({ id: 'patient' }));
    expect(ran).toEqual(['patient']);
  });

  it('refuses a second Configure with FAILED_PRECONDITION and stays in service with the first agreement', async () => {
    const fake = await runtime({ runtimeName: 'first' });
    const seen: string[] = [];
    const plugin = stub({ async runPodSandbox(pod) { seen.push(pod.id); } });
    const states = recordStates(plugin);
    await plugin.start();
    const connection = await fake.nextPlugin();
    const again = api.ConfigureRequest.encode({ runtime_name: 'second', runtime_version: '9', request_timeout: 10 }).finish();
    const failure = await connection.call('Configure', again).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: Code.FAILED_PRECONDITION, detail: 'Configure: the plugin is already configured on this connection; reconnect to configure it again' });
    expect(plugin.state).toBe('ready');
    expect(states).toEqual(['connecting', 'registering', 'synchronizing', 'ready']);
    expect(plugin.runtime).toMatchObject({ name: 'first', requestTimeoutMs: 2000 });
    await connection.runPodSandbox(wirePod({ id: 'after' }));
    expect(seen).toEqual(['after']);
  });

  it('drops a runtime that stops reading while it floods requests, then reconnects', async () => {
    const fake = await runtime();
    const reasons: string[] = [];
    const plugin = stub({ async runPodSandbox() {}, onDisconnect(reason) { reasons.push(reason.message); } }, { reconnect: { initialDelayMs: 10, maxDelayMs: 10 } });
    await plugin.start();
    const connection = await fake.nextPlugin();
    const requests = 400_000;
    const sent = await connection.floodWithoutReading(requests);
    expect(sent).toBeLessThan(requests);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(new RegExp(`^lost the NRI connection: the peer stopped reading: \\d+ bytes waiting to be sent \\(at most ${MAX_QUEUED_OUTGOING_BYTES}\\)$`));
    await fake.nextPlugin();
  });
});

describe('NriStub failures without reconnect', () => {
  async function failure(options: Partial<NriStubOptions> = {}): Promise<NriConnectionError> {
    const error = await stub({ async runPodSandbox() {} }, { reconnect: false, registrationTimeoutMs: 300, ...options }).start().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NriConnectionError);
    return error as NriConnectionError;
  }

  async function peer(onConnection: (socket: net.Socket) => void): Promise<void> {
    // Peers read what the plugin sends, or their side never sees it hang up.
    const server = net.createServer((socket) => onConnection(socket.resume()));
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  }

  it('no socket', async () => {
    expect(await failure()).toMatchObject({ kind: 'no-socket' });
  });

  it('registration refused', async () => {
    await runtime({ refuseRegistration: 'plugin 42-netclaim-test already registered' });
    const error = await failure();
    expect(error.kind).toBe('registration-refused');
    expect(error.message).toMatch(/already registered/);
  });

  it('a silent peer times out', async () => {
    const sockets: net.Socket[] = [];
    await peer((socket) => sockets.push(socket));
    cleanups.push(() => sockets.forEach((socket) => socket.destroy()));
    expect(await failure()).toMatchObject({ kind: 'timeout' });
  });

  it('a peer speaking something else is not an NRI peer', async () => {
    await peer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'));
    expect(await failure()).toMatchObject({ kind: 'not-nri-peer' });
  });

  it('a peer that hangs up at once closed the connection', async () => {
    await peer((socket) => socket.destroy());
    expect(await failure()).toMatchObject({ kind: 'closed-by-peer' });
  });
});

describe('NriStub against hand-built frames', () => {
  function frame(connId: number, payload: Buffer): Buffer {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(connId, 0);
    header.writeUInt32BE(payload.length, 4);
    return Buffer.concat([header, payload]);
  }

  function ttrpcRequest(streamId: number, method: string, payload: Uint8Array): Buffer {
    const request = wire.Request.encode({ service: 'nri.pkg.api.v1alpha1.Plugin', method, payload, timeout_nano: 2e9 }).finish();
    return encodeMessage(streamId, MessageType.REQUEST, request);
  }

  it('answers Configure and Synchronize sent in one write before the RegisterPlugin reply', async () => {
    const replies = new Map<number, MessageReader>([[1, new MessageReader()], [2, new MessageReader()]]);
    const received: Array<{ conn: number; streamId: number; payload: Buffer }> = [];
    let allThree = (): void => {};
    const threeReceived = new Promise<void>((resolve) => { allThree = resolve; });
    let runtimeSide: Duplex | undefined;
    const server = net.createServer((socket) => {
      runtimeSide = socket;
      let pending = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        pending = Buffer.concat([pending, chunk]);
        while (pending.length >= 8 && pending.length >= 8 + pending.readUInt32BE(4)) {
          const conn = pending.readUInt32BE(0);
          const body = pending.subarray(8, 8 + pending.readUInt32BE(4));
          pending = pending.subarray(8 + body.length);
          for (const event of replies.get(conn)!.push(Buffer.from(body))) {
            if (event.kind === 'message') received.push({ conn, streamId: event.header.streamId, payload: event.payload });
            if (received.length === 3) allThree();
          }
        }
      });
      socket.write(Buffer.concat([
        frame(1, ttrpcRequest(1, 'Configure', api.ConfigureRequest.encode({ runtime_name: 'hand-built', runtime_version: '1.0' }).finish())),
        frame(1, ttrpcRequest(3, 'Synchronize', api.SynchronizeRequest.encode({ pods: [wirePod({ id: 'p' })] }).finish())),
      ]));
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    cleanups.push(() => { runtimeSide?.destroy(); });

    const plugin = stub({ async runPodSandbox() {} });
    const started = plugin.start();
    await threeReceived;
    expect(plugin.state).toBe('synchronizing');
    const register = received.find((entry) => entry.conn === 2)!;
    const registerRequest = wire.Request.decode(register.payload);
    expect([register.streamId, registerRequest.service, registerRequest.method]).toEqual([1, 'nri.pkg.api.v1alpha1.Runtime', 'RegisterPlugin']);
    expect(api.RegisterPluginRequest.decode(registerRequest.payload)).toMatchObject({ plugin_name: 'netclaim-test', plugin_idx: '42' });
    const configure = wire.Response.decode(received.find((entry) => entry.conn === 1 && entry.streamId === 1)!.payload);
    expect(configure.status).toBeNull();
    expect(api.ConfigureResponse.decode(configure.payload).events).toBe(1);
    expect(wire.Response.decode(received.find((entry) => entry.conn === 1 && entry.streamId === 3)!.payload).status).toBeNull();

    runtimeSide!.write(frame(2, encodeMessage(1, MessageType.RESPONSE, new Uint8Array())));
    expect((await started).name).toBe('hand-built');
    expect(plugin.state).toBe('ready');
  });
});

describe('NriStub launched by the runtime', () => {
  it('talks over the inherited fd 3 and takes name and index from the environment', async () => {
    const fake = FakeRuntime.detached();
    const child = spawn(process.execPath, [path.join(import.meta.dirname, 'testdata/launched-plugin.ts')], {
      stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
      env: { NRI_PLUGIN_SOCKET: '3', NRI_PLUGIN_NAME: 'launched', NRI_PLUGIN_IDX: '07' },
    });
    cleanups.push(() => { child.kill(); });
    const lines = createInterface({ input: child.stdout! });
    const output: unknown[] = [];
    lines.on('line', (line) => output.push(JSON.parse(line)));
    fake.attach(child.stdio[3] as Duplex);
    const connection = await fake.nextPlugin();
    expect([connection.name, connection.index]).toEqual(['launched', '07']);
    await connection.runPodSandbox(wirePod({ id: 'x', uid: 'ux' }));
    connection.disconnect();
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(exitCode).toBe(0);
    expect(output).toContainEqual({ event: 'runPodSandbox', uid: 'ux', netns: '/var/run/netns/cni-x' });
    expect(output.at(-1)).toEqual({ state: 'closed' });
  });
});

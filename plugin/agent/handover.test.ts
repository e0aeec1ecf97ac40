import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../log.ts';
import { waitFor } from '../../testing/wait.ts';
import { HandoverRefusedError, handoverSocketPath, listenForHandover, takeOverStateDir, type HandoverListener } from './handover.ts';
import { StateLock } from './state-lock.ts';

let dir: string;
let lines: Array<Record<string, unknown>>;
const logger = () => createLogger({}, { write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
const stillRunning = () => new AbortController().signal;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nc-handover-'));
  lines = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A holder whose retirement is the test's to finish. */
async function holder(instance: string, replaced: string[] = []) {
  const lock = (await StateLock.tryAcquire(dir, instance))!;
  const successors: string[] = [];
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const listener: HandoverListener = await listenForHandover({
    stateDir: dir, instance, replaced: new Set(replaced), logger: logger(),
    retire: async (successor) => {
      successors.push(successor);
      await listener.close();
      await finished;
      await lock.release();
    },
  });
  return { lock, listener, successors, finish };
}

test('the new instance gets the lock only after the holder retired, and learns whom it replaced', async () => {
  const old = await holder('old-pod');
  const taking = takeOverStateDir({ stateDir: dir, instance: 'new-pod', logger: logger(), signal: stillRunning() });
  await waitFor(() => old.successors.length === 1);
  expect(old.successors).toEqual(['new-pod']);
  // Still retiring: the lock is the old instance's.
  expect(await StateLock.tryAcquire(dir, 'third')).toBeUndefined();
  old.finish();
  const { lock, previous } = await taking;
  expect(previous).toBe('old-pod');
  expect(await StateLock.holder(dir)).toEqual({ instance: 'new-pod', pid: process.pid });
  await lock.release();
});

test('the holder refuses the instance it replaced, so a restarted old pod cannot take the node back', async () => {
  const current = await holder('new-pod', ['old-pod']);
  await expect(takeOverStateDir({ stateDir: dir, instance: 'old-pod', logger: logger(), signal: stillRunning() }))
    .rejects.toThrow(HandoverRefusedError);
  expect(current.successors).toEqual([]);
  await current.listener.close();
  await current.lock.release();
});

test('a holder that is not listening is asked again until the lock is free', async () => {
  const lock = (await StateLock.tryAcquire(dir, 'starting-pod'))!;
  const taking = takeOverStateDir({ stateDir: dir, instance: 'new-pod', logger: logger(), signal: stillRunning() });
  await waitFor(() => lines.some((line) => line.msg === 'state directory held by another agent instance; asking it to hand over'));
  await lock.release();
  const { lock: taken, previous } = await taking;
  expect(previous).toBe('starting-pod');
  await taken.release();
});

test('a waiting instance told to stop gives up with the reason', async () => {
  const lock = (await StateLock.tryAcquire(dir, 'old-pod'))!;
  const stop = new AbortController();
  const taking = takeOverStateDir({ stateDir: dir, instance: 'new-pod', logger: logger(), signal: stop.signal });
  await waitFor(() => lines.some((line) => line.msg === 'state directory held by another agent instance; asking it to hand over'));
  stop.abort(new Error('SIGTERM received'));
  await expect(taking).rejects.toThrow('SIGTERM received');
  await lock.release();
});

test('a request that is not one line naming an instance is dropped without retiring anyone', async () => {
  const old = await holder('old-pod');
  const answer = await new Promise<string>((resolve) => {
    const connection = net.createConnection(handoverSocketPath(dir), () => connection.write('{"instance": 5}\n'));
    let text = '';
    connection.on('data', (chunk) => (text += String(chunk)));
    connection.on('error', () => undefined);
    connection.on('close', () => resolve(text));
  });
  expect(answer).toBe('');
  expect(old.successors).toEqual([]);
  expect(lines.find((line) => line.msg === 'handover request failed')?.error).toMatch(/malformed request: no instance named/);
  await old.listener.close();
  await old.lock.release();
});

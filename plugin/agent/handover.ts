/**
 * Handing the state directory from a running agent instance to a new one (a DaemonSet upgrade
 * with maxSurge: the new pod starts while the old one still serves).
 *
 * The holder listens on `<state dir>/handover.sock` (the directory is root's and 0700, so only
 * root can ask). A new instance that finds the lock taken connects and sends one line naming
 * itself; the holder retires: it withdraws its kubelet registration, closes its NRI connection once
 * its running handlers answered, stops everything that writes state, releases the lock, and only
 * then answers `released`. The new instance, whose NRI handlers have been holding every event since
 * it connected, then takes the lock and loads the records the holder left.
 *
 * The connection also tells the new instance that the holder died: the kernel closes it and
 * releases the flock together. A holder that is not listening (still starting, or stopping for
 * good) is asked again after a backoff. The holder refuses the instance it replaced itself (its pod
 * restarted by the kubelet before the DaemonSet deleted it): newest wins, no ping-pong.
 */
import { unlink } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage } from '../errors.ts';
import type { Logger } from '../log.ts';
import { StateLock } from './state-lock.ts';

const SOCKET_NAME = 'handover.sock';
/** A request is one short line; a peer that sends more or takes longer is not a new instance of ours. */
const MAX_REQUEST_BYTES = 1024;
const REQUEST_TIMEOUT_MS = 5000;
const RETRY = { initialDelayMs: 100, maxDelayMs: 2000 } as const;

export function handoverSocketPath(stateDir: string): string {
  return path.join(stateDir, SOCKET_NAME);
}

/** A holder said no: this instance is the one it replaced. */
export class HandoverRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HandoverRefusedError';
  }
}

export interface HandoverListenerOptions {
  stateDir: string;
  /** This instance's id; a request from it is refused. */
  instance: string;
  /** Instances this one replaced: they get a refusal. */
  replaced: ReadonlySet<string>;
  logger: Logger;
  /** Retires the agent; resolves once the lock is released (the rest may still be stopping). */
  retire(successor: string): Promise<void>;
}

export interface HandoverListener {
  /** Stops accepting requests; one being served still gets its answer. */
  close(): Promise<void>;
}

/** The holder's side; call only while holding the lock (it replaces a stale socket file). */
export async function listenForHandover(options: HandoverListenerOptions): Promise<HandoverListener> {
  const socketPath = handoverSocketPath(options.stateDir);
  const log = options.logger.with({ component: 'handover' });
  let retiring: Promise<void> | undefined;
  const server = net.createServer((connection) => {
    readRequest(connection).then(async (successor) => {
      if (successor === options.instance || options.replaced.has(successor)) {
        log.warn('refusing to hand over to the instance this one replaced', { successor });
        connection.end(`${JSON.stringify({ refused: `instance ${options.instance} replaced ${successor}` })}\n`);
        return;
      }
      log.info('a new agent instance asks for the state directory; handing over', { successor });
      retiring ??= options.retire(successor);
      await retiring;
      connection.end(`${JSON.stringify({ released: true })}\n`);
    }).catch((error: unknown) => {
      log.warn('handover request failed', { error: errorMessage(error) });
      connection.destroy();
    });
  });
  // A socket file left by a holder that died is stale: we hold the lock now.
  await unlink(socketPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  return {
    // Not waiting for open connections: the one asking for the handover is answered only once
    // the agent, this listener included, has stopped.
    close: async () => {
      server.close();
    },
  };
}

function readRequest(connection: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    connection.setTimeout(REQUEST_TIMEOUT_MS, () => reject(new Error(`no request within ${REQUEST_TIMEOUT_MS} ms`)));
    connection.on('error', reject);
    connection.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.length > MAX_REQUEST_BYTES) return reject(new Error(`request longer than ${MAX_REQUEST_BYTES} bytes`));
      const newline = text.indexOf('\n');
      if (newline < 0) return;
      connection.setTimeout(0);
      try {
        const request = JSON.parse(text.slice(0, newline)) as { instance?: unknown };
        if (typeof request.instance !== 'string' || request.instance === '') throw new Error('no instance named');
        resolve(request.instance);
      } catch (error) {
        reject(new Error(`malformed request: ${errorMessage(error)}`));
      }
    });
  });
}

type Answer = 'released' | 'unreachable' | { refused: string };

/** Asks the holder once; resolves when it answered or the connection ended (holder gone). */
function ask(socketPath: string, instance: string): Promise<Answer> {
  return new Promise((resolve) => {
    const connection = net.createConnection(socketPath);
    let text = '';
    connection.on('connect', () => connection.write(`${JSON.stringify({ instance })}\n`));
    connection.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.length > MAX_REQUEST_BYTES) connection.destroy();
    });
    connection.on('error', () => undefined);
    connection.on('close', () => {
      try {
        const answer = JSON.parse(text) as { released?: unknown; refused?: unknown };
        if (answer.released === true) return resolve('released');
        if (typeof answer.refused === 'string') return resolve({ refused: answer.refused });
      } catch {
        // Empty or cut short: the holder is not listening, or died while we waited.
      }
      resolve('unreachable');
    });
  });
}

export interface TakeOverOptions {
  stateDir: string;
  instance: string;
  logger: Logger;
  /** Aborted when the instance is told to stop while it waits. */
  signal: AbortSignal;
}

/**
 * The new instance's side: returns the lock once the holder handed over (or died), with the id of
 * the instance that held it before. Waits as long as a live holder keeps it; throws
 * HandoverRefusedError when the holder says this is the instance it replaced.
 */
export async function takeOverStateDir(options: TakeOverOptions): Promise<{ lock: StateLock; previous: string | undefined }> {
  const { stateDir, instance, signal } = options;
  const log = options.logger.with({ component: 'handover' });
  const socketPath = handoverSocketPath(stateDir);
  for (let attempt = 0; ; attempt += 1) {
    signal.throwIfAborted();
    const holder = await StateLock.holder(stateDir);
    const lock = await StateLock.tryAcquire(stateDir, instance);
    if (lock) {
      log.info('took over the state directory', { previous: holder?.instance, previousPid: holder?.pid });
      return { lock, previous: holder?.instance };
    }
    log.info('state directory held by another agent instance; asking it to hand over', { holder: holder?.instance, holderPid: holder?.pid });
    const answer = await ask(socketPath, instance);
    if (typeof answer === 'object') throw new HandoverRefusedError(`the agent instance holding the state directory refused to hand over: ${answer.refused}`);
    if (answer === 'released') continue;
    const delayMs = Math.min(RETRY.maxDelayMs, RETRY.initialDelayMs * 2 ** Math.min(attempt, 10));
    // Rejects with the signal's reason (the timer's own error would only say "aborted").
    await sleep(delayMs, undefined, { signal }).catch(() => signal.throwIfAborted());
  }
}

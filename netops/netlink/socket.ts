/**
 * One netlink socket, bound for life to the network namespace it was opened in (the kernel ties
 * a socket to its creator's namespace). Requests are synchronous: rtnetlink does its work inside
 * sendmsg, so a reply is ready when the send returns and a round trip costs microseconds. The
 * one slow request, moving a link between namespaces (15-45 ms in the kernel), goes through
 * executeAsync on the thread pool so the event loop never waits for it.
 *
 * One request at a time per socket, as in vishvananda/netlink: whoever reads the socket takes
 * every reply and drops those with another sequence number, so two requests in flight lose one
 * reply. Asynchronous requests queue behind each other. A synchronous request while one is in
 * flight is refused with NetlinkSocketBusyError: it cannot wait without blocking the event loop
 * on a pool thread, and running it would interleave. (Callers use one socket per attach, so
 * this only turns a silent lost reply into a clear error.) close() while a request is in flight
 * closes the fd when it finishes, never under a pool thread that still uses it.
 */
import { native, type NativeTransport } from '../native/addon.ts';
import { NLM_F, NLMSG } from './constants.ts';
import { decoding, NetlinkError, NetlinkSocketBusyError } from './errors.ts';
import { decodeError, decodeMessages, encodeMessage, type NetlinkMessage } from './message.ts';

/** A dump interrupted by concurrent changes (NLM_F_DUMP_INTR) is retried this often. */
const DUMP_ATTEMPTS = 5;

/** The part of the native transport a socket uses; tests stand in a scripted kernel. */
export type SocketTransport = Pick<NativeTransport, 'openSocket' | 'closeSocket' | 'transact' | 'transactAsync'>;

/** Reads one reply message; runs inside the socket's `decoding` boundary, so RangeError is enough. */
export type MessageDecoder<T> = (message: NetlinkMessage) => T;

export class NetlinkSocket {
  readonly netnsPath: string | null;
  #fd: number;
  #closed = false;
  #seq: number;
  readonly #transport: SocketTransport;
  /** The asynchronous requests queued or in flight, in order, by operation. */
  readonly #pending: string[] = [];
  /** Settles when the last queued asynchronous request has. */
  #tail: Promise<void> = Promise.resolve();

  private constructor(fd: number, netnsPath: string | null, transport: SocketTransport) {
    this.#fd = fd;
    this.netnsPath = netnsPath;
    this.#transport = transport;
    // Distinct starting points keep replies of different sockets apart in captures.
    this.#seq = Math.floor(Math.random() * 0x7fffffff);
  }

  /** Opens a socket of the given netlink protocol inside netnsPath (null: this process's namespace). */
  static open(protocol: number, netnsPath: string | null, transport: SocketTransport = native): NetlinkSocket {
    try {
      return new NetlinkSocket(transport.openSocket(protocol, netnsPath, []), netnsPath, transport);
    } catch (error) {
      throw toNetlinkError(error, netnsPath ? `open netlink socket in ${netnsPath}` : 'open netlink socket');
    }
  }

  /** A request that changes state; waits for the kernel's ACK and throws its error. */
  execute(type: number, flags: number, body: Buffer, operation: string): void {
    this.#transact(type, flags | NLM_F.ACK, body, operation);
  }

  /** Same as execute, but the kernel's work runs on the thread pool (for netns moves); queued behind earlier ones. */
  async executeAsync(type: number, flags: number, body: Buffer, operation: string): Promise<void> {
    this.#checkOpen(operation);
    this.#pending.push(operation);
    const run = this.#tail.then(() => this.#executeNow(type, flags, body, operation)).finally(() => {
      this.#pending.shift();
      if (this.#closed && this.#pending.length === 0) this.#release();
    });
    this.#tail = run.catch(() => undefined); // the caller owns run's outcome; the queue only orders
    await run;
  }

  /** A GET for one object; returns its decoded reply messages. */
  query<T>(type: number, body: Buffer, operation: string, decode: MessageDecoder<T>): T[] {
    return decodeEach(this.#transact(type, 0, body, operation).messages, operation, decode);
  }

  /** A dump of every object of a kind, retried while the kernel reports it inconsistent. */
  dump<T>(type: number, body: Buffer, operation: string, decode: MessageDecoder<T>): T[] {
    for (let attempt = 1; ; attempt++) {
      const { messages, interrupted } = this.#transact(type, NLM_F.DUMP, body, operation);
      if (!interrupted) return decodeEach(messages, operation, decode);
      if (attempt === DUMP_ATTEMPTS) {
        throw new NetlinkError(11 /* EAGAIN */, operation, `dump interrupted by concurrent changes ${DUMP_ATTEMPTS} times`);
      }
    }
  }

  /** Closes now, or when the asynchronous requests in flight have finished. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#pending.length === 0) this.#release();
  }

  async #executeNow(type: number, flags: number, body: Buffer, operation: string): Promise<void> {
    const seq = this.#nextSeq();
    let reply: Buffer;
    try {
      reply = await this.#transport.transactAsync(this.#fd, encodeMessage(type, flags | NLM_F.REQUEST | NLM_F.ACK, seq, body), seq);
    } catch (error) {
      throw toNetlinkError(error, operation);
    }
    collect(reply, operation);
  }

  #transact(type: number, flags: number, body: Buffer, operation: string): { messages: NetlinkMessage[]; interrupted: boolean } {
    this.#checkOpen(operation);
    if (this.#pending.length > 0) throw new NetlinkSocketBusyError(operation, this.#pending[0]!);
    const seq = this.#nextSeq();
    let reply: Buffer;
    try {
      reply = this.#transport.transact(this.#fd, encodeMessage(type, flags | NLM_F.REQUEST, seq, body), seq);
    } catch (error) {
      throw toNetlinkError(error, operation);
    }
    return collect(reply, operation);
  }

  #checkOpen(operation: string): void {
    if (this.#closed) throw new Error(`${operation}: netlink socket is closed`);
  }

  #release(): void {
    this.#transport.closeSocket(this.#fd);
    this.#fd = -1;
  }

  #nextSeq(): number {
    this.#seq = (this.#seq + 1) >>> 0 || 1;
    return this.#seq;
  }
}

function decodeEach<T>(messages: NetlinkMessage[], operation: string, decode: MessageDecoder<T>): T[] {
  return decoding(operation, () => messages.map(decode));
}

/** Data messages of a reply; throws the kernel's error if it sent one. */
function collect(reply: Buffer, operation: string): { messages: NetlinkMessage[]; interrupted: boolean } {
  const messages: NetlinkMessage[] = [];
  let interrupted = false;
  for (const message of decoding(operation, () => decodeMessages(reply))) {
    if (message.flags & NLM_F.DUMP_INTR) interrupted = true;
    if (message.type === NLMSG.ERROR) {
      const error = decoding(operation, () => decodeError(message, operation));
      if (error) throw error;
      continue;
    }
    if (message.type === NLMSG.DONE) {
      // A dump that failed part-way ends with a negative errno in its DONE message.
      const status = message.payload.length >= 4 ? message.payload.readInt32LE(0) : 0;
      if (status < 0) throw new NetlinkError(-status, operation);
      continue;
    }
    messages.push(message);
  }
  return { messages, interrupted };
}

function toNetlinkError(error: unknown, operation: string): NetlinkError {
  const errno = (error as { errno?: number }).errno;
  if (typeof errno === 'number') return new NetlinkError(errno, operation);
  throw error;
}

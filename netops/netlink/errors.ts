/**
 * A request the kernel refused. Carries the errno both as number and name (what scripts and
 * people grep for) and the kernel's extended-ACK text, which is usually the real reason
 * ("Nexthop has invalid gateway" says far more than EINVAL).
 */
import { constants } from 'node:os';

// Some numbers have two names (EAGAIN/EWOULDBLOCK, EDEADLK/EDEADLOCK): keep the first, the usual one.
const errnoNames = new Map<number, string>();
for (const [name, value] of Object.entries(constants.errno)) if (!errnoNames.has(value)) errnoNames.set(value, name);

function errnoName(errno: number): string {
  return errnoNames.get(errno) ?? `E${errno}`;
}

export class NetlinkError extends Error {
  /** Positive errno, e.g. 17. */
  readonly errno: number;
  /** e.g. "EEXIST". */
  readonly code: string;
  /** The kernel's extended-ACK message, when it sent one. */
  readonly kernelMessage: string | undefined;
  /** What we were doing, e.g. "add address 10.0.0.2/24 to net1". */
  readonly operation: string;

  constructor(errno: number, operation: string, kernelMessage?: string) {
    const name = errnoName(errno);
    super(`${operation}: ${kernelMessage ? `${kernelMessage} (${name})` : name}`);
    this.name = 'NetlinkError';
    this.errno = errno;
    this.code = name;
    this.kernelMessage = kernelMessage;
    this.operation = operation;
  }
}

const EBADMSG = constants.errno.EBADMSG;

/**
 * Data from the kernel (or whoever sent it) that does not fit its layout: a message, attribute or
 * family header cut short, a fixed-size attribute of the wrong size. Typed like a kernel refusal
 * (a NetlinkError, EBADMSG) and named after the operation, so callers handle one error type.
 */
export class NetlinkDecodeError extends NetlinkError {
  /** What did not fit, e.g. "attribute at byte 20 claims 12 bytes, 8 remain". */
  readonly detail: string;

  constructor(operation: string, detail: string) {
    super(EBADMSG, operation);
    this.name = 'NetlinkDecodeError';
    this.detail = detail;
    this.message = `${operation}: unreadable netlink data: ${detail} (EBADMSG)`;
  }
}

/**
 * Runs a decoder over received bytes. The decoders throw RangeError when data is shorter than its
 * layout (ours say where; Buffer's own reads say which offset): here it becomes a
 * NetlinkDecodeError naming the operation. Every decode of received bytes goes through this.
 */
export function decoding<T>(operation: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    // By name: Buffer's own RangeErrors come from Node's realm, which need not be the caller's.
    if (typeof error === 'object' && error !== null && (error as Error).name === 'RangeError') throw new NetlinkDecodeError(operation, (error as Error).message);
    throw error;
  }
}

/**
 * A request refused before it reached the kernel: the socket has an asynchronous request in flight,
 * and a socket carries one request at a time (replies are told apart by sequence number only
 * within one reader: a second reader on the same socket would consume and drop the other's reply).
 */
export class NetlinkSocketBusyError extends Error {
  readonly operation: string;
  /** The request in flight. */
  readonly inFlight: string;

  constructor(operation: string, inFlight: string) {
    super(`${operation}: refused, the netlink socket is busy with "${inFlight}" (one request at a time per socket)`);
    this.name = 'NetlinkSocketBusyError';
    this.operation = operation;
    this.inFlight = inFlight;
  }
}

/**
 * A NetlinkError, with the given errno name if one is given. Matched by number where the name is
 * known: Linux gives some numbers two names and `code` carries only the first (95 is ENOTSUP
 * there, EOPNOTSUPP in the kernel), so either spelling must match.
 */
export function isNetlinkError(error: unknown, code?: string): error is NetlinkError {
  if (!(error instanceof NetlinkError)) return false;
  if (code === undefined || error.code === code) return true;
  const errno = (constants.errno as Readonly<Record<string, number | undefined>>)[code];
  return errno !== undefined && error.errno === errno;
}

/**
 * "Operation not supported" (errno 95, EOPNOTSUPP to the kernel, ENOTSUP first in Node's table):
 * a driver or device without the feature. The one way netops asks for it.
 */
export function isNotSupported(error: unknown): error is NetlinkError {
  return error instanceof NetlinkError && error.errno === constants.errno.EOPNOTSUPP;
}

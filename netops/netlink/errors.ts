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

export function isNetlinkError(error: unknown, code?: string): error is NetlinkError {
  return error instanceof NetlinkError && (code === undefined || error.code === code);
}

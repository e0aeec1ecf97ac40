/**
 * ttrpc reports failures as google.rpc.Status codes (the gRPC code space). A TtrpcError carries
 * one, so callers branch on `error.code` instead of parsing messages, and a server handler can
 * throw one to choose the status the peer sees.
 */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
} as const;

export type CodeName = keyof typeof Code;
export type StatusCode = (typeof Code)[CodeName];

const codeNames = new Map<number, string>(Object.entries(Code).map(([name, value]) => [value, name]));

export function codeName(code: number): string {
  return codeNames.get(code) ?? `CODE_${code}`;
}

export class TtrpcError extends Error {
  readonly code: number;

  constructor(code: number, message: string) {
    super(`${codeName(code)}: ${message}`);
    this.name = 'TtrpcError';
    this.code = code;
  }

  /** The status text without the code prefix, as it goes on the wire. */
  get detail(): string {
    return this.message.slice(codeName(this.code).length + 2);
  }
}

/** The peer broke the ttrpc framing rules; the connection cannot be trusted and is closed. */
export class TtrpcProtocolError extends Error {
  constructor(message: string) {
    super(`ttrpc: ${message}`);
    this.name = 'TtrpcProtocolError';
  }
}

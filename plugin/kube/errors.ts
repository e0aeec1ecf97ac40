/**
 * Reading API failures: a `KubeApiError` carries the HTTP code and the server's Status body; a
 * refused or reset connection is the socket error itself ("connect ECONNREFUSED ..."), and an
 * aborted request is an `AbortError` or, from a timeout signal, a `TimeoutError`. Callers branch
 * on these instead of parsing messages.
 */
import { errorMessage } from '../errors.ts';

/** The API server answered with a non-2xx code; `body` is its answer (a Status object when it parses). */
export class KubeApiError extends Error {
  override name = 'KubeApiError';
  readonly code: number;
  readonly body: unknown;

  constructor(code: number, body: string) {
    let parsed: unknown = body;
    try {
      parsed = JSON.parse(body);
    } catch {
      // Not a Status (a proxy's HTML page, say): kept as text.
    }
    const message = (parsed as { message?: unknown } | null)?.message;
    super(`HTTP ${code}${typeof message === 'string' ? `: ${message.slice(0, 500)}` : ''}`);
    this.code = code;
    this.body = parsed;
  }
}

/**
 * An answer with an error code: ours, or client-node's `ApiException` of the same shape (tests
 * and tools still use client-node; its body may be the Status as text).
 */
function answered(error: unknown): { code: number; body: unknown } | undefined {
  if (error instanceof KubeApiError) return error;
  const { code, body } = (error ?? {}) as { code?: unknown; body?: unknown };
  return typeof code === 'number' && body !== undefined ? { code, body } : undefined;
}

/** HTTP status of an API error, or undefined when the server never answered. */
export function httpStatusOf(error: unknown): number | undefined {
  return answered(error)?.code;
}

/** The Status.reason the server gave ("NotFound", "AlreadyExists", "Conflict", ...). */
export function statusReasonOf(error: unknown): string | undefined {
  let body = answered(error)?.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  const reason = (body as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

export const isNotFound = (error: unknown): boolean => httpStatusOf(error) === 404;
export const isConflict = (error: unknown): boolean => httpStatusOf(error) === 409 && statusReasonOf(error) !== 'AlreadyExists';
export const isAlreadyExists = (error: unknown): boolean => httpStatusOf(error) === 409 && statusReasonOf(error) === 'AlreadyExists';

/**
 * Worth retrying: no answer at all (connection refused/reset, timeout), throttling, server
 * errors. 4xx other than 429 will fail the same way again.
 */
export function isTransient(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === undefined || status === 429 || status >= 500;
}

/** The request was aborted by its signal (the caller's deadline), not failed by the server. */
export function isAborted(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

/** An API error as its status code and reason (the message would quote the server); anything else as its message. */
export function apiErrorMessage(error: unknown): string {
  const status = httpStatusOf(error);
  if (status !== undefined) return `HTTP ${status}${statusReasonOf(error) ? ' ' + statusReasonOf(error) : ''}`;
  return errorMessage(error);
}

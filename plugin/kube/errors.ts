/**
 * Reading API failures out of client-node's errors: an `ApiException` carries the HTTP code and
 * the server's Status body; a refused or reset connection is a fetch error ("fetch failed") whose
 * `cause` holds the socket error (client-node 2.x), and an aborted request is an `AbortError` or,
 * from a timeout signal, a `TimeoutError`. Callers branch on these instead of parsing messages.
 */
import { errorMessage } from '../errors.ts';
import { ApiException } from '@kubernetes/client-node';

/** HTTP status of an API error, or undefined when the server never answered. */
export function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof ApiException) return error.code;
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

/** The Status.reason the server gave ("NotFound", "AlreadyExists", "Conflict", ...). */
export function statusReasonOf(error: unknown): string | undefined {
  if (!(error instanceof ApiException)) return undefined;
  let body: unknown = error.body;
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

/**
 * An API error as its status (the exception's own message carries the whole response body); a
 * connection failure as the socket error under fetch's generic "fetch failed".
 */
export function apiErrorMessage(error: unknown): string {
  if (error instanceof ApiException) return `HTTP ${error.code}${statusReasonOf(error) ? ' ' + statusReasonOf(error) : ''}`;
  // Duck-typed: fetch's errors come from Node's own realm, not the caller's `Error`.
  const cause = (error as { cause?: { message?: unknown } } | null)?.cause;
  return typeof cause?.message === 'string' ? `${errorMessage(error)}: ${cause.message}` : errorMessage(error);
}

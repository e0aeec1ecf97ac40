/**
 * Reading API failures out of client-node's errors: an `ApiException` carries the HTTP code and
 * the server's Status body; a refused or reset connection is a plain fetch error without a code.
 * Callers branch on these instead of parsing messages.
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

/** An API error as its status (the exception's own message carries the whole response body). */
export function apiErrorMessage(error: unknown): string {
  if (error instanceof ApiException) return `HTTP ${error.code}${statusReasonOf(error) ? ' ' + statusReasonOf(error) : ''}`;
  return errorMessage(error);
}

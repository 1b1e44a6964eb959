import type { ZendeskError } from '../types.ts';

/** What a route produces; turned into a Response at the edge so rules stay free of fetch types. */
export interface Answer {
  status: number;
  /** Serialized as JSON. */
  json?: unknown;
  /** Sent as is, for answers that are not JSON (or not valid JSON). */
  text?: string;
  headers?: Record<string, string>;
}

export type ErrorDetails = NonNullable<ZendeskError['details']>;

export const ok = (json: unknown): Answer => ({ status: 200, json });
export const created = (json: unknown): Answer => ({ status: 201, json });
export const noContent = (): Answer => ({ status: 204 });

export const notFound = (): Answer => ({
  status: 404,
  json: { error: 'RecordNotFound', description: 'Not found' },
});

export const invalidEndpoint = (): Answer => ({
  status: 404,
  json: { error: 'InvalidEndpoint', description: 'Not found' },
});

export const forbidden = (
  description = 'You do not have access to this page. Please contact the account owner of this help desk for further help.',
): Answer => ({ status: 403, json: { error: 'Forbidden', description } });

export const recordInvalid = (details: ErrorDetails): Answer => ({
  status: 422,
  json: { error: 'RecordInvalid', description: 'Record validation errors', details },
});

/** A 422 whose reason concerns the record as a whole rather than one field. */
export const invalidBase = (description: string, error = 'InvalidValue'): Answer =>
  recordInvalid({ base: [{ description, error }] });

export const badRequest = (error: string, description: string): Answer => ({
  status: 400,
  json: { error, description },
});

/**
 * The per-user update limit's refusal (Users API, "Update User" → Limits: "you will get a 429 Too
 * Many Requests"): a plain-text body, not Zendesk's JSON error. Retry-After is sent as the docs
 * advise obeying it; a fault can take it away, as clients must cope with its absence.
 */
export const userUpdateLimited = (retryAfterSeconds: number, headers: Record<string, string> = {}): Answer => ({
  status: 429,
  headers: { ...headers, 'Retry-After': String(retryAfterSeconds), 'Content-Type': 'text/plain; charset=utf-8' },
  text: 'Too Many Requests',
});

/** Zendesk's body for a status the fault injector is asked to produce. */
export function errorBodyFor(status: number): ZendeskError {
  switch (status) {
    case 400:
      return { error: 'InvalidValue', description: 'Bad request' };
    case 401:
      return { error: "Couldn't authenticate you" };
    case 403:
      return { error: 'Forbidden', description: 'You do not have access to this page.' };
    case 404:
      return { error: 'RecordNotFound', description: 'Not found' };
    case 409:
      return { error: 'Conflict', description: 'The record was changed by another request. Try again.' };
    case 422:
      return { error: 'RecordInvalid', description: 'Record validation errors', details: {} };
    case 429:
      return { error: 'TooManyRequests', description: 'Rate limit exceeded.' };
    case 503:
      return { error: 'ServiceUnavailable', description: 'The service is temporarily unavailable.' };
    default:
      return status >= 500
        ? { error: 'InternalServerError', description: 'Something went wrong on our side.' }
        : { error: 'InvalidValue', description: `Request failed with status ${status}` };
  }
}

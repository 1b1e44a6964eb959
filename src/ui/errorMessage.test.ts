import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/index.ts';
import type { ApiErrorInit } from '../api/error.ts';
import { errorMessage } from './errorMessage.ts';

const error = (init: Partial<ApiErrorInit>) =>
  new ApiError({ kind: 'http', status: 500, method: 'PUT', path: '/api/v2/users/1', ...init });

describe('errorMessage', () => {
  it('says when to retry after a 429', () => {
    expect(errorMessage(error({ status: 429, retryAfterMs: 42_000 }))).toBe('Zendesk is limiting requests. Try again in 42 seconds.');
    expect(errorMessage(error({ status: 429, retryAfterMs: 400 }))).toBe('Zendesk is limiting requests. Try again in 1 second.');
  });

  it('says "a minute" when a 429 names no wait, as the per-user update limit may', () => {
    expect(errorMessage(error({ status: 429 }))).toBe('Zendesk is limiting requests. Try again in a minute.');
  });

  it('says a write that Zendesk answered with a 5xx may or may not have been made', () => {
    for (const status of [500, 502, 503]) {
      expect(errorMessage(error({ status, method: 'PUT' })))
        .toBe(`Zendesk reported an error (${status}). The change may or may not have been made: check before trying again.`);
    }
    expect(errorMessage(error({ status: 500, method: 'DELETE' }))).toMatch(/may or may not have been made/);
    // No answer at all is a different sentence: nothing came back.
    expect(errorMessage(error({ kind: 'timeout', status: 0, method: 'PUT' }))).not.toMatch(/reported an error/);
  });

  it('shows the first field error Zendesk gave for a 422', () => {
    const details = { value: [{ description: 'Value: is already being used by another user', error: 'DuplicateValue' }] };
    expect(errorMessage(error({ status: 422, details, description: 'Record validation errors' })))
      .toBe('Zendesk refused the change: \u2068Value: is already being used by another user\u2069');
  });

  it('falls back to the description when a 422 has no details', () => {
    expect(errorMessage(error({ status: 422, description: 'Only end users can be merged' })))
      .toBe('Zendesk refused the change: \u2068Only end users can be merged\u2069');
  });

  it("says a 403 in Zendesk's words, never as a verdict on the agent's role", () => {
    expect(errorMessage(error({ status: 403 }))).toBe('Zendesk refused the change.');
    expect(errorMessage(error({ status: 403, method: 'GET' }))).toBe("You don't have permission to do this in Zendesk.");
    expect(errorMessage(error({ status: 403, description: 'Shared users cannot be updated' })))
      .toBe('Zendesk refused the change: \u2068Shared users cannot be updated\u2069');
  });

  it('says a change held back for the per-user limit was not sent, with the seconds left', () => {
    expect(errorMessage(error({ kind: 'held', status: 0, method: 'PUT', retryAfterMs: 41_200 })))
      .toBe("Not sent: Zendesk allows only a few changes a minute to one user, and this user's are used up. Try again in 42 seconds.");
  });

  it('names absence, outages and transport failures plainly', () => {
    expect(errorMessage(error({ status: 404 }))).toMatch(/could not find/);
    expect(errorMessage(error({ status: 502, method: 'GET' }))).toBe('Zendesk had a problem answering (502). Try again.');
    expect(errorMessage(error({ status: 503, method: 'GET' }))).toMatch(/temporarily unavailable/);
    expect(errorMessage(error({ kind: 'network', status: 0 }))).toMatch(/Could not reach Zendesk/);
    expect(errorMessage(error({ kind: 'timeout', status: 0 }))).toMatch(/did not answer in time/);
    expect(errorMessage(error({ kind: 'malformed', status: 200 }))).toMatch(/could not read/);
  });

  it('still answers something readable for an unexpected throw', () => {
    expect(errorMessage(new TypeError('x'))).toBe('Something went wrong (?). Try again.');
  });
});

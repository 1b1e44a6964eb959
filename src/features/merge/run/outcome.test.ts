import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/index.ts';
import type { ApiErrorKind } from '../../../api/index.ts';
import { mayHaveMerged, mergeErrorMessage, whoIsGone } from './outcome.ts';

function failure(kind: ApiErrorKind, status: number): ApiError {
  return new ApiError({ kind, status, method: 'PUT', path: '/api/v2/users/1/merge.json' });
}

describe('whoIsGone', () => {
  it('names the kept user first when it is missing', () => {
    expect(whoIsGone([1], 1, 2)).toBe('target');
    expect(whoIsGone([], 1, 2)).toBe('target');
  });

  it('names the requester when only the kept user remains', () => {
    expect(whoIsGone([2], 1, 2)).toBe('requester');
  });

  it('cannot tell when both still exist', () => {
    expect(whoIsGone([2, 1], 1, 2)).toBe('unknown');
  });
});

describe('mayHaveMerged', () => {
  it('is unsure when the answer was lost or unreadable', () => {
    expect(mayHaveMerged(failure('network', 0))).toBe(true);
    expect(mayHaveMerged(failure('timeout', 0))).toBe(true);
    expect(mayHaveMerged(failure('malformed', 200))).toBe(true);
    expect(mayHaveMerged(failure('http', 504))).toBe(true);
    expect(mayHaveMerged(new Error('unexpected'))).toBe(true);
  });

  it('knows nothing changed when Zendesk refused', () => {
    for (const status of [400, 403, 404, 422, 429]) expect(mayHaveMerged(failure('http', status))).toBe(false);
  });

  it('knows nothing changed when the merge never left (its code could not be downloaded)', () => {
    expect(mayHaveMerged(failure('unsent', 0))).toBe(false);
    expect(mergeErrorMessage(failure('unsent', 0))).toBe('Part of the app could not be loaded, so nothing was sent to Zendesk. Check your connection and try again.');
  });
});

describe('mergeErrorMessage', () => {
  it("passes Zendesk's refusal on in plain words", () => {
    const refusal = new ApiError({
      kind: 'http', status: 422, method: 'PUT', path: '/api/v2/users/1/merge.json',
      details: { base: [{ description: 'A user cannot be merged into itself.', error: 'InvalidValue' }] },
    });
    expect(mergeErrorMessage(refusal)).toBe('Zendesk refused the change: \u2068A user cannot be merged into itself.\u2069');
    expect(mergeErrorMessage(failure('http', 403))).toBe('Zendesk refused the change.');
  });

  it('never says a merge failed when it may have happened', () => {
    expect(mergeErrorMessage(failure('timeout', 0))).toMatch(/may or may not have happened/);
  });
});

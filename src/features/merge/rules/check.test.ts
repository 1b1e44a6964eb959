import { describe, expect, it } from 'vitest';
import type { RelatedCounts, UserProfile } from '../../../api/index.ts';
import type { Load } from '../../../ui/load.ts';
import { counts as count, profile, user } from '../shared/fixtures.ts';
import { checkMerge } from './check.ts';

const counts: Load<RelatedCounts> = { status: 'ready', data: count(1) };
const ready = (id: number): Load<UserProfile> => ({ status: 'ready', data: profile(user(id)) });
const loading = { status: 'loading' } as const;
const failed = { status: 'error', error: new Error('down') } as const;

describe('checkMerge', () => {
  it('keeps checking while any read is under way', () => {
    expect(checkMerge({ profile: ready(1), counts }, { profile: loading, counts })).toEqual({ status: 'checking' });
    expect(checkMerge({ profile: ready(1), counts: loading }, { profile: ready(2), counts })).toEqual({ status: 'checking' });
    expect(checkMerge({ profile: ready(1), counts }, { profile: ready(2), counts: loading })).toEqual({ status: 'checking' });
  });

  it('cannot check a user that could not be read, on either side', () => {
    expect(checkMerge({ profile: ready(1), counts: loading }, { profile: failed, counts })).toEqual({ status: 'unreadable' });
    expect(checkMerge({ profile: failed, counts }, { profile: ready(1), counts })).toEqual({ status: 'unreadable' });
  });

  it('decides once everything settled, failed counts included', () => {
    expect(checkMerge({ profile: ready(1), counts }, { profile: ready(2), counts })).toEqual({
      status: 'done', eligibility: { eligible: true }, warnings: [],
    });
    expect(checkMerge({ profile: ready(1), counts: failed }, { profile: ready(2), counts })).toEqual({
      status: 'done', eligibility: { eligible: false, reason: 'counts-unknown' }, warnings: [],
    });
  });

  it('checks the direction it is given: the ticket limit applies to the user merged away', () => {
    const many: Load<RelatedCounts> = { status: 'ready', data: count(10_001) };
    const away = checkMerge({ profile: ready(1), counts: many }, { profile: ready(2), counts });
    const kept = checkMerge({ profile: ready(2), counts }, { profile: ready(1), counts: many });
    expect(away).toMatchObject({ eligibility: { eligible: false, reason: 'too-many-tickets' } });
    expect(kept).toMatchObject({ eligibility: { eligible: true }, warnings: ['kept-too-many-tickets'] });
  });
});

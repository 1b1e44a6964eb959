import { describe, expect, it } from 'vitest';
import type { RelatedCounts, User, UserProfile } from '../../../api/index.ts';
import type { Load } from '../../../ui/load.ts';
import { checkMerge } from './check.ts';

function user(id: number): User {
  return {
    id, name: `User ${id}`, email: null, phone: null, role: 'end-user', roleType: null, organizationId: null,
    organizationName: null, suspended: false, active: true, shared: false, notes: '', photoUrl: null,
  };
}

const counts: Load<RelatedCounts> = { status: 'ready', data: { requested: 1, assigned: 0, ccd: 0, organizationSubscriptions: 0 } };
const target: Load<UserProfile> = { status: 'ready', data: { user: user(2), identities: [] } };
const loading = { status: 'loading' } as const;
const failed = { status: 'error', error: new Error('down') } as const;

describe('checkMerge', () => {
  it('keeps checking while any read is under way', () => {
    expect(checkMerge(user(1), { target: loading, requesterCounts: counts, targetCounts: counts })).toEqual({ status: 'checking' });
    expect(checkMerge(user(1), { target, requesterCounts: loading, targetCounts: counts })).toEqual({ status: 'checking' });
    expect(checkMerge(user(1), { target, requesterCounts: counts, targetCounts: loading })).toEqual({ status: 'checking' });
  });

  it('cannot check a target that could not be read', () => {
    expect(checkMerge(user(1), { target: failed, requesterCounts: loading, targetCounts: counts })).toEqual({ status: 'unreadable' });
  });

  it('decides once everything settled, failed counts included', () => {
    expect(checkMerge(user(1), { target, requesterCounts: counts, targetCounts: counts })).toEqual({
      status: 'done',
      eligibility: { eligible: true },
    });
    expect(checkMerge(user(1), { target, requesterCounts: failed, targetCounts: counts })).toEqual({
      status: 'done',
      eligibility: { eligible: false, reason: 'counts-unknown' },
    });
  });
});

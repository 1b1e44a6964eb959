import { describe, expect, it } from 'vitest';
import { readsBeforeCounts, schedule, startupReads } from './schedule.ts';

const requester = { requesterId: 5 };

describe('the schedule', () => {
  it('sends at most three reads before the counts paint while the role is not known: user, related, role', () => {
    const steps = schedule({ ...requester, roleKnown: false, hostRole: 'agent' });
    expect(readsBeforeCounts(steps)).toBe(3);
    expect(startupReads({ ...requester, roleKnown: false, hostRole: 'agent' })).toEqual([
      '/api/v2/users/5.json?include=identities%2Corganizations',
      '/api/v2/users/5/related.json',
      '/api/v2/users/me.json',
    ]);
  });

  it('sends two once the role is cached for the session', () => {
    const facts = { ...requester, roleKnown: true, hostRole: 'agent' };
    expect(readsBeforeCounts(schedule(facts))).toBe(2);
    expect(startupReads(facts)).not.toContain('/api/v2/users/me.json');
  });

  it('reads the custom roles, not /users/me, when ZAF names a custom role', () => {
    expect(startupReads({ ...requester, roleKnown: false, hostRole: 'Profile editor' })).toContain('/api/v2/custom_roles.json');
  });

  it('sends nothing before the counts when there is no requester, the role included', () => {
    expect(readsBeforeCounts(schedule({ requesterId: null, roleKnown: false, hostRole: 'admin' }))).toBe(0);
  });

  it('starts the actions chunk with the page, beside the view, not after the counts paint', () => {
    const chunks = schedule({ ...requester, roleKnown: false, hostRole: 'agent' }).filter((step) => step.kind === 'chunk' && step.moment === 'page');
    expect(chunks.map((step) => step.what.split(':')[0])).toEqual(['view', 'actions']);
  });
});

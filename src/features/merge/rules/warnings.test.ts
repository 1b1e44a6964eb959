import { describe, expect, it } from 'vitest';
import { counts, identity, user } from '../shared/fixtures.ts';
import { mergeWarnings } from './warnings.ts';

describe('mergeWarnings', () => {
  it('says nothing when no rule the app cannot check applies', () => {
    expect(mergeWarnings({ merging: user(1), kept: user(2), keptIdentities: [], keptCounts: counts(3) })).toEqual([]);
  });

  it('warns about single sign-on when either user has an external ID, without blocking', () => {
    expect(mergeWarnings({ merging: user(1, { externalId: 'crm-1' }), kept: user(2), keptIdentities: [], keptCounts: counts(3) }))
      .toEqual(['single-sign-on']);
    expect(mergeWarnings({ merging: user(1), kept: user(2, { externalId: 'crm-2' }), keptIdentities: [], keptCounts: null }))
      .toEqual(['single-sign-on']);
  });

  it('warns when the kept user is over the ticket limit or unverified without an email or X identity', () => {
    const kept = user(2, { verified: false });
    expect(mergeWarnings({ merging: user(1), kept, keptIdentities: [identity(1, 'phone_number', '+1555')], keptCounts: counts(10_001) }))
      .toEqual(['kept-too-many-tickets', 'kept-unverified']);
    expect(mergeWarnings({ merging: user(1), kept, keptIdentities: [identity(1, 'twitter', 'x')], keptCounts: counts(10_000) })).toEqual([]);
  });

  it('warns before merging away a messaging user: the conversation may be lost to them, and replies are not documented', () => {
    const visitor = [identity(1, 'messaging', '5a1c7e0b')];
    expect(mergeWarnings({ merging: user(1), mergingIdentities: visitor, kept: user(2), keptIdentities: [], keptCounts: counts(3) })).toEqual(['messaging-conversation']);
    expect(mergeWarnings({ merging: user(2), mergingIdentities: [], kept: user(1), keptIdentities: visitor, keptCounts: counts(3) })).toEqual([]);
  });
});

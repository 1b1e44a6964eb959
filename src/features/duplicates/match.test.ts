import { describe, expect, it } from 'vitest';
import { profile, user } from './fixtures.ts';
import { requesterKeys } from './keys.ts';
import { findDuplicates, reasonsFor } from './match.ts';
import { notTheRequesters } from './written.ts';

const zoe = profile(user({ id: 1, name: 'Zoë Lindqvist', email: 'Zoe.Lindqvist@gmail.com', phone: '+15550142233' }), [
  ['email', 'Zoe.Lindqvist@gmail.com', true],
  ['phone_number', '+15550142233', true],
  ['email', 'zoe@lindqvist-design.example'],
]);
const keys = requesterKeys(zoe);

describe('requesterKeys', () => {
  it('normalizes every email and phone, the primary ones first', () => {
    expect(keys.emails).toEqual(['Zoe.Lindqvist@gmail.com', 'zoe@lindqvist-design.example']);
    expect([...keys.normalizedEmails]).toEqual(['zoelindqvist@gmail.com', 'zoe@lindqvist-design.example']);
    expect(keys.phones).toEqual(['+15550142233']);
    expect(keys.foldedName).toBe('zoe lindqvist');
  });

  it("takes the country code for national numbers from the requester's own international number", () => {
    const swede = requesterKeys(profile(user({ id: 2, name: 'Åsa', phone: '+46 8 123 456 78' }), [['phone_number', '08-123 456 79']]));
    expect(swede.countryCode).toBe('46');
    expect(swede.phones).toEqual(['+46812345678', '+46812345679']);
    expect(requesterKeys(profile(user({ id: 3, name: 'Dana', phone: '(555) 010-0123' }))).countryCode).toBe('1');
  });

  it('counts Google and Microsoft sign-ins as emails', () => {
    const dana = requesterKeys(profile(user({ id: 4, name: 'Dana' }), [['google', 'dana.whitfield@gmail.com'], ['twitter', 'dana']]));
    expect(dana.emails).toEqual(['dana.whitfield@gmail.com']);
  });
});

describe('reasonsFor', () => {
  it('finds the same mailbox behind Gmail dots and a +tag', () => {
    expect(reasonsFor(keys, user({ id: 9, email: 'zoelindqvist+shop@googlemail.com' }))).toEqual([
      { kind: 'email', theirs: 'zoelindqvist+shop@googlemail.com', requesters: 'Zoe.Lindqvist@gmail.com', rules: ['case', 'tag', 'dots', 'googlemail'] },
    ]);
  });

  it('matches a secondary email of the requester too', () => {
    expect(reasonsFor(keys, user({ id: 9, email: 'ZOE+x@Lindqvist-Design.example' }))).toEqual([
      { kind: 'email', theirs: 'ZOE+x@Lindqvist-Design.example', requesters: 'zoe@lindqvist-design.example', rules: ['case', 'tag'] },
    ]);
  });

  it('finds the same phone in other punctuation, and says when it added the country code', () => {
    expect(reasonsFor(keys, user({ id: 9, phone: '+1.555.014.2233' }))).toEqual([
      { kind: 'phone', theirs: '+1.555.014.2233', requesters: '+15550142233', international: '+1 555 014 2233', assumedCountryCode: null },
    ]);
    expect(reasonsFor(keys, user({ id: 9, phone: '(555) 014-2233 ext. 12' }))).toEqual([
      { kind: 'phone', theirs: '(555) 014-2233 ext. 12', requesters: '+15550142233', international: '+1 555 014 2233', assumedCountryCode: '1' },
    ]);
  });

  it('finds the same name whatever its case and accents', () => {
    expect(reasonsFor(keys, user({ id: 9, name: 'ZOE  LINDQVIST' }))).toEqual([{ kind: 'name' }]);
  });

  it('gives no reason for someone who only looks alike', () => {
    expect(reasonsFor(keys, user({ id: 9, name: 'Zoey Lindholm', email: 'zoey.lindholm@example.net', phone: '+15550199876' }))).toEqual([]);
  });

  it('never matches on an empty name', () => {
    const nameless = requesterKeys(profile(user({ id: 5, name: '  ' })));
    expect(reasonsFor(nameless, user({ id: 9, name: '' }))).toEqual([]);
  });
});

describe('findDuplicates', () => {
  it('leaves out the requester, users found twice and look-alikes, and ranks the rest', () => {
    const shop = user({ id: 12, name: 'Zoe Lindqvist', email: 'zoelindqvist+shop@gmail.com', phone: '(555) 014-2233' });
    const studio = user({ id: 13, name: 'ZOE LINDQVIST', email: 'studio@example.com', phone: '+1.555.014.2233' });
    const lookalike = user({ id: 14, name: 'Zoey Lindholm', email: 'zoey.lindholm@example.net' });
    const found = findDuplicates(keys, [zoe.user, lookalike, studio, shop, studio]);
    expect(found.map((duplicate) => duplicate.user.id)).toEqual([12, 13]);
    expect(found[0]?.reasons.map((reason) => reason.kind)).toEqual(['email', 'phone', 'name']);
    expect(found[1]?.reasons.map((reason) => reason.kind)).toEqual(['phone', 'name']);
  });
});

describe('findDuplicates with what the requester wrote', () => {
  const visitor = requesterKeys(profile(user({ id: 20, name: 'Web User 5a1c' }), [['messaging', 'a5c1']]));
  const written = { emails: new Map([['ines.moreau@example.com', 'Ines.Moreau+orders@example.com']]), phones: new Map([['+442079460018', '+44 20 7946 0018']]) };

  it('lists a user whose email or phone the requester wrote, quoting it as written', () => {
    const ines = user({ id: 21, name: 'Ines Moreau', email: 'ines.moreau@example.com', phone: '+442079460018' });
    expect(findDuplicates(visitor, [ines], written)[0]?.reasons).toEqual([
      { kind: 'wrote-email', theirs: 'ines.moreau@example.com', written: 'Ines.Moreau+orders@example.com', rules: ['case', 'tag'] },
      { kind: 'wrote-phone', theirs: '+442079460018', written: '+44 20 7946 0018', international: '+44 20 7946 0018', assumedCountryCode: null },
    ]);
  });

  it('leaves out users who share nothing with what was written', () => {
    expect(findDuplicates(visitor, [user({ id: 22, name: 'Ines M.', email: 'ines.m@oldshop.example' })], written)).toEqual([]);
  });
});

describe('notTheRequesters', () => {
  it("drops the requester's own addresses and numbers from what they wrote", () => {
    const own = notTheRequesters({ emails: new Map([['zoelindqvist@gmail.com', 'zoe.lindqvist@gmail.com'], ['a@b.example', 'a@b.example']]), phones: new Map([['+15550142233', '555 014 2233']]) }, keys);
    expect([...own.emails.keys()]).toEqual(['a@b.example']);
    expect(own.phones.size).toBe(0);
  });
});

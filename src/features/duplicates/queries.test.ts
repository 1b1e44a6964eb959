import { describe, expect, it } from 'vitest';
import { profile, user } from './fixtures.ts';
import { requesterKeys } from './keys.ts';
import { MAX_SEARCHES, duplicateQueries } from './queries.ts';

const queries = (...args: Parameters<typeof profile>) => duplicateQueries(requesterKeys(profile(...args)), args[0].name);

describe('duplicateQueries', () => {
  it('sends one search per rule: email prefix, phone digits, a name word', () => {
    const zoe = user({ id: 1, name: 'Zoë Lindqvist', email: 'Zoe.Lindqvist@gmail.com', phone: '+1 555 014 2233' });
    expect(queries(zoe)).toEqual(['email:zoe*', 'phone:15550142233', 'name:lindqvist']);
  });

  it('never sends more than three, however many identities', () => {
    const relay = user({ id: 2, name: 'Inbound Relay', email: 'relay-001@inbound.example' });
    const identities = Array.from({ length: 500 }, (_, i): [string, string] => ['email', `relay-${i}@inbound.example`]);
    expect(queries(relay, identities)).toHaveLength(MAX_SEARCHES);
  });

  it('gives the place of a missing rule to the next email or phone', () => {
    const noPhone = user({ id: 3, name: 'É', email: 'dana.w@fastmail.example' });
    expect(queries(noPhone, [['email', 'dana.w@fastmail.example', true], ['email', 'whitfield@harborpine.example'], ['phone_number', '+442079460958']]))
      .toEqual(['email:dana.w*', 'phone:442079460958', 'email:whitfield*']);
  });

  it('sends one search for emails that share their start', () => {
    const zoe = user({ id: 4, name: 'Zoe', email: 'zoe.lindqvist@gmail.com' });
    expect(queries(zoe, [['email', 'zoe+news@lindqvist.example']])).toEqual(['email:zoe*', 'name:zoe']);
  });

  it('sends nothing for a user with nothing to search by', () => {
    expect(queries(user({ id: 5, name: '' }))).toEqual([]);
  });
});

describe('duplicateQueries with what the requester wrote', () => {
  const written = (emails: [string, string][], phones: [string, string][] = []) => ({ emails: new Map(emails), phones: new Map(phones) });

  it('searches first for what a requester with no email and no phone wrote, then the name', () => {
    const visitor = requesterKeys(profile(user({ id: 6, name: 'Web User 5a1c' }), [['messaging', 'a5c1']]));
    expect(duplicateQueries(visitor, 'Web User 5a1c', written([['ines.moreau@example.com', 'Ines.Moreau+orders@example.com']], [['+442079460018', '+44 20 7946 0018']])))
      .toEqual(['email:ines.moreau*', 'phone:442079460018', 'name:user']);
  });

  it("shares the requester's budget: their own primary email and phone first, still three searches", () => {
    const zoe = requesterKeys(profile(user({ id: 1, name: 'Zoë Lindqvist', email: 'Zoe.Lindqvist@gmail.com', phone: '+1 555 014 2233' })));
    expect(duplicateQueries(zoe, 'Zoë Lindqvist', written([['anna@example.com', 'anna@example.com'], ['bob@example.com', 'bob@example.com']])))
      .toEqual(['email:zoe*', 'phone:15550142233', 'email:anna*']);
  });
});

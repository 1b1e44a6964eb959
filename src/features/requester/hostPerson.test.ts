import { describe, expect, it } from 'vitest';
import { hostPersonId, initials, requesterPath, toHostPerson } from './hostPerson.ts';

describe('toHostPerson', () => {
  it('reads the requester the host gives', () => {
    expect(toHostPerson({
      id: 7, name: 'Ada Lovelace', email: 'ada@example.com', role: 'end-user',
      avatarUrl: 'https://cdn.example.com/a.png', organizations: [{ id: 1, name: 'Analytical Engines' }],
    })).toEqual({
      id: 7, name: 'Ada Lovelace', email: 'ada@example.com', role: 'end-user',
      avatarUrl: 'https://cdn.example.com/a.png', organizationName: 'Analytical Engines',
    });
  });

  it('answers null when there is no requester yet', () => {
    expect(toHostPerson(null)).toBeNull();
    expect(toHostPerson({ name: 'no id' })).toBeNull();
    expect(toHostPerson({ id: -1 })).toBeNull();
  });

  it('drops avatars that are not https', () => {
    expect(toHostPerson({ id: 1, avatarUrl: 'javascript:alert(1)' })?.avatarUrl).toBeNull();
    expect(toHostPerson({ id: 1, avatarUrl: 'http://x.test/a.png' })?.avatarUrl).toBeNull();
  });
});

describe('initials', () => {
  it('takes the first and last word', () => expect(initials('Ada King Lovelace')).toBe('AL'));
  it('handles one word, accents and punctuation', () => {
    expect(initials('Émile')).toBe('É');
    expect(initials('  "Bob"  ')).toBe('B');
    expect(initials('<img src=x>')).toBe('IX');
    expect(initials('𠀋 Li')).toBe('𠀋L');
    expect(initials('')).toBe('');
  });
});

describe('hostPersonId', () => {
  it('reads the id start-up sends the first reads for, numeric or as text', () => {
    expect(hostPersonId({ id: 7 })).toBe(7);
    expect(hostPersonId({ id: '7' })).toBe(7);
  });

  it('answers null for no person, a missing id or one that is not a positive integer', () => {
    expect([null, undefined, {}, { id: 0 }, { id: 1.5 }, { id: 'x' }].map(hostPersonId)).toEqual([null, null, null, null, null, null]);
  });
});

describe('requesterPath', () => {
  it('asks for the ticket\'s requester in the ticket sidebars and the viewed user in the user sidebar', () => {
    expect(['ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar'].map((where) => requesterPath(where as 'user_sidebar')))
      .toEqual(['ticket.requester', 'ticket.requester', 'user']);
  });
});

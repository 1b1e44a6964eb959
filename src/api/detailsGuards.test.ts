import { describe, expect, it } from 'vitest';
import { ShapeError } from './guards.ts';
import { parseRequesterDetails } from './detailsGuards.ts';
import { parseTicketList } from './listGuards.ts';

describe('requester context from the profile read', () => {
  const orgs = new Map([[7, 'Other'], [3, 'Default']]);

  it('puts the default organization first and trusts a sideload that names more than it', () => {
    const context = parseRequesterDetails({ organization_id: 3 }, orgs);
    expect(context.organizations.map((org) => org.name)).toEqual(['Default', 'Other']);
    expect(context.organizationsComplete).toBe(true);
  });

  it('cannot say it has every organization when the sideload names only the default one', () => {
    expect(parseRequesterDetails({ organization_id: 3 }, new Map([[3, 'Default']])).organizationsComplete).toBe(false);
    expect(parseRequesterDetails({ organization_id: 3 }, new Map()).organizationsComplete).toBe(false);
    expect(parseRequesterDetails({ organization_id: null }, new Map()).organizationsComplete).toBe(true);
  });

  it('reads time zones, language, last sign-in and tags, leniently', () => {
    const context = parseRequesterDetails({
      iana_time_zone: 'Pacific/Pago_Pago', time_zone: 'American Samoa', locale: 'en-US', last_login_at: null,
      tags: ['vip', 3, null], notes: null,
    }, new Map());
    expect(context).toMatchObject({
      ianaTimeZone: 'Pacific/Pago_Pago', timeZone: 'American Samoa', locale: 'en-US', lastLoginAt: null, tags: ['vip'], notes: '', details: '',
    });
  });
});

describe('ticket lists', () => {
  it('keeps the known statuses and leaves others unknown', () => {
    const { tickets, count } = parseTicketList({ tickets: [
      { id: 1, subject: null, status: 'hold', updated_at: '2024-01-01T00:00:00Z' },
      { id: 2, subject: 'Hi', status: 'archived' },
    ], count: 12 });
    expect(tickets).toEqual([
      { id: 1, subject: '', status: 'hold', updatedAt: '2024-01-01T00:00:00Z' },
      { id: 2, subject: 'Hi', status: null, updatedAt: null },
    ]);
    expect(count).toBe(12);
  });

  it('refuses a list without tickets or a ticket without an id', () => {
    expect(() => parseTicketList({ results: [] })).toThrow(ShapeError);
    expect(() => parseTicketList({ tickets: [{ subject: 'x' }] })).toThrow(ShapeError);
  });
});

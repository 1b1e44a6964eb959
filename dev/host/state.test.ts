import { describe, expect, it } from 'vitest';
import { scenarios } from '../zendesk/index.ts';
import { languageLabel, locales, locations, locationsFor, queryFromState, stateFromQuery } from './state.ts';

describe('locationsFor', () => {
  it('gives a saved ticket the ticket sidebar and its requester\'s user sidebar, never the new-ticket sidebar', () => {
    expect(locationsFor({ ticketId: 501, requesterId: 2001 })).toEqual(['ticket_sidebar', 'user_sidebar']);
  });

  it('gives a ticket being written only the new-ticket sidebar', () => {
    expect(locationsFor({ ticketId: null, requesterId: null })).toEqual(['new_ticket_sidebar']);
  });

  it('offers at least one location for every scenario', () => {
    for (const scenario of scenarios) expect(locationsFor(scenario).length).toBeGreaterThan(0);
  });
});

describe('stateFromQuery', () => {
  it('refuses a combination Zendesk cannot produce from a link, falling back to the scenario\'s own location', () => {
    expect(stateFromQuery('?scenario=ordinary&location=new_ticket_sidebar').location).toBe('ticket_sidebar');
    expect(stateFromQuery('?scenario=new-ticket&location=ticket_sidebar').location).toBe('new_ticket_sidebar');
    expect(stateFromQuery('?scenario=new-ticket&location=user_sidebar').location).toBe('new_ticket_sidebar');
  });

  it('keeps every combination Zendesk can produce, and the URL reproduces it', () => {
    for (const scenario of scenarios) {
      for (const location of locations.map((l) => l.value)) {
        const state = stateFromQuery(`?scenario=${scenario.name}&location=${location}`);
        expect(state.scenario).toBe(scenario.name);
        expect(state.location === location).toBe(locationsFor(scenario).includes(location));
        expect(stateFromQuery(queryFromState(state))).toEqual(state);
      }
    }
  });
});

describe('languageLabel', () => {
  it('names each language as its speakers do, with its tag', () => {
    expect(locales.map(languageLabel)).toEqual([
      'English (en)', 'Deutsch (de)', 'Français (fr)', 'Español (es)', '日本語 (ja)', 'Português (Brasil) (pt-BR)', 'עברית (he)',
    ]);
  });
});

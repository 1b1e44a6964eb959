// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';

const zendesk = useZendesk();
afterEach(cleanup);
// A busy machine (lazy chunks, several test files at once) may take longer than the default second.
configure({ asyncUtilTimeout: 5_000 });

describe('hundreds of identities', () => {
  it('shows all of them in a bounded region with a filter box, the sections below still there', async () => {
    const world = zendesk.world('many-identities');
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    const identities = await screen.findByRole('region', { name: 'Identities' });
    await within(identities).findByText('250 identities', {}, { timeout: 5_000 });
    expect(within(identities).getAllByRole('listitem')).toHaveLength(5);
    within(identities).getByRole('button', { name: 'Show 245 more' }).click();
    const all = await within(identities).findByRole('region', { name: 'Email: all identities' });
    expect(all.tabIndex).toBe(0);
    expect(all.querySelectorAll('li')).toHaveLength(250);
    const filter = within(identities).getByRole('searchbox', { name: 'Filter Email' });
    await waitFor(() => expect(document.activeElement).toBe(filter));
    fireEvent.input(filter, { target: { value: 'RELAY-24' } });
    await waitFor(() => expect(all.querySelectorAll('li')).toHaveLength(10));
    expect(within(identities).getByRole('status').textContent).toBe('10 of 250 shown');
    fireEvent.input(filter, { target: { value: 'nobody' } });
    await waitFor(() => expect(within(all).getByText('No identity matches.')).toBeTruthy());
    expect(screen.getByRole('region', { name: 'Possible duplicates' })).toBeTruthy();
  }, 20_000);

  it('keeps a short type as a plain list without a filter', async () => {
    const world = zendesk.world('ordinary');
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    const identities = await screen.findByRole('region', { name: 'Identities' });
    await within(identities).findByText('6 identities', {}, { timeout: 5_000 });
    expect(within(identities).queryByRole('searchbox')).toBeNull();
    expect(within(identities).queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';

const zendesk = useZendesk();
afterEach(cleanup);

const WAITING = ['About the requester', 'Access', 'Possible duplicates', 'Merge'];

function show(world: World) {
  return render(<App host={world.host} api={world.api} agent={world.agent} />);
}

describe('sections that need the user read', () => {
  it('show as loading while the user is read, not absent', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.show', kind: 'hang' }]);
    show(world);
    for (const name of WAITING) {
      const section = await screen.findByRole('region', { name });
      expect(within(section).getByText('Loading…')).toBeTruthy();
      expect(section.getAttribute('aria-busy')).toBe('true');
    }
  });

  it('stay in place when the user read fails, say why, and one retry brings them all back', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.show', kind: 'status', status: 500, apply: 'once' }]);
    show(world);
    const identities = await screen.findByRole('region', { name: 'Identities' });
    expect(await within(identities).findByText('Zendesk had a problem answering (500). Try again.')).toBeTruthy();
    for (const name of WAITING) {
      const section = await screen.findByRole('region', { name });
      expect(within(section).getByText("Not available until the user's details have loaded.")).toBeTruthy();
      expect(within(section).getByRole('button', { name: 'Try again' })).toBeTruthy();
    }
    within(await screen.findByRole('region', { name: 'Merge' })).getByRole('button', { name: 'Try again' }).click();
    await waitFor(() => expect(within(identities).queryByText('Zendesk had a problem answering (500). Try again.')).toBeNull());
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Merge' })).getByRole('button', { name: 'Merge into another user…' })).toBeTruthy());
    expect(within(screen.getByRole('region', { name: 'Access' })).getByRole('button', { name: 'Suspend user' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: 'About the requester' }).hasAttribute('data-awaiting')).toBe(false));
    expect(within(screen.getByRole('region', { name: 'Possible duplicates' })).getByRole('button', { name: 'Find possible duplicates' })).toBeTruthy();
    expect(screen.queryByText("Not available until the user's details have loaded.")).toBeNull();
    expect((await within(identities).findAllByRole('listitem')).length).toBeGreaterThan(0);
  });
});

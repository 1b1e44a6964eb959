// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);

const profileReads = (world: World) =>
  world.host.requests.filter((request) => /\/users\/\d+\.json/.test(request.url) && request.type === 'GET');

async function userSidebar(location: 'user_sidebar' | 'ticket_sidebar' = 'user_sidebar') {
  const world = zendesk.world('ordinary', { context: { location, ticketId: location === 'user_sidebar' ? null : 501 } });
  render(<App host={world.host} api={world.api} agent={world.agent} />);
  await screen.findByRole('heading', { level: 1, name: 'Dana Whitfield' });
  await waitFor(() => expect(profileReads(world)).toHaveLength(1));
  return world;
}

function rename(world: World, name: string) {
  const user = world.account.users.get(world.requesterId ?? 0);
  if (!user) throw new Error('seeded user missing');
  user.name = name;
}

describe('the user sidebar follows the profile page', () => {
  it('re-reads the user when the profile page changes their name', async () => {
    const world = await userSidebar();
    rename(world, 'Dana W. Fairfield');
    world.host.emit('user.name.changed', 'Dana W. Fairfield');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana W. Fairfield' })).toBeTruthy();
    expect(profileReads(world)).toHaveLength(2);
  });

  it('re-reads at most once a second, and still shows the last change of a burst', async () => {
    const world = await userSidebar();
    for (const event of ['user.email.changed', 'user.name.changed', 'user.organizations.changed', 'user.role.changed', 'user.avatarUrl.changed'] as const) {
      world.host.emit(event, null);
    }
    await waitFor(() => expect(profileReads(world)).toHaveLength(2));
    await quiet(world.host);
    expect(profileReads(world)).toHaveLength(2);
    // A change made after the first re-read answered still reaches the panel: the burst's
    // folded re-read comes once the second is over.
    rename(world, 'Dana Last');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Last' }, { timeout: 2_000 })).toBeTruthy();
    expect(profileReads(world)).toHaveLength(3);
  });

  it('does not listen for them in the ticket sidebar', async () => {
    const world = await userSidebar('ticket_sidebar');
    world.host.emit('user.name.changed', 'x');
    await quiet(world.host);
    expect(profileReads(world)).toHaveLength(1);
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';
import type { World } from '../support/world.ts';
import { quiet } from '../support/quiet.ts';

const zendesk = useZendesk();
afterEach(cleanup);

const EMAIL = 'dana.w@fastmail.example';

async function show(world: World) {
  const view = render(<App host={world.host} api={world.api} agent={world.agent} />);
  const count = world.account.getIdentities(world.requesterId ?? 0).length;
  await waitFor(() => expect(view.container.querySelectorAll('[data-identity-id]').length).toBe(count));
  return view;
}

const toggle = () => screen.getByRole('button', { name: `Actions for ${EMAIL}` });
const expanded = () => toggle().getAttribute('aria-expanded');
const addForm = () => screen.queryByRole('form', { name: 'New identity' });

async function openActions() {
  toggle().click();
  await waitFor(() => expect(expanded()).toBe('true'));
}

describe('one thing open at a time', () => {
  it('closes an identity\'s actions when the add form opens, and the form when actions open', async () => {
    await show(zendesk.world('ordinary'));
    await openActions();
    screen.getByRole('button', { name: 'Add identity' }).click();
    await waitFor(() => expect(addForm()).not.toBeNull());
    expect(expanded()).toBe('false');
    await openActions();
    await waitFor(() => expect(addForm()).toBeNull());
  });

  it('closes one identity\'s actions when another\'s open', async () => {
    await show(zendesk.world('ordinary'));
    await openActions();
    const other = screen.getByRole('button', { name: 'Actions for dana.whitfield@harborpine.example' });
    other.click();
    await waitFor(() => expect(other.getAttribute('aria-expanded')).toBe('true'));
    expect(expanded()).toBe('false');
  });

  it('closes menus and forms when the merge flow opens, and the flow when a menu opens', async () => {
    await show(zendesk.world('ordinary'));
    await openActions();
    screen.getByRole('button', { name: 'Merge into another user…' }).click();
    const search = await screen.findByRole('combobox', { name: 'User to merge into' }, { timeout: 5_000 });
    expect(expanded()).toBe('false');
    await openActions();
    await waitFor(() => expect(search.isConnected).toBe(false));
    expect(screen.getByRole('button', { name: 'Merge into another user…' })).toBeTruthy();
  });

  it('keeps a merge flow that is still loading closed when a menu opens meanwhile', async () => {
    const world = zendesk.world('ordinary');
    await show(world);
    screen.getByRole('button', { name: 'Merge into another user…' }).click();
    await openActions();
    // The flow's chunk has arrived, and whatever it would have read is answered.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Merge into another user…' }).getAttribute('aria-busy')).toBe('false'));
    await quiet(world.host);
    expect(screen.queryByRole('combobox', { name: 'User to merge into' })).toBeNull();
    expect(expanded()).toBe('true');
  });

  it('folds the duplicate list when a menu opens, and closes the menu when the search starts', async () => {
    await show(zendesk.world('ordinary'));
    await openActions();
    screen.getByRole('button', { name: 'Find possible duplicates' }).click();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Search again' })).toBeTruthy());
    expect(expanded()).toBe('false');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Search again' }).getAttribute('aria-disabled')).toBe('false'));
    await openActions();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Find possible duplicates' })).toBeTruthy());
  });

  it('keeps the duplicate list open beside the comparison it opened, and folds both when a menu opens', async () => {
    const world = zendesk.world('duplicates');
    render(<App host={world.host} api={world.api} agent={world.agent} />);
    (await screen.findByRole('button', { name: 'Find possible duplicates' })).click();
    (await screen.findByRole('button', { name: /^Compare and merge with ZOE LINDQVIST/ })).click();
    await screen.findByRole('region', { name: 'Kept' });
    expect(screen.getByRole('button', { name: /^Compare and merge with Zoe Lindqvist/ })).toBeTruthy();
    screen.getAllByRole('button', { name: /^Actions for / })[0]?.click();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Kept' })).toBeNull());
    expect(screen.queryByRole('button', { name: /^Compare and merge with/ })).toBeNull();
  });

  it('closes menus and forms when the suspend question opens', async () => {
    await show(zendesk.world('ordinary'));
    screen.getByRole('button', { name: 'Add identity' }).click();
    await waitFor(() => expect(addForm()).not.toBeNull());
    screen.getByRole('button', { name: 'Suspend user' }).click();
    await screen.findByRole('dialog');
    await waitFor(() => expect(addForm()).toBeNull());
  });
});

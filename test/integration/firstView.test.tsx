// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useZendesk } from '../support/world.ts';

const zendesk = useZendesk();
let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  document.body.innerHTML = '';
});

const WAITING = ['access', 'duplicates', 'merge'];
const section = (id: string) => document.querySelector<HTMLElement>(`section[aria-labelledby="${id}-heading"]`);

describe('the first view', () => {
  it('shows the counts and identities first; Access, duplicates and merge keep their place until their chunk arrives', async () => {
    // A page as it starts: the actions chunk not yet loaded (the shared test setup loads it).
    vi.resetModules();
    const { h, render } = await import('preact');
    const { App } = await import('../../src/App.tsx');
    const world = zendesk.world('ordinary');
    const root = document.body.appendChild(document.createElement('div'));
    render(h(App, { host: world.host, api: world.api, agent: world.agent }), root);
    unmount = () => render(null, root);
    const count = world.account.getIdentities(world.requesterId ?? 0).length;
    await vi.waitFor(() => expect(root.querySelectorAll('[data-identity-id]').length).toBe(count), { timeout: 5_000 });
    // The moment the identities are on screen, the counts are too, and the sections wait in place.
    expect(root.querySelectorAll('[data-count]').length).toBe(4);
    for (const id of WAITING) {
      expect(section(id)?.getAttribute('data-awaiting')).toBe('loading');
      expect(section(id)?.querySelector('h2')?.textContent).toBeTruthy();
    }
    // Then the chunk arrives, and with it the sections' controls and the identities' actions.
    await vi.waitFor(() => expect(root.querySelector('[data-awaiting]')).toBeNull(), { timeout: 5_000 });
    await vi.waitFor(() => {
      const buttons = [...root.querySelectorAll('button')].map((button) => button.textContent ?? '');
      expect(buttons).toContain('Suspend user');
      expect(buttons).toContain('Find possible duplicates');
    }, { timeout: 5_000 });
    expect(root.querySelector('[aria-label^="Actions for "]')).not.toBeNull();
  });
});

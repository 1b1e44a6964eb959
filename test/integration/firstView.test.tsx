// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useZendesk } from '../support/world.ts';

const zendesk = useZendesk();
let unmount: (() => void) | undefined;
afterEach(() => {
  vi.doUnmock('../../src/features/requester/RequesterActions.tsx');
  unmount?.();
  document.body.innerHTML = '';
});

const WAITING = ['context', 'access', 'duplicates', 'merge'];
const section = (id: string) => document.querySelector<HTMLElement>(`section[aria-labelledby="${id}-heading"]`);

describe('the first view', () => {
  it('paints the counts and identities without waiting for the actions chunk; Access, duplicates and merge keep their place until it arrives', async () => {
    // A page as it starts: the actions chunk not yet loaded (the shared test setup loads it), and
    // held back until the identities are on screen, as on a slow network.
    vi.resetModules();
    let arrive: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { arrive = resolve; });
    vi.doMock('../../src/features/requester/RequesterActions.tsx', async (original) => {
      await held;
      return original();
    });
    const { h, render } = await import('preact');
    const { App } = await import('../../src/App.tsx');
    const world = zendesk.world('ordinary');
    const root = document.body.appendChild(document.createElement('div'));
    const count = world.account.getIdentities(world.requesterId ?? 0).length;
    // What the panel showed at the moment the identities were all on screen, read as the DOM
    // changes (a poll could look only after the chunk had arrived, on a fast machine).
    let atPaint: { counts: number; waiting: (string | null)[]; headings: boolean } | null = null;
    const observer = new MutationObserver(() => {
      if (atPaint || root.querySelectorAll('[data-identity-id]').length !== count) return;
      atPaint = {
        counts: root.querySelectorAll('[data-count]').length,
        waiting: WAITING.map((id) => section(id)?.getAttribute('data-awaiting') ?? null),
        headings: WAITING.every((id) => Boolean(section(id)?.querySelector('h2')?.textContent)),
      };
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    render(h(App, { host: world.host, api: world.api, agent: world.agent }), root);
    unmount = () => render(null, root);
    await vi.waitFor(() => expect(atPaint).not.toBeNull(), { timeout: 5_000 });
    observer.disconnect();
    arrive();
    // The moment the identities are on screen, the counts are too, and the sections wait in place.
    expect(atPaint).toEqual({ counts: 4, waiting: WAITING.map(() => 'loading'), headings: true });
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

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppActions, showToast } from './log.ts';
import type { Notification } from './workbench.ts';

afterEach(() => vi.useRealTimers());

const notices: Notification[] = [
  { message: 'User suspended', kind: 'notice', at: 1 },
  { message: 'Identity updated', kind: 'notice', at: 2 },
  { message: 'Merge failed', kind: 'error', at: 3 },
];

describe('notifications in the workbench', () => {
  it('stacks toasts as Zendesk Garden does at the top of the page: each new one below, the oldest on top', () => {
    vi.useFakeTimers();
    const container = document.createElement('div');
    for (const notice of notices) showToast(container, notice);
    expect([...container.children].map((toast) => toast.textContent)).toEqual(['User suspended', 'Identity updated', 'Merge failed']);
    // Notices leave after five seconds, errors after eight.
    vi.advanceTimersByTime(5000);
    expect([...container.children].map((toast) => toast.textContent)).toEqual(['Merge failed']);
  });

  it('lists the app\'s notifications in the same order as the toasts', () => {
    const root = document.createElement('div');
    renderAppActions(root, { notices, visits: [], subscriptions: () => ({}) });
    expect([...root.querySelectorAll('[data-testid="notifications"] li')].map((item) => item.textContent))
      .toEqual(['notice: User suspended', 'notice: Identity updated', 'error: Merge failed']);
  });
});

import { el, replaceChildren } from './dom.ts';
import type { Notification, RouteVisit, Workbench } from './workbench.ts';

const SHOWN = 200;

function statusClass(status: number): string {
  if (status === 0) return 'code code--error';
  if (status >= 500 || status === 429) return 'code code--error';
  if (status >= 400) return 'code code--warning';
  return 'code code--ok';
}

/** Every request the app made through the host, newest first, as the fake account answered it. */
export function renderRequestLog(root: HTMLElement, workbench: Workbench): void {
  const rows = workbench.requestLog.slice(0, SHOWN).map((entry) =>
    el('tr', { attrs: { 'data-endpoint': entry.endpoint ?? '' } },
      el('td', { class: 'method' }, entry.method),
      el('td', { class: 'url', attrs: { title: entry.url } }, entry.path),
      el('td', {}, el('span', { class: statusClass(entry.status) }, entry.status === 0 ? 'failed' : String(entry.status))),
      el('td', { class: 'num' }, `${entry.durationMs} ms`),
      el('td', { class: 'muted' }, entry.fault ?? ''),
    ),
  );
  replaceChildren(root,
    el('h2', {}, 'Requests ',
      el('span', { class: 'muted' }, `${workbench.requestLog.length} answered, ${workbench.inFlight} in flight`)),
    rows.length === 0
      ? el('p', { class: 'muted' }, 'No request yet.')
      : el('table', { class: 'log', attrs: { 'data-testid': 'request-log' } },
        el('thead', {}, el('tr', {}, el('th', {}, 'Method'), el('th', {}, 'URL'), el('th', {}, 'Status'), el('th', {}, 'Time'), el('th', {}, 'Fault'))),
        el('tbody', {}, ...rows),
      ),
  );
}

function describeRoute(visit: RouteVisit): string {
  const [where, id] = visit.args;
  return `navigated to ${String(where)}${id === undefined ? '' : ` ${String(id)}`}`;
}

/** What the app asked the workspace to do: notifications it raised and places it opened. */
export function renderAppActions(root: HTMLElement, workbench: Pick<Workbench, 'notices' | 'visits' | 'subscriptions'>): void {
  // The SDK subscribes to each request's own done/fail events; those are plumbing, not interest.
  const subscriptions = Object.entries(workbench.subscriptions())
    .filter(([name, count]) => count > 0 && !name.startsWith('request:'))
    .map(([name]) => name);
  replaceChildren(root,
    el('h2', {}, 'App actions'),
    el('h3', {}, 'Notifications'),
    // In the order the toasts stack (showToast): the oldest first.
    workbench.notices.length === 0 ? el('p', { class: 'muted' }, 'None.')
      : el('ul', { class: 'actions', attrs: { 'data-testid': 'notifications' } },
        ...workbench.notices.map((n) => el('li', { class: `notice notice--${n.kind}` }, `${n.kind}: ${n.message}`))),
    el('h3', {}, 'Navigation'),
    workbench.visits.length === 0 ? el('p', { class: 'muted' }, 'None.')
      : el('ul', { class: 'actions', attrs: { 'data-testid': 'routes' } },
        ...[...workbench.visits].reverse().map((v) => el('li', {}, describeRoute(v)))),
    el('h3', {}, 'Events the app listens to'),
    el('p', { class: 'muted', attrs: { 'data-testid': 'subscriptions' } }, subscriptions.join(', ') || 'None yet.'),
  );
}

/**
 * A toast like Zendesk's `notify`, gone after a few seconds (errors stay a little longer).
 * Zendesk renders the message as markup, so this does too: an app that forgets to escape
 * a user's name shows it here, not only in production.
 * Stacked as Zendesk Garden's toaster stacks them at the top of the page (react-components,
 * packages/notifications ToastProvider and its reducer): each new toast is added below the
 * ones shown, the oldest on top, at most four at once. ZAF's docs on `notify` say nothing of
 * the order, so the app never relies on it.
 */
export function showToast(container: HTMLElement, notification: Notification): void {
  const toast = el('div', { class: `toast toast--${notification.kind}`, attrs: { role: 'status' } });
  toast.innerHTML = notification.message;
  container.append(toast);
  setTimeout(() => toast.remove(), notification.kind === 'error' ? 8000 : 5000);
}

/** A banner for `routeTo`: the workbench has no other pages, so it says where the agent would be. */
export function showRouteBanner(container: HTMLElement, visit: RouteVisit): void {
  replaceChildren(container, el('div', { class: 'banner', attrs: { 'data-testid': 'route-banner' } },
    `The app ${describeRoute(visit)}.`,
    ' ',
    el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => container.replaceChildren() } }, 'dismiss'),
  ));
}

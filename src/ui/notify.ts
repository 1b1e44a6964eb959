import type { HostClient } from '../host/types.ts';
import { t } from '../i18n/index.ts';
import type { MessageKey, Vars } from '../i18n/index.ts';
import { isolate } from './isolate.ts';

/** Zendesk's notify may render markup, and names and identity values come from end users. */
export function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (sign) => `&#${sign.charCodeAt(0)};`);
}

/** A success message through the agent workspace's own notifications, user text escaped and isolated. */
export function notify(host: HostClient, key: MessageKey, vars: Vars = {}): void {
  const safe: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(vars)) safe[name] = typeof value === 'string' ? isolate(escapeMarkup(value)) : value;
  host.invoke('notify', t(key, safe), 'notice').catch(() => undefined);
}

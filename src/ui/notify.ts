import type { HostClient } from '../host/types.ts';
import { t } from '../i18n/index.ts';
import type { MessageKey } from '../i18n/index.ts';

/** Message keys for the agent workspace's notifications: short, and with no placeholder. */
export type NotifyKey = Extract<MessageKey, `notify.${string}`>;

/**
 * A success message through the agent workspace's own notifications. Whether the workspace
 * renders `notify` text as HTML is not documented (ZAF Core API, "notify"), so these messages
 * carry no names or values at all ("User suspended"): neither markup nor entities like `&#39;`
 * can show. The full sentence, with the name, is the panel's to say.
 */
export function notify(host: HostClient, key: NotifyKey): void {
  host.invoke('notify', t(key), 'notice').catch(() => undefined);
}

import type { Identity, KnownIdentityType, User } from '../../../api/index.ts';
import { KNOWN_IDENTITY_TYPES } from '../../../api/index.ts';
import { formatDate } from '../../../i18n/dates.ts';
import { t } from '../../../i18n/index.ts';

// Agents in several time zones read the same note: one zone, named, beside the ISO time.
const SPELLED_OUT_UTC: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' };

/** A note has room for many more, but past this a list stops being read. */
export const MAX_LISTED_IDENTITIES = 100;
const MAX_VALUE_LENGTH = 500;

export interface ReceiptFacts {
  agent: { id: number | null; name: string | null; locale: string };
  at: Date;
  /** The requester, merged away and deleted, with their identities as the panel had them. */
  merged: User;
  identities: readonly Identity[];
  kept: User;
}

/**
 * A value someone typed, as one line of plain text: a line break or other control character in
 * a name must not start a line of its own, where it could pass for part of the record.
 */
export function plain(value: string): string {
  const line = value.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
  return line.length > MAX_VALUE_LENGTH ? `${line.slice(0, MAX_VALUE_LENGTH)}…` : line;
}

function typeLabel(type: string): string {
  return (KNOWN_IDENTITY_TYPES as readonly string[]).includes(type) ? t(`identityType.${type as KnownIdentityType}`) : plain(type);
}

const id = (value: number | null) => (value === null ? '?' : String(value));

/**
 * The merge receipt: who merged whom into whom, when, and which identities the deleted user
 * had. Zendesk keeps no record of a merge that agents can read; this note on the ticket is one.
 * Plain text: Zendesk escapes a comment's body, so names and values are never markup.
 */
export function receiptBody({ agent, at, merged, identities, kept }: ReceiptFacts): string {
  const lines = [
    t('receipt.heading'),
    t('receipt.by', { name: agent.name === null ? t('receipt.unknownAgent') : plain(agent.name), id: id(agent.id) }),
    t('receipt.when', { readable: formatDate(at, SPELLED_OUT_UTC, agent.locale), iso: at.toISOString() }),
    t('receipt.merged', { name: plain(merged.name), id: id(merged.id) }),
    t('receipt.kept', { name: plain(kept.name), id: id(kept.id) }),
    identities.length === 0 ? t('receipt.noIdentities') : t('receipt.identities'),
    ...identities.slice(0, MAX_LISTED_IDENTITIES).map((identity) =>
      t('receipt.identity', { type: typeLabel(identity.type), value: plain(identity.value) })),
  ];
  if (identities.length > MAX_LISTED_IDENTITIES) lines.push(t('receipt.moreIdentities', { count: identities.length - MAX_LISTED_IDENTITIES }));
  return lines.join('\n');
}

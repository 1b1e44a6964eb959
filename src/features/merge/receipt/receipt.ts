import type { Identity, User } from '../../../api/index.ts';
import { formatDate } from '../../../i18n/dates.ts';
import { t } from '../../../i18n/index.ts';
import type { Losses } from '../rules/losses.ts';
import { lostText } from '../shared/lossText.ts';
import { typeLabel } from '../shared/typeLabel.ts';

// Agents in several time zones read the same note: one zone, named, beside the ISO time.
const SPELLED_OUT_UTC: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' };

/** A note has room for many more, but past this a list stops being read. */
export const MAX_LISTED_IDENTITIES = 100;
const MAX_VALUE_LENGTH = 500;

/** One merge that happened: the user merged away (deleted), what became of their data, the user kept. */
export interface MergeFacts {
  merged: User;
  /** What the merged user had, worked out from their complete identity list before the merge. */
  losses: Losses;
  kept: User;
}

export interface ReceiptFacts {
  agent: { id: number | null; name: string | null; locale: string };
  at: Date;
  merges: readonly MergeFacts[];
  /** Users of the same run that were not merged (a refusal stopped the run). */
  notMerged?: readonly User[];
}

/**
 * A value someone typed, as one line of plain text: a line break or other control character in
 * a name must not start a line of its own, where it could pass for part of the record.
 */
export function plain(value: string): string {
  const line = value.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
  return line.length > MAX_VALUE_LENGTH ? `${line.slice(0, MAX_VALUE_LENGTH)}…` : line;
}

const id = (value: number | null) => (value === null ? '?' : String(value));

function bounded(lines: string[]): string[] {
  if (lines.length <= MAX_LISTED_IDENTITIES) return lines;
  return [...lines.slice(0, MAX_LISTED_IDENTITIES), t('receipt.moreIdentities', { count: lines.length - MAX_LISTED_IDENTITIES })];
}

const identityLine = (identity: Identity) => t('receipt.identity', { type: plain(typeLabel(identity.type)), value: plain(identity.value) });

function mergeLines({ merged, losses, kept }: MergeFacts): string[] {
  const moved = [
    ...(losses.tickets === null ? [] : [t('receipt.item', { item: t('merge.ticketCount', { count: losses.tickets }) })]),
    ...losses.moves.map(identityLine),
  ];
  return [
    t('receipt.merged', { name: plain(merged.name), id: id(merged.id) }),
    t('receipt.kept', { name: plain(kept.name), id: id(kept.id) }),
    t('receipt.moved'),
    ...(moved.length === 0 ? [t('receipt.item', { item: t('merge.nothing') })] : bounded(moved)),
    ...(losses.mayMove.length === 0 ? [] : [t('receipt.mayMove'), ...bounded(losses.mayMove.map(identityLine))]),
    t('receipt.lost'),
    ...(losses.lost.length === 0 ? [t('receipt.item', { item: t('merge.nothing') })]
      : bounded(losses.lost.map((item) => t('receipt.item', { item: plain(lostText(item)) })))),
  ];
}

/**
 * The merge receipt: who merged whom into whom, when, and for each user merged away what moved
 * and what was lost. Zendesk keeps no record of a merge that agents can read; this note on the
 * ticket is one. Plain text: Zendesk escapes a comment's body, so names and values are never markup.
 */
export function receiptBody({ agent, at, merges, notMerged = [] }: ReceiptFacts): string {
  return [
    t('receipt.heading'),
    t('receipt.by', { name: agent.name === null ? t('receipt.unknownAgent') : plain(agent.name), id: id(agent.id) }),
    t('receipt.when', { readable: formatDate(at, SPELLED_OUT_UTC, agent.locale), iso: at.toISOString() }),
    ...merges.flatMap(mergeLines),
    ...notMerged.map((user) => t('receipt.notMerged', { name: plain(user.name), id: id(user.id) })),
  ].join('\n');
}

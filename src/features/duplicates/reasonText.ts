import { currentLocale, t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { EmailRule } from './emailRules.ts';
import type { Reason } from './rank.ts';

/** A translated sentence with {placeholders} for values people typed, filled when rendered (Phrase). */
export interface SentenceWithValues {
  template: string;
  values: Readonly<Record<string, string>>;
}

export interface ReasonText {
  /** Why, quoting the candidate's value and the requester's as written. */
  main: SentenceWithValues;
  /** How the two values were read as one, when they are written differently. */
  note?: SentenceWithValues;
}

const RULES: Readonly<Record<EmailRule, MessageKey>> = {
  case: 'duplicates.rule.case',
  tag: 'duplicates.rule.tag',
  dots: 'duplicates.rule.dots',
  googlemail: 'duplicates.rule.googlemail',
  domain: 'duplicates.rule.domain',
};

const list = (items: readonly string[]) => new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(items);

function emailText(theirs: string, requesters: string, rules: readonly EmailRule[]): ReasonText {
  if (theirs === requesters) return { main: { template: t('duplicates.reason.email'), values: { value: theirs } } };
  const main = { template: t('duplicates.reason.emailAs'), values: { theirs, requesters } };
  if (rules.length === 0) return { main };
  return { main, note: { template: t('duplicates.reason.emailNote', { rules: list(rules.map((rule) => t(RULES[rule]))) }), values: {} } };
}

function wroteEmailText(theirs: string, written: string, rules: readonly EmailRule[]): ReasonText {
  if (theirs === written) return { main: { template: t('duplicates.reason.wrote'), values: { value: written } } };
  const main = { template: t('duplicates.reason.wroteEmailAs'), values: { theirs, written } };
  if (rules.length === 0) return { main };
  return { main, note: { template: t('duplicates.reason.emailNote', { rules: list(rules.map((rule) => t(RULES[rule]))) }), values: {} } };
}

type PhoneReason = Extract<Reason, { kind: 'phone' }> | Extract<Reason, { kind: 'wrote-phone' }>;

function phoneMain(reason: PhoneReason): SentenceWithValues {
  if (reason.kind === 'wrote-phone') {
    return reason.theirs === reason.written
      ? { template: t('duplicates.reason.wrote'), values: { value: reason.written } }
      : { template: t('duplicates.reason.wrotePhoneAs'), values: { theirs: reason.theirs, written: reason.written } };
  }
  return reason.theirs === reason.requesters
    ? { template: t('duplicates.reason.phone'), values: { value: reason.theirs } }
    : { template: t('duplicates.reason.phoneAs'), values: { theirs: reason.theirs, requesters: reason.requesters } };
}

function phoneText(reason: PhoneReason): ReasonText {
  const { theirs, international, assumedCountryCode } = reason;
  const requesters = reason.kind === 'phone' ? reason.requesters : reason.written;
  const main = phoneMain(reason);
  // Written alike in E.164 already: nothing to add.
  if (theirs === requesters && assumedCountryCode === null) return { main };
  const note = assumedCountryCode === null
    ? { template: t('duplicates.reason.phoneNote'), values: { number: international } }
    : { template: t('duplicates.reason.phoneAssumedNote'), values: { number: international, code: `+${assumedCountryCode}` } };
  return { main, note };
}

/**
 * The words that say why a user is listed. Values are quoted as each user wrote them, the
 * candidate's first; the normalization that made them one ("ignoring +tags and dots in Gmail
 * addresses", the number as its country writes it) is the note beneath. What the requester
 * wrote in the conversation is quoted as they wrote it ("Wrote alice@example.com in this
 * conversation").
 */
export function reasonText(reason: Reason): ReasonText {
  switch (reason.kind) {
    case 'name':
      return { main: { template: t('duplicates.reason.name'), values: {} } };
    case 'email':
      return emailText(reason.theirs, reason.requesters, reason.rules);
    case 'phone':
    case 'wrote-phone':
      return phoneText(reason);
    case 'wrote-email':
      return wroteEmailText(reason.theirs, reason.written, reason.rules);
  }
}

import { t } from '../../i18n/index.ts';
import { formatPhone } from './phone.ts';
import type { Reason } from './rank.ts';

export interface ReasonText {
  before: string;
  /** An address or number, shown in its own direction; absent for a name. */
  value?: string;
  after: string;
}

/**
 * The sentence that says why a user is listed, cut around its value so the value can be set
 * apart ("Same phone ", "+1 555 014 2233", ""). A phone that had no country code says which
 * one it was read with, since that is an assumption.
 */
export function reasonText(reason: Reason): ReasonText {
  let template: string;
  let value: string;
  switch (reason.kind) {
    case 'name':
      return { before: t('duplicates.reason.name'), after: '' };
    case 'email':
      template = t('duplicates.reason.email');
      value = reason.value;
      break;
    case 'phone':
      template = reason.assumedCountryCode === null
        ? t('duplicates.reason.phone')
        : t('duplicates.reason.phoneAssumed', { code: reason.assumedCountryCode });
      value = formatPhone(reason.value);
      break;
  }
  const at = template.indexOf('{value}');
  if (at < 0) return { before: template, value, after: '' };
  return { before: template.slice(0, at), value, after: template.slice(at + '{value}'.length) };
}

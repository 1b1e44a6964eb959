import { KNOWN_IDENTITY_TYPES } from '../../../api/index.ts';
import type { KnownIdentityType } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';

/**
 * An identity type as agents read it, in the identity list's words (an unknown type reads
 * "Other (type)"); `phone` is the comparison's entry for the profile's phone field.
 */
export function typeLabel(type: string): string {
  if (type === 'phone') return t('merge.profilePhone');
  return (KNOWN_IDENTITY_TYPES as readonly string[]).includes(type)
    ? t(`identityType.${type as KnownIdentityType}`)
    : t('identityType.unknown', { type: type.replace(/_/g, ' ') });
}

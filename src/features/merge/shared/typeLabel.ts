import { t } from '../../../i18n/index.ts';
import { typeLabel as identityTypeLabel } from '../../identities/typeLabel.ts';

/**
 * An identity type as agents read it, the same words as the identity list (an unknown type
 * reads "Other (type)"); `phone` is the comparison's entry for the profile's phone field.
 */
export function typeLabel(type: string): string {
  return type === 'phone' ? t('merge.profilePhone') : identityTypeLabel(type);
}

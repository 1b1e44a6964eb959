import { KNOWN_IDENTITY_TYPES } from '../../api/index.ts';
import type { KnownIdentityType } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';

/**
 * A readable name for an identity type. Zendesk adds types over time (User Identities, "JSON
 * format" lists `any_channel` and `foreign` beside the common ones): a type this app does not
 * know yet is named "Other" with Zendesk's own word for it, never left blank.
 */
export function typeLabel(type: string): string {
  return (KNOWN_IDENTITY_TYPES as readonly string[]).includes(type)
    ? t(`identityType.${type as KnownIdentityType}`)
    : t('identityType.unknown', { type: type.replace(/_/g, ' ') });
}

import type { Identity } from '../../api/index.ts';

const digits = (value: string) => value.replace(/\D/g, '');

/**
 * Whether the user's `phone` field still holds the number of a phone identity that was just
 * removed, and no remaining phone identity has it. Compared by digits: Zendesk keeps identities
 * in E.164 but the field as it was typed.
 */
export function phoneLeftBehind(phone: string | null, removed: string, remaining: readonly Identity[]): boolean {
  if (phone === null || digits(phone) === '' || digits(phone) !== digits(removed)) return false;
  return !remaining.some((identity) => identity.type === 'phone_number' && digits(identity.value) === digits(phone));
}

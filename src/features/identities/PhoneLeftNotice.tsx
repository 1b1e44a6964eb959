import { isApiError } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import type { PhoneFollowUp } from './usePhoneFollowUp.ts';

const isolate = (value: string) => `\u2068${value}\u2069`;

/** Says that a removed phone number is still on the profile and offers to clear it again. */
export function PhoneLeftNotice({ followUp }: { followUp: PhoneFollowUp }) {
  const { state } = followUp;
  if (state?.status !== 'failed') return null;
  // Zendesk's per-user update limit answers 429, often without Retry-After: no seconds are invented.
  const reason = isApiError(state.error) && state.error.status === 429 ? t('identity.phoneRateLimited') : errorMessage(state.error);
  return (
    <div class="notice notice--error" role="alert">
      <span>{t('identity.phoneLeft', { value: isolate(state.value) })} {reason}</span>
      <button type="button" class="link-button" onClick={followUp.retry}>{t('identity.clearPhone')}</button>
    </div>
  );
}

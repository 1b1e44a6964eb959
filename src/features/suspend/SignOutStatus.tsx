import { isApiError } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { ActionState } from '../../ui/useAction.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';

interface Props {
  state: ActionState<void>;
  name: string;
  /** Sends the sign-out again, on its own: the suspension already happened. */
  onRetry: () => void;
}

/**
 * Where the sign-out that follows a suspension stands. It is reported apart from the suspension,
 * which Zendesk already confirmed: a failed sign-out says the user is suspended but may still be
 * signed in, and offers to try the sign-out alone.
 */
/**
 * Why the sign-out failed, said so that it stays true: a 5xx may have ended the sessions all the
 * same, a refusal (403, 404, 429…) did not, and a lost answer leaves it unknown.
 */
function failure(error: unknown, name: string): string {
  if (isApiError(error) && error.kind === 'http') {
    if (error.status >= 500) return t('suspend.signOutServerError', { name, status: error.status });
    return t('suspend.signOutRefused', { name, reason: errorMessage(error) });
  }
  return t('suspend.signOutNoAnswer', { name });
}

export function SignOutStatus({ state, name, onRetry }: Props) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'pending':
      return <p class="muted small" role="status">{t('suspend.signingOut', { name })}</p>;
    case 'done':
      return <Notice tone="success" message={t('suspend.signedOut', { name })} />;
    case 'error':
      return <Notice message={failure(state.error, name)} onRetry={onRetry} />;
  }
}

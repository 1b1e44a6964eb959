import { useState } from 'preact/hooks';
import { useApi } from '../../api/context.tsx';
import { isApiError } from '../../api/index.ts';
import type { User } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import { useOneOpen } from '../../ui/oneOpen.ts';
import { notify } from '../../ui/notify.ts';
import { useAction } from '../../ui/useAction.ts';
import { useActionFailure } from '../permissions/context.tsx';
import type { Verdict } from '../permissions/permissions.ts';
import { SignOutStatus } from './SignOutStatus.tsx';
import { SuspendDialog } from './SuspendDialog.tsx';

interface Props {
  user: User;
  verdict: Verdict;
  /** Called with the user as Zendesk returned it after the change. */
  onChanged: (user: User) => void;
}

/** The user's access: the current state, and the confirmed way to change it and back. */
export function SuspendControl({ user, verdict, onChanged }: Props) {
  const api = useApi();
  const host = useHost();
  const onFailure = useActionFailure();
  const [confirming, setConfirming] = useOneOpen();
  // On by default when the agent may do it: whoever may suspend may end the sessions, unless
  // Zendesk refused a sign-out here (a 403 says this agent may not; suspending stays offered).
  const [signOutRefused, setSignOutRefused] = useState(false);
  const [signOut, setSignOut] = useState(true);
  // The full sentence, with the name, is the panel's: the workspace notification has none.
  const [done, setDone] = useState<string | null>(null);
  const suspend = !user.suspended;
  const endSessions = useAction(async () => {
    try {
      await api.deleteSessions(user.id);
    } catch (error) {
      if (isApiError(error) && error.kind === 'http' && error.status === 403) setSignOutRefused(true);
      throw error;
    }
    notify(host, 'notify.signedOut');
  });
  const action = useAction(async () => {
    let updated: User;
    try {
      updated = await api.updateUser(user.id, { suspended: suspend });
    } catch (error) {
      // A 403 is remembered for this user (and the agent's role read again).
      onFailure('suspend', error, user.id);
      throw error;
    }
    onChanged(updated);
    setConfirming(false);
    notify(host, updated.suspended ? 'notify.suspended' : 'notify.unsuspended');
    setDone(t(updated.suspended ? 'suspend.done' : 'unsuspend.done', { name: updated.name }));
    // The suspension is confirmed and reported first; the sign-out follows on its own.
    // Unsuspending never touches sessions.
    if (updated.suspended && suspend && signOut) void endSessions.run();
    return updated;
  });
  const pending = action.state.status === 'pending';

  return (
    <section class="section" aria-labelledby="access-heading">
      <div class="section__head">
        <h2 id="access-heading">{t('suspend.title')}</h2>
      </div>
      <p class={user.suspended ? 'state state--danger' : 'state'} data-suspended={String(user.suspended)}>
        {user.suspended ? t('suspend.suspended') : t('suspend.active')}
      </p>
      {verdict.allowed ? (
        <button
          type="button"
          class={`button ${suspend ? 'button--danger' : ''}`}
          onClick={() => {
            action.reset();
            endSessions.reset();
            setSignOut(!signOutRefused);
            setConfirming(true);
          }}
          disabled={pending}
        >
          {suspend ? t('suspend.button') : t('suspend.undoButton')}
        </button>
      ) : (
        !verdict.panelWide && <p class="muted small">{t(verdict.reason, verdict.vars)}</p>
      )}
      {!confirming && done && action.state.status === 'done' && <Notice tone="success" message={done} />}
      {!confirming && <SignOutStatus state={endSessions.state} name={user.name} onRetry={() => void endSessions.run()} />}
      {!confirming && action.state.status === 'error' && <Notice message={errorMessage(action.state.error)} />}
      {confirming && (
        <SuspendDialog
          name={user.name}
          suspend={suspend}
          pending={pending}
          error={action.state.status === 'error' ? action.state.error : undefined}
          signOut={signOut}
          onSignOutChange={setSignOut}
          onConfirm={() => void action.run()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}

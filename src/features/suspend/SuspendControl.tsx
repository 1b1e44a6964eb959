import { useApi } from '../../api/context.tsx';
import type { User } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import { t } from '../../i18n/index.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import { Phrase } from '../../ui/Phrase.tsx';
import { useOneOpen } from '../../ui/oneOpen.ts';
import { notify } from '../../ui/notify.ts';
import { useAction } from '../../ui/useAction.ts';
import type { Verdict } from '../permissions/permissions.ts';

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
  const [confirming, setConfirming] = useOneOpen();
  const suspend = !user.suspended;
  const name = { text: user.name, kind: 'name' } as const;
  const action = useAction(async () => {
    const updated = await api.updateUser(user.id, { suspended: suspend });
    onChanged(updated);
    setConfirming(false);
    notify(host, updated.suspended ? 'suspend.done' : 'unsuspend.done', { name: updated.name });
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
            setConfirming(true);
          }}
          disabled={pending}
        >
          {suspend ? t('suspend.button') : t('suspend.undoButton')}
        </button>
      ) : (
        <p class="muted small">{t(verdict.reason)}</p>
      )}
      {!confirming && action.state.status === 'error' && <Notice message={errorMessage(action.state.error)} />}
      {confirming && (
        <ConfirmDialog
          title={<Phrase template={suspend ? t('suspend.confirmTitle') : t('unsuspend.confirmTitle')} values={{ name }} />}
          confirmLabel={suspend ? t('suspend.confirm') : t('unsuspend.confirm')}
          tone={suspend ? 'danger' : 'primary'}
          pending={pending}
          error={action.state.status === 'error' ? action.state.error : undefined}
          onConfirm={() => void action.run()}
          onCancel={() => setConfirming(false)}
        >
          {suspend ? (
            <>
              <p><Phrase template={t('suspend.confirmBody')} values={{ name }} /></p>
              <p>{t('suspend.confirmWayBack')}</p>
            </>
          ) : (
            <p><Phrase template={t('unsuspend.confirmBody')} values={{ name }} /></p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

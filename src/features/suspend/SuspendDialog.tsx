import { t } from '../../i18n/index.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Phrase } from '../../ui/text/Phrase.tsx';

interface Props {
  name: string;
  /** Suspending (with the sign-out option) or unsuspending (which never touches sessions). */
  suspend: boolean;
  pending: boolean;
  error: unknown;
  signOut: boolean;
  onSignOutChange: (value: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmation: what suspension does, the way back, and whether to end their sessions too. */
export function SuspendDialog({ name: text, suspend, pending, error, signOut, onSignOutChange, onConfirm, onCancel }: Props) {
  // The name is isolated, so it keeps its own direction inside a sentence of another script.
  const name = { text, kind: 'name' } as const;
  return (
    <ConfirmDialog
      title={<Phrase template={suspend ? t('suspend.confirmTitle') : t('unsuspend.confirmTitle')} values={{ name }} />}
      confirmLabel={suspend ? t('suspend.confirm') : t('unsuspend.confirm')}
      tone={suspend ? 'danger' : 'primary'}
      pending={pending}
      error={error}
      // The sign-out option comes first in the body; the focus still starts on the safe answer.
      initialFocus="cancel"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {suspend ? (
        <>
          <p><Phrase template={t('suspend.confirmBody')} values={{ name }} /></p>
          <p>{t('suspend.confirmWayBack')}</p>
          <label class="checkbox">
            <input type="checkbox" checked={signOut} disabled={pending} onChange={(event) => onSignOutChange(event.currentTarget.checked)} />
            {' '}{t('suspend.signOutOption')}
          </label>
        </>
      ) : (
        <p><Phrase template={t('unsuspend.confirmBody')} values={{ name }} /></p>
      )}
    </ConfirmDialog>
  );
}

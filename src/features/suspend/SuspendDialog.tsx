import { t } from '../../i18n/index.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

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
export function SuspendDialog({ name, suspend, pending, error, signOut, onSignOutChange, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      title={suspend ? t('suspend.confirmTitle', { name }) : t('unsuspend.confirmTitle', { name })}
      confirmLabel={suspend ? t('suspend.confirm') : t('unsuspend.confirm')}
      tone={suspend ? 'danger' : 'primary'}
      pending={pending}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {suspend ? (
        <>
          <p>{t('suspend.confirmBody', { name })}</p>
          <p>{t('suspend.confirmWayBack')}</p>
          <label class="checkbox">
            <input type="checkbox" checked={signOut} disabled={pending} onChange={(event) => onSignOutChange(event.currentTarget.checked)} />
            {' '}{t('suspend.signOutOption')}
          </label>
        </>
      ) : (
        <p>{t('unsuspend.confirmBody', { name })}</p>
      )}
    </ConfirmDialog>
  );
}

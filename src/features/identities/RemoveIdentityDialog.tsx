import type { Identity } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

interface Props {
  identity: Identity;
  /** No other identity of the type: none will be made primary in its place. */
  soleOfType?: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

// First-strong isolation keeps a right-to-left value from reordering the sentence around it.
const isolate = (value: string) => `\u2068${value}\u2069`;

/** The question before an identity goes: what removal means for the user's messages. */
export function RemoveIdentityDialog({ identity, soleOfType = false, pending, error, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      title={t('identity.removeTitle', { value: isolate(identity.value) })}
      confirmLabel={t('identity.remove')}
      tone="danger"
      pending={pending}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('identity.removeBody', { value: isolate(identity.value) })}</p>
      {/* Zendesk: User Identities, "Delete Identity" — deleting a messaging identity can break messaging. */}
      {identity.type === 'messaging' && <p class="notice notice--info">{t('identity.removeMessagingNote')}</p>}
      {identity.primary && !soleOfType && <p>{t('identity.removePrimaryNote')}</p>}
    </ConfirmDialog>
  );
}

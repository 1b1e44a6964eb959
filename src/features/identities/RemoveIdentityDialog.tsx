import type { Identity } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Phrase } from '../../ui/text/Phrase.tsx';

interface Props {
  identity: Identity;
  /** No other identity of the type: none will be made primary in its place. */
  soleOfType?: boolean;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The question before an identity goes: what removal means for the user's messages. */
export function RemoveIdentityDialog({ identity, soleOfType = false, pending, error, onConfirm, onCancel }: Props) {
  return (
    <ConfirmDialog
      title={<Phrase template={t('identity.removeTitle')} values={{ value: { text: identity.value, kind: 'address' } }} />}
      confirmLabel={t('identity.remove')}
      tone="danger"
      pending={pending}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p><Phrase template={t('identity.removeBody')} values={{ value: { text: identity.value, kind: 'address' } }} /></p>
      {/* Zendesk: User Identities, "Delete Identity" — deleting a messaging identity can break messaging. */}
      {identity.type === 'messaging' && <p class="notice notice--info">{t('identity.removeMessagingNote')}</p>}
      {identity.primary && !soleOfType && <p>{t('identity.removePrimaryNote')}</p>}
    </ConfirmDialog>
  );
}

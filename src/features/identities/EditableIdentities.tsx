import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { AddIdentity } from './AddIdentityForm.tsx';
import type { EditorProps } from './IdentityList.tsx';
import { Groups } from './IdentityList.tsx';
import type { RowOperations } from './IdentityRow.tsx';
import { IdentityRowActions } from './IdentityRowActions.tsx';
import { PhoneLeftNotice } from './PhoneLeftNotice.tsx';
import { useIdentityActions } from './useIdentityActions.ts';

/** The list with a change control per row and the add form. */
export function EditableIdentities({ identities, actions }: EditorProps) {
  const [done, setDone] = useState<string | null>(null);
  const operations = useIdentityActions(actions, identities, setDone);
  const container = useRef<HTMLDivElement>(null);
  const [removals, setRemovals] = useState(0);
  // A removed row takes its focused button with it; the list keeps the focus instead of the page.
  useEffect(() => {
    if (removals > 0) container.current?.focus();
  }, [removals]);
  const withFocus: RowOperations = {
    ...operations,
    RowActions: IdentityRowActions,
    remove: async (identity) => {
      await operations.remove(identity);
      setRemovals((count) => count + 1);
    },
  };
  return (
    <div ref={container} class="identity-editor" role="group" aria-label={t('identities.group')} tabIndex={-1}>
      <PhoneLeftNotice followUp={operations.phoneLeft} />
      <Groups identities={identities} operations={withFocus} />
      {done && <p class="muted small identity-done" role="status" dir="auto">{done}</p>}
      <AddIdentity onAdd={operations.add} />
    </div>
  );
}


import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Identity } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import { useOneOpen } from '../../ui/oneOpen.ts';
import { useAction } from '../../ui/useAction.ts';
import { availableActions } from './changes.ts';
import type { IdentityActionKind } from './changes.ts';
import { RemoveIdentityDialog } from './RemoveIdentityDialog.tsx';
import type { IdentityOperations } from './useIdentityActions.ts';

/** A row's identity and the changes the list offers for it. */
export interface RowActionsProps {
  identity: Identity;
  operations: IdentityOperations;
  soleOfType?: boolean;
}

const LABELS: Record<IdentityActionKind, [text: MessageKey, label: MessageKey]> = {
  makePrimary: ['identity.makePrimary', 'identity.makePrimaryOf'],
  verify: ['identity.verify', 'identity.verifyOf'],
  requestVerification: ['identity.sendVerification', 'identity.sendVerificationTo'],
  remove: ['identity.remove', 'identity.removeOf'],
};

/** A row's changes behind one small toggle, so a long list stays readable. */
export function IdentityRowActions({ identity, operations, soleOfType = false }: RowActionsProps) {
  // Opening this row's actions closes any other menu, form or flow that is open.
  const [open, setOpen] = useOneOpen();
  const [confirming, setConfirming] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const action = useAction((kind: IdentityActionKind) => operations[kind](identity));
  const { state } = action;
  const pending = state.status === 'pending';
  // The clicked button vanishes with the closed panel, and the row may move (a new primary
  // comes first): the toggle takes the focus, and gets it back if a move loses it meanwhile.
  const refocus = useRef<'now' | 'ifLost' | null>(null);
  useEffect(() => {
    if (refocus.current === null) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (refocus.current === 'now' || lost) toggle.current?.focus();
    refocus.current = pending ? 'ifLost' : null;
  });

  const start = (kind: IdentityActionKind) => {
    action.reset();
    if (kind === 'remove') {
      setConfirming(true);
      return;
    }
    setOpen(false);
    refocus.current = 'now';
    void action.run(kind);
  };

  // Escape closes the open actions like any disclosure menu, and the focus goes back to the
  // toggle so the agent keeps their place in the list (WAI-ARIA APG, Disclosure / Menu Button).
  // While the removal dialog is up, Escape is the dialog's own (its native cancel).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open || confirming) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div class="identity__actions" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        class="identity__toggle"
        aria-label={t('identities.actionsFor', { value: identity.value })}
        aria-expanded={open}
        aria-controls={panelId}
        aria-busy={pending}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{pending ? '…' : '⋯'}</span>
      </button>
      <div id={panelId} class="identity__menu" hidden={!open}>
        {availableActions(identity).map((kind) => (
          <button
            key={kind}
            type="button"
            class={kind === 'remove' ? 'button button--danger' : 'button'}
            aria-label={t(LABELS[kind][1], { value: identity.value })}
            disabled={pending}
            onClick={() => start(kind)}
          >
            {t(LABELS[kind][0])}
          </button>
        ))}
      </div>
      {!confirming && state.status === 'error' && <Notice message={errorMessage(state.error)} />}
      {confirming && (
        <RemoveIdentityDialog
          identity={identity}
          soleOfType={soleOfType}
          pending={pending}
          error={state.status === 'error' ? state.error : undefined}
          onConfirm={() => void action.run('remove')}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

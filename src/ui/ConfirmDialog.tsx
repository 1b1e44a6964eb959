import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { errorMessage } from './errorMessage.ts';
import { Notice } from './Notice.tsx';
import { trapTab } from './trapTab.ts';

interface Props {
  /** Text, or a Phrase when it names someone: names and values are isolated in it. */
  title: ComponentChildren;
  children: ComponentChildren;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  pending: boolean;
  error?: unknown;
  /** Extra condition for the confirm button, such as an acknowledged checkbox. */
  ready?: boolean;
  /**
   * Where the focus starts: 'first' (the native choice, the first control — the merge's acknowledgement,
   * which must be ticked first) or 'cancel', the safe answer, when the body holds controls of its own.
   */
  initialFocus?: 'first' | 'cancel';
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question before a change. The native <dialog> makes the rest inert and closes on
 * Escape; Tab wraps inside it (trapTab); focus goes back to whatever opened it.
 */
export function ConfirmDialog({ title, children, confirmLabel, tone = 'danger', pending, error, ready = true, initialFocus = 'first', onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal?.();
    if (initialFocus === 'cancel') cancel.current?.focus();
    return () => {
      if (element?.open) element.close();
      // The opener may still be disabled while the change it started settles: then it gets
      // the focus once that render is done, unless something else has taken it meanwhile.
      opener?.focus();
      if (opener && document.activeElement !== opener) {
        setTimeout(() => {
          if (!document.activeElement || document.activeElement === document.body) opener.focus();
        });
      }
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(event) => trapTab(event, event.currentTarget)}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} class="dialog__body">{children}</div>
      {error !== undefined && <Notice message={errorMessage(error)} />}
      <div class="dialog__buttons">
        <button ref={cancel} type="button" class="button" onClick={onCancel} disabled={pending}>
          {t('action.cancel')}
        </button>
        <button
          type="button"
          class={`button button--${tone}`}
          onClick={onConfirm}
          disabled={pending || !ready}
          aria-busy={pending}
        >
          {pending ? t('action.working') : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { errorMessage } from './errorMessage.ts';
import { Notice } from './Notice.tsx';
import { revealInColumn } from './frame/revealInColumn.ts';
import { trapTab } from './trapTab.ts';

/** The first control a confirmation's focus lands on, as a dialog's own focusing steps would pick it. */
const FIRST_CONTROL = 'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled), a[href]';

interface Props {
  /** Text, or a Phrase when it names someone: names and values are isolated in it. */
  title: ComponentChildren;
  children: ComponentChildren;
  /**
   * Below the body, always in sight: the body scrolls past 14rem (so that the whole confirmation
   * fits the visible part of a short apps column), this part does not — an acknowledgement the
   * confirm button waits for, say.
   */
  footer?: ComponentChildren;
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
 * A question before a change, unfolding in place under the control that asked (a non-modal
 * <dialog>, role "dialog", named by its title). The agent workspace's apps column scrolls and the
 * frame cannot see where it is scrolled: a box centred in a tall frame opened out of sight and made
 * the column jump. In place, it is next to the button; once the frame has grown around it, it is
 * scrolled just into view (revealInColumn). Focus moves in without scrolling and goes back to the
 * control that opened it; Escape closes it; Tab wraps inside it (trapTab).
 */
export function ConfirmDialog({ title, children, footer, confirmLabel, tone = 'danger', pending, error, ready = true, initialFocus = 'first', onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = element?.querySelector<HTMLElement>(FIRST_CONTROL);
    (initialFocus === 'cancel' ? cancel.current : first ?? cancel.current)?.focus({ preventScroll: true });
    // A body long enough to scroll is reached by Tab too, so the keyboard can scroll it.
    const body = element?.querySelector<HTMLElement>('.dialog__body');
    if (body && body.scrollHeight > body.clientHeight) body.tabIndex = 0;
    const stopRevealing = element ? revealInColumn(element) : () => undefined;
    return () => {
      stopRevealing();
      // The opener may still be disabled while the change it started settles: then it gets
      // the focus once that render is done, unless something else has taken it meanwhile.
      opener?.focus({ preventScroll: true });
      if (opener && document.activeElement !== opener) {
        setTimeout(() => {
          if (!document.activeElement || document.activeElement === document.body) opener.focus({ preventScroll: true });
        });
      }
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      open
      class={`dialog dialog--${tone}`}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          if (!pending) onCancel();
          return;
        }
        trapTab(event, event.currentTarget);
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} class="dialog__body">{children}</div>
      {footer}
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

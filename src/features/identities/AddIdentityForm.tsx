import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Identity } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import { useOneOpen } from '../../ui/oneOpen.ts';
import { useAction } from '../../ui/useAction.ts';
import { validateIdentity } from './validateIdentity.ts';
import type { NewIdentityType } from './validateIdentity.ts';

interface Props {
  onAdd: (identity: { type: NewIdentityType; value: string }) => Promise<Identity>;
  onDone: () => void;
  onCancel: () => void;
}

/** Type and value of a new identity; the format is checked here, uniqueness by Zendesk. */
export function AddIdentityForm({ onAdd, onDone, onCancel }: Props) {
  const [type, setType] = useState<NewIdentityType>('email');
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { type: useId(), value: useId(), hint: useId(), invalid: useId() };
  const action = useAction(onAdd);
  const pending = action.state.status === 'pending';
  const phone = type === 'phone_number';
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = validateIdentity(type, value);
    if (!checked.ok) {
      setInvalid(checked.reason);
      input.current?.focus();
      return;
    }
    if (await action.run({ type, value: checked.value })) onDone();
  };

  const edit = (change: () => void) => {
    change();
    setInvalid(null);
    if (!pending) action.reset();
  };

  return (
    <form class="identity-form" aria-label={t('identity.addTitle')} noValidate onSubmit={(event) => void submit(event)}>
      <label for={ids.type}>{t('identity.type')}</label>
      <select
        id={ids.type}
        value={type}
        disabled={pending}
        onChange={(event) => edit(() => setType(event.currentTarget.value === 'phone_number' ? 'phone_number' : 'email'))}
      >
        <option value="email">{t('identityType.email')}</option>
        <option value="phone_number">{t('identityType.phone_number')}</option>
      </select>
      <label for={ids.value}>{phone ? t('identity.phoneLabel') : t('identity.emailLabel')}</label>
      <input
        ref={input}
        id={ids.value}
        type="text"
        dir="auto"
        autoComplete="off"
        inputMode={phone ? 'tel' : 'email'}
        value={value}
        aria-invalid={invalid !== null}
        aria-describedby={[phone ? ids.hint : '', invalid ? ids.invalid : ''].join(' ').trim() || undefined}
        readOnly={pending}
        onInput={(event) => edit(() => setValue(event.currentTarget.value))}
      />
      {phone && <p id={ids.hint} class="muted small">{t('identity.phoneHint')}</p>}
      {invalid && <p id={ids.invalid} class="identity-form__error small" role="alert">{t(invalid)}</p>}
      {action.state.status === 'error' && <Notice message={errorMessage(action.state.error)} />}
      <div class="identity-form__buttons">
        <button type="button" class="button" onClick={onCancel} disabled={pending}>{t('action.cancel')}</button>
        <button type="submit" class="button button--primary" disabled={pending} aria-busy={pending}>
          {pending ? t('action.working') : t('identity.addSubmit')}
        </button>
      </div>
    </form>
  );
}

interface AddIdentityProps {
  onAdd: Props['onAdd'];
}

/** "Add identity", opening the form in place; focus comes back to the button when it closes. */
export function AddIdentity({ onAdd }: AddIdentityProps) {
  // Opening the form closes any other menu, form or flow that is open.
  const [open, setOpen] = useOneOpen();
  const button = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);
  useEffect(() => {
    if (open || !closing.current) return;
    closing.current = false;
    button.current?.focus();
  }, [open]);
  const close = () => {
    closing.current = true;
    setOpen(false);
  };
  return (
    <div class="identity-add">
      {open ? (
        <AddIdentityForm onAdd={onAdd} onDone={close} onCancel={close} />
      ) : (
        <button ref={button} type="button" class="button" onClick={() => setOpen(true)}>
          {t('identity.add')}
        </button>
      )}
    </div>
  );
}

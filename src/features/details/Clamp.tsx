import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';

interface Props {
  id: string;
  label: string;
  /** Plain text as the user typed it; line breaks kept. */
  text: string;
}

const LINES = 3;

/** A labelled text collapsed after three lines, with "Show more" when there is more to show. */
export function Clamp({ id, label, text }: Props) {
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(text.split('\n').length > LINES);
  const body = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const element = body.current;
    if (element && !open && element.scrollHeight > element.clientHeight + 1) setOverflows(true);
  }, [text, open]);
  return (
    <div class="context__text">
      <h3 id={`${id}-label`}>{label}</h3>
      <p ref={body} id={id} class={open ? 'context__body' : 'context__body context__body--clamped'} dir="auto">
        {text}
      </p>
      {overflows && (
        <button type="button" class="link-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('details.showLess') : t('details.showMore')}
        </button>
      )}
    </div>
  );
}

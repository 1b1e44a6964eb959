import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { lineParts, lineWords } from './lineBreaks.ts';
import type { ValueKind } from './lineBreaks.ts';

/** Characters: a piece longer than this may not fit beside an identity's badges in the sidebar. */
const LONG_PIECE = 20;

/**
 * A word box that still wraps is wider than a line of its own: it then flows as text (breaking
 * at its pieces where the line ends), so what follows it ("?") stays on its last line instead
 * of dropping below a box as wide as the line. Boxes are observed as the dialog opens or resizes.
 */
function useWideWords(value: { current: HTMLElement | null }, key: string): void {
  useEffect(() => {
    const words = value.current?.querySelectorAll<HTMLElement>('.value__word');
    if (!words || words.length === 0 || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const { target } of entries) {
        const line = document.createRange();
        line.selectNodeContents(target.firstChild ?? target);
        const lineHeight = line.getBoundingClientRect().height;
        if (lineHeight > 0 && target.getBoundingClientRect().height > lineHeight * 1.5) {
          target.classList.add('value__word--wide');
          observer.unobserve(target);
        }
      }
    });
    for (const word of words) observer.observe(word);
    return () => observer.disconnect();
  }, [key]);
}

interface Props {
  /** As Zendesk holds it: what the person typed. */
  text: string;
  kind?: ValueKind | undefined;
  class?: string | undefined;
}

/**
 * A value people typed (an email, phone, handle, name), shown as text in its own direction
 * (`<bdi dir="auto">`: a Latin address in a Hebrew sentence, or a Hebrew name in an English
 * one, keeps its order and leaves the sentence's alone). Lines break only at the `<wbr>`
 * between the pieces lineParts cuts it into (the value itself does not wrap: no break at a
 * hyphen or mid-word). In `text` (a name with an email, in a heading or sentence), a word of
 * several pieces is one box: it moves to the next line whole when it fits there, and breaks at
 * its pieces only when it does not fit a line of its own (no ".com" left alone on a line). Its text nodes are the value exactly, so
 * a copy is whole; the title shows it whole on hover.
 */
export function Value({ text, kind = 'address', class: className }: Props) {
  const parts = lineParts(text, kind);
  const element = useRef<HTMLElement>(null);
  useWideWords(element, `${kind}:${text}`);
  // A piece too long for a narrow column wraps as ordinary text would, then anywhere, rather
  // than run over the badges beside it (panel.css, .value--long).
  const long = parts.some((part) => part.trim().length > LONG_PIECE);
  const classes = ['value', long ? 'value--long' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <bdi ref={element} dir="auto" class={classes} title={text}>
      {lineWords(text, kind).map(({ pieces, space }, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {pieces.length === 1 || kind !== 'text' ? pieces.map((piece, at) => <Fragment key={at}>{at > 0 && <wbr />}{piece}</Fragment>) : (
            <span class="value__word">
              {pieces.map((piece, at) => <Fragment key={at}>{at > 0 && <wbr />}{piece}</Fragment>)}
            </span>
          )}
          {space}
        </Fragment>
      ))}
    </bdi>
  );
}

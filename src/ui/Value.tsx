import { Fragment } from 'preact';
import { lineParts } from './lineBreaks.ts';
import type { ValueKind } from './lineBreaks.ts';

/** Characters: a piece longer than this may not fit beside an identity's badges in the sidebar. */
const LONG_PIECE = 20;

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
 * hyphen or mid-word). Its text nodes are the value exactly, so a copy is whole; the title
 * shows it whole on hover.
 */
export function Value({ text, kind = 'address', class: className }: Props) {
  const parts = lineParts(text, kind);
  // A piece too long for a narrow column wraps as ordinary text would, then anywhere, rather
  // than run over the badges beside it (panel.css, .value--long).
  const long = parts.some((part) => part.trim().length > LONG_PIECE);
  const classes = ['value', long ? 'value--long' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <bdi dir="auto" class={classes} title={text}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </bdi>
  );
}

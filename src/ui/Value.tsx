import { Fragment } from 'preact';
import { lineParts } from './lineBreaks.ts';
import type { ValueKind } from './lineBreaks.ts';

// Hebrew, Arabic, Syriac, Thaana, N'Ko and the other right-to-left blocks up to U+08FF.
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

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
  // A piece longer than the line still wraps (value__part, panel.css), but only in a value of
  // left-to-right letters: a piece of its own is a box the bidi algorithm would not reorder,
  // which would turn a mixed value ("זואי@example.com") around.
  const boxed = !RIGHT_TO_LEFT.test(text);
  return (
    <bdi dir="auto" class={className ? `value ${className}` : 'value'} title={text}>
      {lineParts(text, kind).map((part, index) => {
        const [, word = part, space = ''] = boxed ? /^(.*?)(\s*)$/su.exec(part) ?? [] : [];
        return (
          <Fragment key={index}>
            {index > 0 && <wbr />}
            {boxed && word ? <span class="value__part">{word}</span> : word}
            {space}
          </Fragment>
        );
      })}
    </bdi>
  );
}

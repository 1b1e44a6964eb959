import type { ComponentChildren } from 'preact';
import { splitPlaceholders } from './phrase.ts';
import type { ValueKind } from './lineBreaks.ts';
import { Value } from './Value.tsx';

interface Props {
  /** A translated sentence whose {placeholders} are still in it. */
  template: string;
  /**
   * What goes in each placeholder: a value people typed (isolated in its own direction, with
   * line breaks where a reader expects them), or an element made by the caller.
   */
  values: Readonly<Record<string, string | { text: string; kind: ValueKind } | ComponentChildren>>;
}

const isTyped = (value: unknown): value is { text: string; kind: ValueKind } =>
  typeof value === 'object' && value !== null && 'text' in value && 'kind' in value;

/** A sentence with names and values in it, rendered as text, each value isolated. */
export function Phrase({ template, values }: Props) {
  return (
    <>
      {splitPlaceholders(template).map((part, index) => {
        if ('text' in part) return part.text;
        const value = values[part.name];
        if (value === undefined) return `{${part.name}}`;
        if (typeof value === 'string') return <Value key={index} text={value} kind="text" />;
        if (isTyped(value)) return <Value key={index} text={value.text} kind={value.kind} />;
        return <bdi key={index}>{value}</bdi>;
      })}
    </>
  );
}

import { splitPlaceholders } from './phrase.ts';

interface Props {
  /** A translated sentence whose {placeholders} are still in it. */
  template: string;
  /** Names and other values people typed: each is isolated with its own direction. */
  values: Readonly<Record<string, string>>;
}

/** A sentence with user-provided values in it, rendered as text. */
export function Phrase({ template, values }: Props) {
  return (
    <>
      {splitPlaceholders(template).map((part, index) => {
        if ('text' in part) return part.text;
        const value = values[part.name];
        return value === undefined ? `{${part.name}}` : <bdi key={index} dir="auto">{value}</bdi>;
      })}
    </>
  );
}

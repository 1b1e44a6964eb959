// The shared splitter: every sentence with values in it isolates them the same way.
export { splitPlaceholders } from '../../ui/phrase.ts';
export type { PhrasePart } from '../../ui/phrase.ts';

import type { Messages, PartFiles } from './index.ts';

/**
 * The merge flow's strings, one chunk per language (locales/<tag>/merge.json), for
 * `loadMessages('merge', MERGE_FILES)`: named here, in the actions chunk that opens the flow, so
 * the first view does not carry the names of files it never loads.
 */
export const MERGE_FILES: PartFiles = import.meta.glob<{ default: Messages }>('./locales/*/merge.json');

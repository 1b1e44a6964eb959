// A language other than English loads whole, in one chunk: see ../../index.ts.
import boot from './boot.json';

/**
 * What the view needs before the panel: boot.json. The header's strings (header.json) are not
 * here: start-up carries every language's inline and hands them to the view (src/locale.ts).
 */
export { boot };
export { default as app } from './app.json';

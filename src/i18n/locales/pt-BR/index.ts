// A language other than English loads whole, in one chunk: see ../../index.ts.
import header from './header.json';
import rest from './boot.json';

/** What the header needs before the panel: header.json (also inline in start-up) and boot.json. */
export const boot = { ...header, ...rest };
export { default as app } from './app.json';

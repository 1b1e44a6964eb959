// A language other than English loads whole, in one chunk: see ../../index.ts.
export { default as boot } from './boot.json';
export { default as app } from './app.json';

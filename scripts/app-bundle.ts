import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';

/** A file of the built package, its path relative to the package root (posix separators). */
export interface ShippedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface SizeRow {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface SizeTotal {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
}

const TEXT_EXTENSIONS = new Set(['.html', '.htm', '.js', '.mjs', '.cjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.map']);

export function isTextFile(path: string): boolean {
  return TEXT_EXTENSIONS.has(posix.extname(path).toLowerCase());
}

// Namespace identifiers that the DOM compares as strings (Preact's SVG/MathML support, inline SVG
// markup); a browser never fetches them, so they are not insecure requests.
const NAMESPACE_URIS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

const HTTP_URL = /http:\/\/[^\s"'`<>()\\]*/gi;

/** Every plain-http URL in a text, except XML namespace identifiers. */
export function findInsecureUrls(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(HTTP_URL)) {
    const url = match[0];
    if (!NAMESPACE_URIS.has(url)) found.add(url);
  }
  return [...found];
}

/** Problems that keep a file out of the package: plain-http URLs and source maps. */
export function shippingProblems(files: readonly ShippedFile[]): string[] {
  const problems: string[] = [];
  const decoder = new TextDecoder();
  for (const file of files) {
    if (file.path.endsWith('.map')) {
      problems.push(`${file.path}: source maps must not be shipped`);
      continue;
    }
    if (!isTextFile(file.path)) continue;
    const text = decoder.decode(file.bytes);
    for (const url of findInsecureUrls(text)) {
      problems.push(`${file.path}: contains the plain-http URL ${url}; use https`);
    }
    if (/[#@]\s*sourceMappingURL=/.test(text)) {
      problems.push(`${file.path}: references a source map (sourceMappingURL)`);
    }
  }
  return problems;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// A modulepreload hint fetches a chunk early without running it (the panel's, here): what the
// first paint needs is what the scripts import statically, found below.
const FIRST_LOAD_RELS = new Set(['stylesheet', 'preload']);

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1];
    if (name !== undefined) attributes.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function isPackageRelative(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('/');
}

/**
 * The package files a page fetches before its first paint: the scripts and stylesheets its own
 * tags reference. Chunks the scripts import later are not among them. Paths are resolved against
 * the page's own path; URLs to other hosts are left out because they are not in the package.
 */
export function firstLoadFiles(htmlPath: string, html: string): string[] {
  const found: string[] = [];
  const base = posix.dirname(htmlPath);
  for (const tag of html.matchAll(TAG)) {
    const attributes = attributesOf(tag[2] ?? '');
    const isScript = tag[1]?.toLowerCase() === 'script';
    const rel = attributes.get('rel')?.toLowerCase() ?? '';
    const url = isScript ? attributes.get('src') : FIRST_LOAD_RELS.has(rel) ? attributes.get('href') : undefined;
    if (url === undefined || !isPackageRelative(url)) continue;
    const path = posix.normalize(posix.join(base, url.replace(/[?#].*$/, '')));
    if (!found.includes(path)) found.push(path);
  }
  return found;
}

export function sizeRow(file: ShippedFile): SizeRow {
  return { path: file.path, raw: file.bytes.byteLength, gzip: gzipSync(file.bytes, { level: 9 }).byteLength };
}

export function totalOf(rows: readonly SizeRow[]): SizeTotal {
  return rows.reduce((sum, row) => ({ files: sum.files + 1, raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), {
    files: 0,
    raw: 0,
    gzip: 0,
  });
}

export interface SizeReport {
  readonly rows: readonly SizeRow[];
  readonly firstLoad: SizeTotal & { readonly paths: readonly string[] };
  readonly assets: SizeTotal;
  readonly package: SizeTotal;
}

/**
 * Sizes of a package: one row per file under assets/, what the entry page loads before first
 * paint (the page and the files its tags reference), and the whole package.
 */
// `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The chunks a module imports statically: they load before it runs, so before the first paint too. */
export function staticImports(modulePath: string, code: string): string[] {
  const base = posix.dirname(modulePath);
  return [...code.matchAll(STATIC_IMPORT)].map((match) => posix.normalize(posix.join(base, match[1] ?? '')));
}

function withStaticImports(paths: readonly string[], files: readonly ShippedFile[]): string[] {
  const found = [...paths];
  for (let index = 0; index < found.length; index++) {
    const path = found[index] ?? '';
    const file = path.endsWith('.js') ? files.find((candidate) => candidate.path === path) : undefined;
    if (!file) continue;
    for (const imported of staticImports(path, new TextDecoder().decode(file.bytes))) {
      if (!found.includes(imported)) found.push(imported);
    }
  }
  return found;
}

export function sizeReport(files: readonly ShippedFile[], entryPage: string): SizeReport {
  const all = [...files].sort((a, b) => a.path.localeCompare(b.path)).map(sizeRow);
  const rows = all.filter((row) => row.path.startsWith('assets/'));
  const entry = files.find((file) => file.path === entryPage);
  const referenced = entry === undefined ? [] : firstLoadFiles(entryPage, new TextDecoder().decode(entry.bytes));
  const paths = entry === undefined ? [] : withStaticImports([entryPage, ...referenced], files);
  const firstLoadRows = all.filter((row) => paths.includes(row.path));
  return { rows, firstLoad: { ...totalOf(firstLoadRows), paths }, assets: totalOf(rows), package: totalOf(all) };
}

const bytes = (count: number): string => `${count.toLocaleString('en-US')} B`;

export function formatSizeReport(report: SizeReport): string {
  const { firstLoad, assets } = report;
  const lines: [string, number, number][] = [
    ...report.rows.map((row): [string, number, number] => [row.path, row.raw, row.gzip]),
    [`first paint (${firstLoad.files} files)`, firstLoad.raw, firstLoad.gzip],
    [`assets total (${assets.files} files)`, assets.raw, assets.gzip],
    [`package total (${report.package.files} files)`, report.package.raw, report.package.gzip],
  ];
  const width = Math.max(...lines.map(([label]) => label.length)) + 4;
  const out = [`${'file'.padEnd(width)}${'raw'.padStart(12)}${'gzip -9'.padStart(12)}`];
  for (const [label, raw, gzip] of lines) out.push(`${label.padEnd(width)}${bytes(raw).padStart(12)}${bytes(gzip).padStart(12)}`);
  out.push(`first paint loads: ${firstLoad.paths.join(', ') || 'no entry page found'}`);
  return out.join('\n');
}

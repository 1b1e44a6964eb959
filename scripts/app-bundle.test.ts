import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findInsecureUrls, firstLoadFiles, formatSizeReport, shippingProblems, sizeReport, staticImports } from './app-bundle.ts';
import type { ShippedFile } from './app-bundle.ts';

const file = (path: string, text: string): ShippedFile => ({ path, bytes: Buffer.from(text) });

describe('findInsecureUrls', () => {
  it('finds plain-http URLs in code and markup', () => {
    expect(findInsecureUrls(`fetch("http://api.example.com/v2?x=1");<a href='http://a.test/'>`)).toEqual([
      'http://api.example.com/v2?x=1',
      'http://a.test/',
    ]);
  });

  it('ignores XML namespace identifiers such as the SVG namespace', () => {
    const text = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"></svg>';
    expect(findInsecureUrls(text)).toEqual([]);
  });

  it('still reports other w3.org pages, which would be fetched', () => {
    expect(findInsecureUrls('"http://www.w3.org/2000/svg/extra"')).toEqual(['http://www.w3.org/2000/svg/extra']);
  });

  it('does not mistake https URLs for plain http', () => {
    expect(findInsecureUrls('https://example.zendesk.com/api')).toEqual([]);
  });
});

describe('shippingProblems', () => {
  it('refuses source maps and sourceMappingURL comments', () => {
    const problems = shippingProblems([file('assets/main.js', 'x()\n//# sourceMappingURL=main.js.map'), file('assets/main.js.map', '{}')]);
    expect(problems).toEqual([
      'assets/main.js: references a source map (sourceMappingURL)',
      'assets/main.js.map: source maps must not be shipped',
    ]);
  });

  it('refuses a plain-http URL in any shipped text file, manifest included', () => {
    expect(shippingProblems([file('manifest.json', '{"author":{"url":"http://example.com"}}')])).toEqual([
      'manifest.json: contains the plain-http URL http://example.com; use https',
    ]);
  });

  it('does not read binary files as text', () => {
    expect(shippingProblems([file('assets/logo.png', 'http://example.com')])).toEqual([]);
  });
});

describe('firstLoadFiles', () => {
  it('lists scripts and stylesheets the page references, resolved against the page', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="./main-abc.js"></script>
      <link rel="stylesheet" crossorigin href="./main-def.css">
      <link rel="icon" href="./logo-small.png">
      <script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>
      </head><body><script>inline()</script></body>`;
    expect(firstLoadFiles('assets/iframe.html', html)).toEqual(['assets/main-abc.js', 'assets/main-def.css']);
  });

  it('leaves out modulepreload links: a chunk fetched early for later is not part of the first paint', () => {
    const html = `<link rel=modulepreload href="panel.js?v=1"><script type=module src=main.js></script>`;
    expect(firstLoadFiles('assets/iframe.html', html)).toEqual(['assets/main.js']);
  });
});

describe('sizeReport', () => {
  const files = [
    file('manifest.json', '{"name":"x"}'),
    file('translations/en.json', '{"app":{"name":"x"}}'),
    file('assets/iframe.html', '<script type="module" src="./main.js"></script><link rel="stylesheet" href="./main.css">'),
    file('assets/main.js', 'import("./lazy.js");'.repeat(20)),
    file('assets/main.css', 'body{margin:0}'),
    file('assets/lazy.js', 'export const lazy = 1;'.repeat(50)),
  ];
  const report = sizeReport(files, 'assets/iframe.html');

  it('gives raw and gzip -9 sizes of every file under assets/', () => {
    expect(report.rows.map((row) => row.path)).toEqual([
      'assets/iframe.html',
      'assets/lazy.js',
      'assets/main.css',
      'assets/main.js',
    ]);
    const main = report.rows.find((row) => row.path === 'assets/main.js');
    const bytes = files[3]?.bytes ?? new Uint8Array();
    expect(main).toEqual({ path: 'assets/main.js', raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength });
  });

  it('counts the page and its direct scripts and styles as first paint, not lazy chunks', () => {
    expect(report.firstLoad.paths).toEqual(['assets/iframe.html', 'assets/main.js', 'assets/main.css']);
    const sum = (paths: string[]): number =>
      report.rows.filter((row) => paths.includes(row.path)).reduce((total, row) => total + row.gzip, 0);
    expect(report.firstLoad.gzip).toBe(sum(['assets/iframe.html', 'assets/main.js', 'assets/main.css']));
    expect(report.firstLoad.files).toBe(3);
  });

  it('totals the whole package, manifest and translations included', () => {
    expect(report.package.files).toBe(6);
    expect(report.assets.files).toBe(4);
    expect(report.package.raw).toBe(files.reduce((total, f) => total + f.bytes.byteLength, 0));
  });

  it('prints one line per asset and the totals', () => {
    const text = formatSizeReport(report);
    expect(text).toMatch(/^assets\/main\.js\s+400 B\s+\d+ B$/m);
    expect(text).toMatch(/^first paint \(3 files\)/m);
    expect(text).toMatch(/^package total \(6 files\)/m);
    expect(text).toContain('first paint loads: assets/iframe.html, assets/main.js, assets/main.css');
  });
});

describe('staticImports', () => {
  it('finds the chunks a module imports statically, not the ones it loads later', () => {
    const code = 'import{a as b}from"./i18n-x.js";import"./side.js";export{c}from"../shared.js";const p=()=>import("./panel-y.js");';
    expect(staticImports('assets/iframe-z.js', code)).toEqual(['assets/i18n-x.js', 'assets/side.js', 'shared.js']);
  });

  it('counts statically imported chunks in the first paint', () => {
    const html = '<script type="module" src="./main.js"></script>';
    const files = [
      { path: 'assets/iframe.html', bytes: new TextEncoder().encode(html) },
      { path: 'assets/main.js', bytes: new TextEncoder().encode('import{x}from"./shared.js";import("./lazy.js")') },
      { path: 'assets/shared.js', bytes: new TextEncoder().encode('export const x=1') },
      { path: 'assets/lazy.js', bytes: new TextEncoder().encode('export default 2') },
    ];
    expect(sizeReport(files, 'assets/iframe.html').firstLoad.paths).toEqual(['assets/iframe.html', 'assets/main.js', 'assets/shared.js']);
  });
});

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixtureApp } from './fixture-build.ts';
import { makeFixture, png, removeFixtures, validManifest, validTranslations } from './fixture-app.ts';
import { validateApp } from './validate.ts';
import { zendeskAppLayout } from './vite-app-layout.ts';
import { inlineStartup } from './vite-app-layout-startup.ts';
import type { InlineStartupOptions } from './vite-app-layout-startup.ts';

afterEach(removeFixtures);

// Start-up posts a message first, then imports the view and the panel, which share a module;
// the panel imports a later chunk that shares modules with it.
function project(): string {
  return makeFixture({
    'manifest.json': JSON.stringify(validManifest()),
    'translations/en.json': JSON.stringify(validTranslations()),
    'assets/logo.png': png(320, 320),
    'assets/logo-small.png': png(128, 128),
    'src/iframe.html': '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><div id="root"></div><script type="module" src="./startup.ts"></script></body></html>',
    'src/handshake.ts': 'export const handshake = (): void => parent.postMessage("startup-handshake-marker", "*");',
    'src/startup.ts': 'import { handshake } from "./handshake.ts";\nhandshake();\nvoid import("./view.ts").then((view) => view.show()).then(() => import("./panel.ts"));',
    'src/view.css': '.view-style-marker { margin: 0; }',
    'src/view.ts': 'import "./view.css";\nimport { shared } from "./shared.ts";\nexport function show(): void { document.body.append(shared("view-marker")); }\nexport const loadPanel = () => import("./panel.ts");',
    'src/panel.ts': 'import { shared } from "./shared.ts";\nimport { common } from "./common.ts";\nexport const panel = (): string => shared("panel-marker") + common;\nexport const later = () => import("./later.ts");',
    'src/later.ts': 'import { shared } from "./shared.ts";\nimport { common } from "./common.ts";\nexport const later = (): string => shared("later-marker") + common;',
    'src/common.ts': 'export const common = `common-marker ${String(Math.random())}`;',
    'src/shared.ts': 'export const shared = (text: string): string => `shared-marker ${text}`;',
  });
}

async function buildProject(root: string, options: Pick<InlineStartupOptions, 'firstPaint' | 'early'> = {}): Promise<string> {
  const plugins = [inlineStartup({ page: 'iframe.html', startup: './startup.ts', view: './view.ts', preload: ['./panel.ts'], ...options }), zendeskAppLayout({ projectRoot: root })];
  const logged = await buildFixtureApp(root, plugins, { assetsDir: '', rollupOptions: { preserveEntrySignatures: 'allow-extension' } });
  return logged.join('\n');
}

const assetsOf = (root: string) => readdirSync(join(root, 'dist/assets')).sort();
const read = (root: string, file: string) => readFileSync(join(root, 'dist/assets', file), 'utf8');

describe('inlineStartup', () => {
  it('writes start-up inline in the page, before any file the page loads', async () => {
    const root = project();
    await buildProject(root);
    const page = read(root, 'iframe.html');
    const firstScript = /<script([^>]*)>/.exec(page);
    expect(firstScript?.[1]).toBe('');
    const inline = page.slice(page.indexOf('<script>'), page.indexOf('</script>'));
    expect(inline).toContain('startup-handshake-marker');
    const before = page.slice(0, page.indexOf('<script>'));
    expect(before).not.toMatch(/<script|rel="stylesheet"/);
    expect(page).not.toContain('startup.ts');
    // Start-up's own code runs from the page only: no chunk holds a second copy.
    for (const file of assetsOf(root).filter((name) => name.endsWith('.js'))) expect(read(root, file)).not.toContain('startup-handshake-marker');
  });

  it('preloads the view, the panel and what they share, and imports them by their chunk names', async () => {
    const root = project();
    await buildProject(root);
    const page = read(root, 'iframe.html');
    const preloads = [...page.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)">/g)].map((match) => match[1] ?? '');
    const chunks = assetsOf(root).filter((name) => name.endsWith('.js'));
    const later = chunks.find((name) => read(root, name).includes('later-marker')) ?? 'none';
    // What the panel imports dynamically loads when the panel asks for it, not with the page.
    expect(preloads.sort()).toEqual(chunks.filter((name) => name !== later));
    const view = chunks.find((name) => read(root, name).includes('view-marker')) ?? 'none';
    const panel = chunks.find((name) => read(root, name).includes('panel-marker')) ?? 'none';
    expect(page).toContain(`<script type="module" crossorigin src="./${view}"></script>`);
    const inline = page.slice(page.indexOf('<script>'), page.indexOf('</script>'));
    expect(inline).toContain(`./${view}`);
    expect(inline).toContain(`./${panel}`);
  });

  it('puts the view\'s styles inline and ships no stylesheet file', async () => {
    const root = project();
    await buildProject(root);
    expect(read(root, 'iframe.html')).toMatch(/<style>[^<]*view-style-marker/);
    expect(read(root, 'iframe.html')).not.toContain('$vite$');
    expect(assetsOf(root).filter((name) => name.endsWith('.css'))).toEqual([]);
  });

  it('counts the page and the view in the first paint, not the preloaded panel, and passes the package rules', async () => {
    const root = project();
    const logged = await buildProject(root);
    const panel = assetsOf(root).find((name) => read(root, name).includes('panel-marker')) ?? 'none';
    const firstPaint = /first paint loads: (.*)/.exec(logged)?.[1] ?? '';
    expect(firstPaint).toContain('assets/iframe.html');
    expect(firstPaint).not.toContain(panel);
    expect(await validateApp(join(root, 'dist'))).toEqual([]);
  });

  it('leaves the view out of the page\'s scripts and the first paint when start-up paints first', async () => {
    const root = project();
    const logged = await buildProject(root, { firstPaint: 'startup' });
    const page = read(root, 'iframe.html');
    const view = assetsOf(root).find((name) => read(root, name).includes('view-marker')) ?? 'none';
    expect(page).not.toContain('<script type="module"');
    expect(page).toContain(`<link rel="modulepreload" crossorigin href="./${view}">`);
    expect(/first paint loads: (.*)/.exec(logged)?.[1]).toBe('assets/iframe.html');
  });

  it('names a module start-up imports early by its chunk, without the page preloading it', async () => {
    const root = project();
    writeFileSync(join(root, 'src/startup.ts'), 'import { handshake } from "./handshake.ts";\nhandshake();\nvoid import("./later.ts");\nvoid import("./view.ts").then((view) => view.show());');
    await buildProject(root, { early: ['./later.ts'] });
    const page = read(root, 'iframe.html');
    const later = assetsOf(root).find((name) => name.endsWith('.js') && read(root, name).includes('later-marker')) ?? 'none';
    const inline = page.slice(page.indexOf('<script>'), page.indexOf('</script>'));
    expect(inline).toContain(`./${later}`);
    expect(inline).not.toContain('__requester_toolkit_chunk_');
    expect(page).not.toContain(`href="./${later}"`);
  });

  it('keeps what the view imports in the view\'s own chunk, even what later chunks share with it', async () => {
    const root = project();
    const logged = await buildProject(root);
    const chunks = assetsOf(root).filter((name) => name.endsWith('.js'));
    const view = chunks.find((name) => read(root, name).includes('view-marker')) ?? 'none';
    expect(chunks.filter((name) => read(root, name).includes('shared-marker'))).toEqual([view]);
    expect(/first paint loads: (.*)/.exec(logged)?.[1]).toBe(`assets/iframe.html, assets/${view}`);
  });

  it('builds without a warning from the bundler about how it groups the view\'s chunk', async () => {
    const logged = await buildProject(project());
    expect(logged.split('\n').filter((line) => line.startsWith('warning: '))).toEqual([]);
  });
});

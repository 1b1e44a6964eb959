import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixtureApp } from './fixture-build.ts';
import { makeFixture, png, removeFixtures, validManifest, validTranslations } from './fixture-app.ts';
import { validateApp } from './validate.ts';
import { zendeskAppLayout } from './vite-app-layout.ts';

afterEach(removeFixtures);

function project(mainSource: string): string {
  return makeFixture({
    'manifest.json': JSON.stringify(validManifest()),
    'translations/en.json': JSON.stringify(validTranslations()),
    'translations/fr.json': JSON.stringify({ app: { short_description: 'Le demandeur.' } }),
    'assets/logo.png': png(320, 320),
    'assets/logo-small.png': png(128, 128),
    'src/iframe.html': '<!doctype html><html><head><link rel="stylesheet" href="./main.css"></head><body><script type="module" src="./main.ts"></script></body></html>',
    'src/main.css': 'body { margin: 0; }',
    'src/main.ts': mainSource,
    'src/lazy.ts': 'export const lazy = (): string => "loaded later";',
  });
}

const buildProject = (root: string, sourcemap = false): Promise<string[]> =>
  buildFixtureApp(root, [zendeskAppLayout({ projectRoot: root })], { sourcemap });

const listing = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

describe('zendeskAppLayout', () => {
  it('writes the layout zcli packages: manifest, translations and assets', async () => {
    const root = project('void import("./lazy.ts").then((m) => document.body.append(m.lazy()));');
    await buildProject(root);
    const dist = join(root, 'dist');
    const files = listing(dist);
    expect(files.filter((path) => !path.startsWith('assets/'))).toEqual(['manifest.json', 'translations/en.json', 'translations/fr.json']);
    expect(files).toEqual(expect.arrayContaining(['assets/iframe.html', 'assets/logo.png', 'assets/logo-small.png']));
    expect(readFileSync(join(dist, 'manifest.json'), 'utf8')).toBe(JSON.stringify(validManifest()));
    expect(await validateApp(dist)).toEqual([]);
  });

  it('prints sizes, with lazy chunks outside the first-paint total', async () => {
    const root = project('void import("./lazy.ts").then((m) => document.body.append(m.lazy()));');
    const logged = (await buildProject(root)).join('\n');
    const lazyChunk = listing(join(root, 'dist/assets')).find((path) => path.startsWith('assets/lazy'));
    expect(lazyChunk).toBeDefined();
    expect(logged).toMatch(/^first paint \(3 files\)/m);
    expect(logged).toMatch(new RegExp(`^assets/${lazyChunk?.replace('.', '\\.')}\\s+[\\d,]+ B\\s+[\\d,]+ B$`, 'm'));
    const firstPaint = /first paint loads: (.*)/.exec(logged)?.[1] ?? '';
    expect(firstPaint).toContain('assets/iframe.html');
    expect(firstPaint).not.toContain('lazy');
    expect(logged).toMatch(/^package total \(\d+ files\)/m);
  });

  it('fails the build when shipped code would load something over plain http', async () => {
    const root = project('void fetch("http://insecure.example/api");');
    await expect(buildProject(root)).rejects.toThrow(/assets\/iframe-[\w-]+\.js: contains the plain-http URL http:\/\/insecure\.example\/api/);
  });

  it('does not count the SVG namespace as a plain-http request', async () => {
    const root = project('document.body.append(document.createElementNS("http://www.w3.org/2000/svg", "svg"));');
    await expect(buildProject(root)).resolves.toBeDefined();
  });

  it('fails the build when a source map would ship', async () => {
    const root = project('document.title = "x";');
    await expect(buildProject(root, true)).rejects.toThrow(/source maps must not be shipped/);
  });

  it('drops translations that no longer exist in the project', async () => {
    const root = project('document.title = "x";');
    await buildProject(root);
    rmSync(join(root, 'translations/fr.json'));
    await buildProject(root);
    expect(existsSync(join(root, 'dist/translations/fr.json'))).toBe(false);
  });
});

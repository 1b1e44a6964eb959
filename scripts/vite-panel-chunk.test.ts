import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, removeFixtures } from './fixture-app.ts';
import { ownChunk } from './vite-panel-chunk.ts';
import { inlineStartup } from './vite-app-layout-startup.ts';

afterEach(removeFixtures);

// The view imports the panel lazily; the panel and the chunks it loads later share a module,
// which the view does not import.
function project(): string {
  return makeFixture({
    'src/iframe.html': '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><script type="module" src="./startup.ts"></script></body></html>',
    'src/startup.ts': 'void import("./view.ts").then((view) => view.show()).then(() => import("./panel.ts"));',
    'src/view.ts': 'import { shared } from "./shared.ts";\nexport function show(): void { document.body.append(shared("view-marker")); }\nexport const loadPanel = () => import("./panel.ts");',
    'src/panel.ts': 'import { shared } from "./shared.ts";\nimport { common } from "./common.ts";\nexport const panel = (): string => shared("panel-marker") + common;\nexport const later = () => import("./later.ts");\nexport const other = () => import("./other.ts");',
    'src/later.ts': 'import { common } from "./common.ts";\nexport const later = (): string => `later-marker ${common}`;\nexport const other = () => import("./other.ts");',
    'src/other.ts': 'import { common } from "./common.ts";\nexport const other = (): string => `other-marker ${common}`;',
    'src/common.ts': 'export const common = `common-marker ${String(Math.random())}`;',
    'src/shared.ts': 'export const shared = (text: string): string => `shared-marker ${text}`;',
  });
}

async function buildProject(root: string, extra: Plugin[]): Promise<string[]> {
  await build({
    configFile: false,
    root: join(root, 'src'),
    base: './',
    logLevel: 'silent',
    build: {
      outDir: join(root, 'dist'),
      emptyOutDir: true,
      assetsDir: '',
      modulePreload: false,
      rollupOptions: { input: join(root, 'src/iframe.html'), preserveEntrySignatures: 'allow-extension' },
    },
    plugins: [inlineStartup({ page: 'iframe.html', startup: './startup.ts', view: './view.ts', preload: ['./panel.ts'] }), ...extra],
  });
  return readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(root, 'dist', name), 'utf8'));
}

const holding = (chunks: readonly string[], marker: string) => chunks.filter((chunk) => chunk.includes(marker));

describe('ownChunk', () => {
  it('keeps what the panel shares with its later chunks in the panel\'s file, and the view\'s modules in the view\'s', async () => {
    const chunks = await buildProject(project(), [ownChunk('./panel.ts')]);
    expect(chunks).toHaveLength(4);
    const [panel] = holding(chunks, 'panel-marker');
    expect(panel).toContain('common-marker');
    expect(holding(chunks, 'common-marker')).toEqual([panel]);
    // What the view imports stays in the view's chunk, the first paint's file.
    expect(holding(chunks, 'shared-marker ${')).toEqual(holding(chunks, 'view-marker'));
  });

  it('leaves the app\'s first view three files beside the page: the view, the panel and English\'s strings', async () => {
    const out = await mkdtemp(join(tmpdir(), 'own-chunk-'));
    try {
      await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'silent', build: { outDir: join(out, 'assets') } });
      const page = readFileSync(join(out, 'assets/iframe.html'), 'utf8');
      const preloads = [...page.matchAll(/rel="modulepreload" crossorigin href="\.\/([^"]+)"/g)].map((match) => match[1]?.replace(/-[\w-]+\.js$/, ''));
      expect(preloads).toEqual(['main', 'panel', 'app']);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

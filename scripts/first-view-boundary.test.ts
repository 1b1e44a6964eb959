import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, removeFixtures } from './fixture-app.ts';
import { firstViewBoundary, outsideBoundary } from './first-view-boundary.ts';

afterEach(removeFixtures);

describe('outsideBoundary', () => {
  it('names the modules no entry allows, a folder entry allowing everything under it', () => {
    const modules = ['node_modules/preact/dist/preact.module.js', 'src/view.ts', 'src/merge/Flow.tsx'];
    expect(outsideBoundary(modules, ['node_modules/preact/', 'src/view.ts'])).toEqual(['src/merge/Flow.tsx']);
    expect(outsideBoundary(modules, ['node_modules/preact/', 'src/'])).toEqual([]);
  });

  it('does not take a file for the folder its name starts like', () => {
    expect(outsideBoundary(['src/viewer.ts'], ['src/view'])).toEqual(['src/viewer.ts']);
  });
});

describe('firstViewBoundary', () => {
  // The view imports a helper statically and a later module lazily.
  function project(): string {
    return makeFixture({
      'src/view.ts': 'import { helper } from "./helper.ts";\nexport const show = (): string => helper();\nexport const later = () => import("./later.ts");',
      'src/helper.ts': 'export const helper = (): string => "helper-marker";',
      'src/later.ts': 'export const later = (): string => "later-marker";',
    });
  }

  const buildView = (root: string, allowed: readonly string[]) => build({
    configFile: false,
    root: join(root, 'src'),
    logLevel: 'silent',
    build: { write: false, rollupOptions: { input: join(root, 'src/view.ts'), preserveEntrySignatures: 'allow-extension' } },
    plugins: [firstViewBoundary({ view: './view.ts', allowed })],
  });

  it('lets the build through when every module of the view\'s chunk is allowed, lazy chunks aside', async () => {
    await expect(buildView(project(), ['src/view.ts', 'src/helper.ts'])).resolves.toBeDefined();
  });

  it('fails the build naming a module that landed in the first view without being allowed', async () => {
    await expect(buildView(project(), ['src/view.ts'])).rejects.toThrow(/first view: src\/helper\.ts landed in/);
  });
});

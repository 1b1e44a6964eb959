import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, png, removeFixtures, validAppFiles, withManifest, without } from './fixture-app.ts';
import type { FixtureFiles } from './fixture-app.ts';
import { duplicateKeys } from './json-keys.ts';
import { formatViolation, runValidation, validateApp } from './validate.ts';

afterEach(removeFixtures);

async function messagesOf(files: FixtureFiles): Promise<string[]> {
  return (await validateApp(makeFixture(files))).map(formatViolation);
}

const publicManifest = (): string => withManifest((m) => void (m['private'] = false))['manifest.json'] as string;

describe('validateApp', () => {
  it('passes a valid app without errors or warnings', async () => {
    expect(await validateApp(makeFixture(validAppFiles()))).toEqual([]);
  });

  it('passes the SVG namespace in shipped code without an insecure-request warning', async () => {
    const files = { ...validAppFiles(), 'assets/icon.js': 'const ns = "http://www.w3.org/2000/svg";' };
    expect(await messagesOf(files)).toEqual([]);
  });

  it('ignores zcli output in tmp/ and dot files, which are never zipped', async () => {
    const files = { ...validAppFiles(), 'tmp/app-20250101.zip': 'PK\u0003\u0004', '.DS_Store': 'x', 'assets/.keep': '' };
    expect(await messagesOf(files)).toEqual([]);
  });

  it('reports a symlink anywhere in the package', async () => {
    const dir = makeFixture(validAppFiles());
    symlinkSync(join(dir, 'assets/logo.png'), join(dir, 'assets/logo-link.png'));
    expect((await validateApp(dir)).map(formatViolation)).toEqual([
      'assets/logo-link.png: is a symlink; Zendesk rejects packages that contain symlinks',
    ]);
  });

  it.each<[string, FixtureFiles, string]>([
    ['a document', { 'assets/guide.pdf': '%PDF-1.7' }, 'assets/guide.pdf: .pdf is a file type Zendesk does not accept in an app package'],
    ['an archive under another name', { 'assets/data.txt': 'PK\u0003\u0004rest' }, 'assets/data.txt: zip content is a file type Zendesk does not accept in an app package'],
    ['a banner that is not a PNG', { 'assets/banner.png': 'GIF89a' }, 'assets/banner.png: must be a PNG file'],
    ['a banner of the wrong size', { 'assets/banner.png': png(800, 200) }, 'assets/banner.png: must be 830x200 or 1660x400 pixels, got 800x200'],
  ])('reports %s', async (_, extra, message) => {
    expect(await messagesOf({ ...validAppFiles(), ...extra })).toEqual([message]);
  });

  it('accepts a banner of either allowed size', async () => {
    expect(await messagesOf({ ...validAppFiles(), 'assets/banner.png': png(1660, 400) })).toEqual([]);
  });

  it.each<[string, FixtureFiles, string]>([
    ['a file outside the app layout', { 'README.md': '# app' }, 'warning: README.md: is outside the app layout (manifest.json, requirements.json, translations/*.json, assets/)'],
    ['plain-http requests in code', { 'assets/main.js': 'fetch("http://api.example/x")' }, 'warning: assets/main.js: requests http://api.example/x over plain http; use https'],
    ['a private app without a logo', { 'assets/logo.png': '' }, 'warning: assets/logo.png: must be a 320x320 PNG, got not a PNG'],
  ])('warns about %s', async (_, extra, message) => {
    expect(await messagesOf({ ...validAppFiles(), ...extra })).toEqual([message]);
  });

  it('warns when a private app has no logos at all', async () => {
    expect(await messagesOf(without(validAppFiles(), 'assets/logo.png', 'assets/logo-small.png'))).toEqual([
      'warning: assets/logo.png: missing; Zendesk shows a generic icon (a Marketplace app needs a 320x320 PNG)',
      'warning: assets/logo-small.png: missing; Zendesk shows a generic icon (a Marketplace app needs a 128x128 PNG)',
    ]);
  });

  it('requires both logos at their sizes for a Marketplace app', async () => {
    expect(await messagesOf({ ...without(validAppFiles(), 'assets/logo.png'), 'manifest.json': publicManifest(), 'assets/logo-small.png': png(64, 64) })).toEqual([
      'assets/logo.png: a Marketplace app needs this 320x320 PNG, and it is missing',
      'assets/logo-small.png: must be a 128x128 PNG, got 64x64',
    ]);
  });

  it('looks for logos per product when the app runs in several', async () => {
    const files = withManifest((m) => {
      m['location'] = { support: { ticket_sidebar: 'assets/iframe.html' }, sell: { deal_card: 'assets/iframe.html' } };
    });
    const messages = await messagesOf(files);
    expect(messages).toContain('warning: assets/support/logo.png: missing; Zendesk shows a generic icon (a Marketplace app needs a 320x320 PNG)');
    expect(messages).toContain('warning: assets/sell/logo-small.png: missing; Zendesk shows a generic icon (a Marketplace app needs a 128x128 PNG)');
  });
});

describe('runValidation', () => {
  it('prints one OK line and succeeds for a valid app', async () => {
    const lines: string[] = [];
    const dir = makeFixture(validAppFiles());
    expect(await runValidation(dir, (line) => void lines.push(line))).toBe(0);
    expect(lines).toEqual([`OK: ${dir} follows the Zendesk app rules (7 files, 0 warnings)`]);
  });

  it('prints each violation and fails for an invalid app', async () => {
    const lines: string[] = [];
    const dir = makeFixture({ ...validAppFiles(), 'README.md': 'x' });
    mkdirSync(join(dir, 'assets/sub'));
    writeFileSync(join(dir, 'assets/sub/guide.pdf'), '%PDF');
    expect(await runValidation(dir, (line) => void lines.push(line))).toBe(1);
    expect(lines).toEqual([
      'assets/sub/guide.pdf: .pdf is a file type Zendesk does not accept in an app package',
      'warning: README.md: is outside the app layout (manifest.json, requirements.json, translations/*.json, assets/)',
      `${dir}: 1 error, 1 warning; Zendesk would reject this app`,
    ]);
  });

  it('fails with a hint when the folder does not exist', async () => {
    const lines: string[] = [];
    expect(await runValidation('no-such-dist', (line) => void lines.push(line))).toBe(1);
    expect(lines).toEqual(['no-such-dist: no such directory; build the app first (npm run build)']);
  });
});

describe('duplicateKeys', () => {
  it('finds keys repeated within one object, at any depth', () => {
    expect(duplicateKeys('{"a":1,"b":{"c":[{"d":1,"d":2}],"c":3},"a":"x"}')).toEqual(['b.c[0].d', 'b.c', 'a']);
  });

  it('does not confuse equal keys in different objects, or keys inside strings', () => {
    expect(duplicateKeys('{"a":{"k":1},"b":{"k":"\\"k\\":"},"c":["k","k"]}')).toEqual([]);
  });
});

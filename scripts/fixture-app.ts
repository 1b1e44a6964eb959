// Builds small app packages in a temp folder for the tests of the build, validate and package
// scripts, so none of them depends on dist/ or on the app source.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';

export type FixtureFiles = Record<string, string | Buffer>;

/** A PNG with a valid signature and header of the given size (pixels are never read). */
export function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    // The CRC is not checked by anything that reads these fixtures.
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function validManifest(): Record<string, unknown> {
  return {
    name: 'Fixture App',
    author: { name: 'Fixture Author', email: 'author@fixture.example', url: 'https://fixture.example' },
    defaultLocale: 'en',
    private: true,
    location: {
      support: {
        ticket_sidebar: { url: 'assets/iframe.html', flexible: true },
        user_sidebar: { url: 'assets/iframe.html' },
      },
    },
    version: '1.2.3',
    frameworkVersion: '2.0',
    parameters: [
      { name: 'merge_enabled', type: 'checkbox', default: true },
      { name: 'api_host', type: 'url' },
    ],
  };
}

export function validTranslations(): Record<string, unknown> {
  return {
    app: {
      name: 'Fixture App',
      short_description: 'Shows the requester.',
      long_description: 'Shows the requester and fixes their profile.',
      installation_instructions: 'Upload it as a private app.',
      parameters: {
        merge_enabled: { label: 'Allow merging', helpText: 'Agents can merge users.' },
        api_host: { label: 'API host' },
      },
    },
  };
}

/** The files of a valid private app; tests override or delete single entries to break one rule. */
export function validAppFiles(): FixtureFiles {
  return {
    'manifest.json': JSON.stringify(validManifest(), null, 2),
    'translations/en.json': JSON.stringify(validTranslations(), null, 2),
    'translations/de.json': JSON.stringify({ app: { short_description: 'Zeigt den Anfragenden.' } }),
    'assets/iframe.html': '<!doctype html><script type="module" src="./main.js"></script>',
    'assets/main.js': 'document.createElementNS("http://www.w3.org/2000/svg", "svg");',
    'assets/logo.png': png(320, 320),
    'assets/logo-small.png': png(128, 128),
  };
}

export function writeFiles(dir: string, files: FixtureFiles): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const created: string[] = [];

/** A fresh temp folder holding `files`; removeFixtures() deletes every folder made so far. */
export function makeFixture(files: FixtureFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'app-fixture-'));
  created.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function removeFixtures(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export type Manifest = Record<string, unknown>;

/** The valid app with its manifest changed by `change`. */
export function withManifest(change: (manifest: Manifest) => void): FixtureFiles {
  const manifest = validManifest();
  change(manifest);
  return { ...validAppFiles(), 'manifest.json': JSON.stringify(manifest, null, 2) };
}

/** The valid app with translations/en.json changed by `change`. */
export function withTranslations(change: (translations: { app: Record<string, unknown> }) => void): FixtureFiles {
  const translations = validTranslations() as { app: Record<string, unknown> };
  change(translations);
  return { ...validAppFiles(), 'translations/en.json': JSON.stringify(translations, null, 2) };
}

/** `files` without the given paths. */
export function without(files: FixtureFiles, ...paths: string[]): FixtureFiles {
  return Object.fromEntries(Object.entries(files).filter(([path]) => !paths.includes(path)));
}

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, removeFixtures, validAppFiles, withManifest } from './fixture-app.ts';
import { onlineValidationPlan, packageApp } from './package.ts';
import { readZipEntry, zipEntries } from './zip-entries.ts';

afterEach(removeFixtures);

describe('packageApp', () => {
  it('zips exactly the manifest, translations and assets, with their contents', async () => {
    const files = validAppFiles();
    const appDir = makeFixture(files);
    const outPath = join(makeFixture({}), 'out', 'app.zip');
    const result = await packageApp(appDir, outPath);

    const zip = readFileSync(outPath);
    const entries = zipEntries(zip);
    const fileEntries = entries.filter((entry) => !entry.name.endsWith('/'));
    expect(fileEntries.map((entry) => entry.name).sort()).toEqual(Object.keys(files).sort());
    // zcli's archiver also writes the folders themselves; nothing else may be there.
    expect(entries.filter((entry) => entry.name.endsWith('/')).map((entry) => entry.name).sort()).toEqual(['assets/', 'translations/']);
    for (const entry of fileEntries) {
      expect(readZipEntry(zip, entry).equals(Buffer.from(files[entry.name] ?? ''))).toBe(true);
    }
    expect(result).toMatchObject({ zipPath: outPath, bytes: zip.byteLength, warnings: [] });
    expect(result.entries).toEqual(entries);
  });

  it('leaves the app folder as it found it', async () => {
    const appDir = makeFixture(validAppFiles());
    await packageApp(appDir, join(makeFixture({}), 'app.zip'));
    expect(existsSync(join(appDir, 'tmp'))).toBe(false);

    mkdirSync(join(appDir, 'tmp'));
    writeFileSync(join(appDir, 'tmp', 'keep.txt'), 'mine');
    const zip = join(makeFixture({}), 'again.zip');
    await packageApp(appDir, zip);
    expect(readdirSync(join(appDir, 'tmp'))).toEqual(['keep.txt']);
    expect(zipEntries(readFileSync(zip)).map((entry) => entry.name)).not.toContain('tmp/keep.txt');
  });

  it('refuses to package an app Zendesk would reject', async () => {
    const appDir = makeFixture(withManifest((m) => void delete m['author']));
    const outPath = join(makeFixture({}), 'app.zip');
    await expect(packageApp(appDir, outPath)).rejects.toThrow(
      `${appDir} is not a valid Zendesk app, not packaged:\n  manifest.json: required field 'author' is missing`,
    );
    expect(existsSync(outPath)).toBe(false);
  });

  it('passes warnings on without refusing', async () => {
    const appDir = makeFixture({ ...validAppFiles(), 'README.md': 'notes' });
    const result = await packageApp(appDir, join(makeFixture({}), 'app.zip'));
    expect(result.warnings.map((warning) => warning.file)).toEqual(['README.md']);
  });
});

describe('onlineValidationPlan', () => {
  const credentials = { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'a@acme.example', ZENDESK_API_TOKEN: 'token' };

  it('runs zcli when all three credentials are set', () => {
    expect(onlineValidationPlan(credentials)).toEqual({ run: true });
  });

  it('names the credentials that are missing or empty', () => {
    expect(onlineValidationPlan({ ...credentials, ZENDESK_API_TOKEN: '' })).toEqual({ run: false, reason: 'ZENDESK_API_TOKEN is not set' });
    expect(onlineValidationPlan({})).toEqual({
      run: false,
      reason: 'ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN are not set',
    });
  });
});

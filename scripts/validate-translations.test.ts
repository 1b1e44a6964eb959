import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, removeFixtures, validAppFiles, validTranslations, withManifest, withTranslations } from './fixture-app.ts';
import type { FixtureFiles, Manifest } from './fixture-app.ts';
import { formatViolation, validateApp } from './validate.ts';

afterEach(removeFixtures);

async function messagesOf(files: FixtureFiles): Promise<string[]> {
  return (await validateApp(makeFixture(files))).map(formatViolation);
}

const parameterTexts = (validTranslations()['app'] as Record<string, unknown>)['parameters'];
const withParameters = (...parameters: unknown[]) => (m: Manifest) => void (m['parameters'] = parameters);

describe('validateApp on parameters', () => {
  it.each<[string, (m: Manifest) => void, string]>([
    ['parameters not a list', (m) => void (m['parameters'] = { merge_enabled: {} }), "'parameters' must be an array, got object"],
    ['a parameter without a name', withParameters({ type: 'text' }), "parameters[0] must be an object with a non-empty string 'name'"],
    ['a parameter defined twice', withParameters({ name: 'api_host' }, { name: 'api_host', type: 'url' }), "parameter 'api_host' is defined more than once"],
    ['a parameter called name', withParameters({ name: 'name' }), "a parameter cannot be called 'name'"],
    ['an unknown type', withParameters({ name: 'api_host', type: 'select' }), "parameter 'api_host' has type 'select'; allowed: text, checkbox, url, number, multiline, hidden, oauth"],
    ['a required flag that is not boolean', withParameters({ name: 'api_host', required: 'yes' }), `parameter 'api_host': 'required' must be a boolean, got string "yes"`],
    ['a hidden parameter that is required', withParameters({ name: 'api_host', type: 'hidden', required: true }), "parameter 'api_host' is hidden and cannot be required"],
    ['a secure oauth parameter', withParameters({ name: 'api_host', type: 'oauth', secure: true, scopes: ['header'] }), "parameter 'api_host' is of type oauth and cannot be secure"],
    ['two oauth parameters', withParameters({ name: 'api_host', type: 'oauth' }, { name: 'merge_enabled', type: 'oauth' }), "only one parameter may have type 'oauth'"],
    ['scopes on an insecure parameter', withParameters({ name: 'api_host', scopes: ['header'] }), `parameter 'api_host': 'scopes' needs "secure": true`],
    ['unknown scopes', withParameters({ name: 'api_host', secure: true, scopes: ['cookie'] }), "parameter 'api_host': 'scopes' contains invalid values: cookie (allowed: header, body, url, jwt_secret_key, jwt_claim, basic_auth_username, basic_auth_password)"],
  ])('reports %s', async (_, change, message) => {
    expect(await messagesOf(withManifest(change))).toEqual([`manifest.json: ${message}`]);
  });

  it.each<[string, unknown, string]>([
    ['a secret-looking text parameter', { name: 'api_token', type: 'text' }, `parameter 'api_token' looks like a secret; set "secure": true`],
    ['a secure parameter without scopes', { name: 'api_token', secure: true }, "parameter 'api_token' is secure but has no 'scopes'; the token may be exposed"],
    ['a hidden parameter with a default', { name: 'api_token', type: 'hidden', default: 'x' }, "parameter 'api_token': defaults of secure or hidden parameters are not stored securely"],
  ])('warns about %s', async (_, parameter, message) => {
    const files = withManifest(withParameters(parameter));
    const translations = validTranslations() as { app: Record<string, unknown> };
    translations.app['parameters'] = { api_token: { label: 'Token' } };
    const violations = await validateApp(makeFixture({ ...files, 'translations/en.json': JSON.stringify(translations) }));
    expect(violations).toEqual([{ level: 'warning', file: 'manifest.json', message }]);
  });
});

describe('validateApp on translations', () => {
  const parameters = (value: unknown) => (t: { app: Record<string, unknown> }) => void (t.app['parameters'] = value);

  it.each<[string, FixtureFiles, string]>([
    ['a file name that is not a locale', { 'translations/EN_us.json': '{}' }, "translations/EN_us.json: 'EN_us' is not a valid locale name (like 'en' or 'pt-br')"],
    ['a file that is not an object', { 'translations/de.json': '["Hallo"]' }, 'translations/de.json: must be a JSON object, got array'],
    ['a leaf that is not a string', { 'translations/de.json': '{"app":{"short_description":1}}' }, 'translations/de.json: app.short_description must be a string or an object of strings, got number 1'],
    ['a missing app name', withTranslations((t) => void delete t.app['name']), 'translations/en.json: missing required key app.name'],
    ['a parameter text without label', withTranslations(parameters({ merge_enabled: { label: 'Merge' }, api_host: { helpText: 'Host' } })), "translations/en.json: app.parameters.api_host needs a 'label'"],
    ['a parameter with no text at all', withTranslations(parameters({ merge_enabled: { label: 'Merge' } })), "translations/en.json: app.parameters.api_host.label is missing; the settings page shows it for parameter 'api_host'"],
    ['texts for a product the app does not run in', withTranslations((t) => void (t.app = { support: { name: 'A' }, chat: { name: 'A' }, parameters: parameterTexts })), "translations/en.json: products chat have texts but are not in the manifest's locations (support)"],
  ])('reports %s', async (_, changed, message) => {
    expect(await messagesOf({ ...validAppFiles(), ...changed })).toEqual([message]);
  });

  it('reports a file that is not JSON', async () => {
    const messages = await messagesOf({ ...validAppFiles(), 'translations/de.json': '{"app": ' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^translations\/de\.json: is not valid JSON \(.+\)$/);
  });

  it('needs the listing texts of a Marketplace app', async () => {
    const files = withTranslations((t) => void delete t.app['long_description']);
    const publicApp = withManifest((m) => void (m['private'] = false))['manifest.json'] ?? '';
    expect(await messagesOf({ ...files, 'manifest.json': publicApp })).toEqual([
      'translations/en.json: missing required key app.long_description',
    ]);
  });

  it('needs only the name of a private app', async () => {
    const files = withTranslations((t) => void (t.app = { name: 'A', parameters: parameterTexts }));
    expect(await messagesOf(files)).toEqual([]);
  });

  it('does not ask for a label of a hidden parameter', async () => {
    const files = withManifest(withParameters({ name: 'merge_enabled', type: 'checkbox' }, { name: 'internal_state', type: 'hidden' }));
    expect(await messagesOf(files)).toEqual([]);
  });

  it('takes the app name from the default locale when it is not en', async () => {
    const files = withManifest((m) => void (m['defaultLocale'] = 'de'));
    expect(await messagesOf(files)).toEqual([
      'translations/de.json: missing required key app.name',
      "translations/de.json: app.parameters.merge_enabled.label is missing; the settings page shows it for parameter 'merge_enabled'",
      "translations/de.json: app.parameters.api_host.label is missing; the settings page shows it for parameter 'api_host'",
    ]);
  });
});

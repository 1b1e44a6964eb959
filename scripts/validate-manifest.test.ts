import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, removeFixtures, validAppFiles, validManifest, withManifest, without } from './fixture-app.ts';
import type { FixtureFiles, Manifest } from './fixture-app.ts';
import { formatViolation, validateApp } from './validate.ts';

afterEach(removeFixtures);

async function messagesOf(files: FixtureFiles): Promise<string[]> {
  return (await validateApp(makeFixture(files))).map(formatViolation);
}

const sidebar = (options: unknown): Manifest['location'] => ({ support: { ticket_sidebar: options } });
const drop = (field: string) => (m: Manifest) => void delete m[field];
const set = (field: string, value: unknown) => (m: Manifest) => void (m[field] = value);

describe('validateApp on manifest.json', () => {
  it('reports a missing manifest', async () => {
    expect(await messagesOf(without(validAppFiles(), 'manifest.json'))).toEqual(['manifest.json: not found at the root of the package']);
  });

  it('points to a manifest one folder too deep', async () => {
    const nested = Object.fromEntries(Object.entries(validAppFiles()).map(([path, content]) => [`app/${path}`, content]));
    expect(await messagesOf(nested)).toEqual([
      'manifest.json: not found at the root of the package, but app/manifest.json is; package the folder that holds it',
    ]);
  });

  it('reports a manifest that is not JSON', async () => {
    let parseError = '';
    try {
      JSON.parse('{"name": }');
    } catch (cause) {
      parseError = (cause as Error).message;
    }
    expect(await messagesOf({ ...validAppFiles(), 'manifest.json': '{"name": }' })).toEqual([
      `manifest.json: is not valid JSON (${parseError})`,
    ]);
  });

  it('reports a key defined twice, which JSON.parse would hide', async () => {
    const text = JSON.stringify(validManifest()).replace('"author":{', '"author":{"name":"First",');
    expect(await messagesOf({ ...validAppFiles(), 'manifest.json': text })).toEqual([
      "manifest.json: key 'author.name' is defined more than once",
    ]);
  });

  it.each<[string, (m: Manifest) => void, string]>([
    ['name missing', drop('name'), "required field 'name' is missing"],
    ['author missing', drop('author'), "required field 'author' is missing"],
    ['author a string', set('author', 'Someone'), `'author' must be an object with 'name' and 'email', got string "Someone"`],
    ['author email missing', set('author', { name: 'A' }), "required field 'author.email' is missing"],
    ['author url not a URL', set('author', { name: 'A', email: 'a@b.example', url: 'nowhere' }), "'author.url' must be an http(s) URL, got 'nowhere'"],
    ['defaultLocale missing', drop('defaultLocale'), "required field 'defaultLocale' is missing"],
    ['defaultLocale malformed', set('defaultLocale', 'EN_us'), "defaultLocale 'EN_us' is not a valid locale (like 'en' or 'pt-br')"],
    ['defaultLocale without file', set('defaultLocale', 'fr'), "defaultLocale 'fr' needs translations/fr.json, which is not in the package"],
    ['private not boolean', set('private', 'yes'), `'private' must be a boolean, got string "yes"`],
    ['version not string', set('version', 1), "'version' must be a string, got number 1"],
    ['frameworkVersion missing', drop('frameworkVersion'), "required field 'frameworkVersion' is missing"],
    ['frameworkVersion old', set('frameworkVersion', '1.0'), "frameworkVersion '1.0' is not served; use '2.0'"],
    ['noTemplate set', set('noTemplate', true), "'noTemplate' cannot be used with frameworkVersion 2.0; set autoLoad or autoHide per location"],
    ['unknown experiment', set('experiments', { turbo: true }), "experiment 'turbo' is unknown or unavailable"],
    ['domainWhitelist not strings', set('domainWhitelist', [1]), "'domainWhitelist' must be an array of strings"],
    ['terms URL invalid', set('termsConditionsURL', 'terms'), "'termsConditionsURL' must be an http(s) URL, got 'terms'"],
    ['location missing', drop('location'), "required field 'location' is missing"],
    ['location as a list', set('location', ['ticket_sidebar']), "'location' must map products to locations with URLs for frameworkVersion 2.0, got array"],
    ['unknown product', set('location', { desk: { ticket_sidebar: 'assets/iframe.html' } }), "location.desk: 'desk' is not a Zendesk product (support, chat, standalone_chat, sell)"],
    ['unknown location', set('location', { support: { ticket_sidbar: 'assets/iframe.html' } }), "location.support.ticket_sidbar: 'ticket_sidbar' is not a support location (top_bar, nav_bar, ticket_sidebar, new_ticket_sidebar, user_sidebar, organization_sidebar, background, modal, ticket_editor, system_top_bar)"],
    ['url outside assets', set('location', sidebar({ url: 'iframe.html' })), "location.support.ticket_sidebar.url 'iframe.html' must start with assets/"],
    ['url to a missing asset', set('location', sidebar({ url: 'assets/missing.html' })), "location.support.ticket_sidebar.url 'assets/missing.html' does not exist in the package"],
    ['url over http', set('location', sidebar('http://app.example/sidebar')), "location.support.ticket_sidebar.url 'http://app.example/sidebar' must use https"],
    ['no url', set('location', sidebar({ flexible: true })), 'location.support.ticket_sidebar has no url; give it one, or set "autoLoad": false'],
    ['flexible not boolean', set('location', sidebar({ url: 'assets/iframe.html', flexible: 'yes' })), `location.support.ticket_sidebar.flexible must be a boolean, got string "yes"`],
    ['oauth without parameter', set('oauth', { client_id: 'a', client_secret: 'b', authorize_uri: 'https://a.example', access_token_uri: 'https://a.example/t' }), "'oauth' needs a parameter of type 'oauth'"],
  ])('reports %s', async (_, change, message) => {
    expect(await messagesOf(withManifest(change))).toEqual([`manifest.json: ${message}`]);
  });

  it.each<[string, (m: Manifest) => void]>([
    ['an https location', set('location', sidebar({ url: 'https://app.example/sidebar' }))],
    ['a location that does not load', set('location', sidebar({ autoLoad: false }))],
    ['a URL with a setting placeholder', set('location', sidebar({ url: 'https://{{setting.host}}/app' }))],
    ['a legacy product name', set('location', { zendesk: { ticket_sidebar: 'assets/iframe.html' } })],
    ['a URL with a query', set('location', sidebar({ url: 'assets/iframe.html?mode=sidebar' }))],
  ])('accepts %s', async (_, change) => {
    expect(await messagesOf(withManifest(change))).toEqual([]);
  });

  it('holds a requirements-only app to its own rules', async () => {
    const requirementsOnly = (m: Manifest): void => {
      m['requirementsOnly'] = true;
      delete m['location'];
      delete m['frameworkVersion'];
    };
    expect(await messagesOf({ ...withManifest(requirementsOnly), 'requirements.json': '{"targets":{}}' })).toEqual([]);
    expect(await messagesOf(withManifest(requirementsOnly))).toEqual([
      'requirements.json: a requirements-only app needs this file, and it is missing',
    ]);
    const withLocation = withManifest((m) => {
      requirementsOnly(m);
      m['location'] = sidebar('assets/iframe.html');
    });
    expect(await messagesOf({ ...withLocation, 'requirements.json': '{}' })).toEqual([
      "manifest.json: 'location' must not be set for a requirements-only app",
    ]);
  });

  it('refuses a marketing-only app that is private', async () => {
    const files = withManifest((m) => {
      m['marketingOnly'] = true;
      delete m['location'];
      delete m['frameworkVersion'];
      delete m['parameters'];
    });
    expect(await messagesOf(files)).toEqual(['manifest.json: a marketing-only app must set "private": false']);
  });
});

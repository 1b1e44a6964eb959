import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { supportedLocale } from './index.ts';

type Json = string | { [key: string]: Json };

const LOCALES = new URL('./locales/', import.meta.url);
const TRANSLATIONS = new URL('../../translations/', import.meta.url);
const readJson = (url: URL): Record<string, Json> => JSON.parse(readFileSync(url, 'utf8')) as Record<string, Json>;

const tags = readdirSync(LOCALES).filter((name) => name !== 'en').sort();
const parts = ['header', 'boot', 'app', 'later', 'merge'] as const;
const marketplaceFiles = readdirSync(TRANSLATIONS).filter((name) => name.endsWith('.json') && name !== 'en.json').sort();
// Zendesk names translation files in lower case (pt-br.json), as its own apps do.
const marketplaceFile = (tag: string) => `${tag.toLowerCase()}.json`;

/** Every message of one language, all parts together. */
const everyString = (tag: string) => Object.assign({}, ...parts.map((part) => readJson(new URL(`${tag}/${part}.json`, LOCALES)))) as Record<string, Json>;

const placeholders = (text: string) => new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? ''));
const isPlural = (value: Json): value is Record<string, string> =>
  typeof value === 'object' && Object.values(value).every((form) => typeof form === 'string') && 'other' in value;

/** Every problem of one message against its English original, as readable sentences. */
function messageProblems(tag: string, key: string, english: Json, own: Json | undefined): string[] {
  if (own === undefined) return [`${key} is missing`];
  const texts = typeof english === 'string' ? [english] : Object.values(english).filter((text) => typeof text === 'string');
  const allowed = new Set(texts.flatMap((text) => [...placeholders(text)]));
  if (typeof english === 'string') {
    if (typeof own !== 'string') return [`${key} must be a string`];
    const found = [...placeholders(own)];
    return [
      ...found.filter((name) => !allowed.has(name)).map((name) => `${key} has {${name}}, which English does not`),
      ...[...allowed].filter((name) => !found.includes(name)).map((name) => `${key} drops {${name}}`),
    ];
  }
  if (!isPlural(own)) return [`${key} must be a plural object with "other"`];
  const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const problems = needed.filter((category) => !(category in own)).map((category) => `${key} lacks the "${category}" form`);
  for (const [category, text] of Object.entries(own)) {
    if (!(needed as string[]).includes(category)) problems.push(`${key} has a "${category}" form that ${tag} never uses`);
    for (const name of placeholders(text)) if (!allowed.has(name)) problems.push(`${key}.${category} has {${name}}, which English does not`);
  }
  // "one" and "two" may spell the number out; "other" has to show it.
  for (const name of allowed) if (!placeholders(own.other ?? '').has(name)) problems.push(`${key}.other drops {${name}}`);
  return problems;
}

function tableProblems(tag: string, english: Record<string, Json>, own: Record<string, Json>): string[] {
  const extra = Object.keys(own).filter((key) => !(key in english)).map((key) => `${key} is not an English key`);
  return [...Object.entries(english).flatMap(([key, text]) => messageProblems(tag, key, text, own[key])), ...extra];
}

/** The marketplace texts as flat dotted keys: app.parameters.merge_enabled.label … */
function flatten(node: Record<string, Json>, prefix = ''): Record<string, Json> {
  return Object.fromEntries(Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`))));
}

describe('the app strings of each language', () => {
  it('include English and the six translations', () => {
    expect(tags).toEqual(['de', 'es', 'fr', 'he', 'ja', 'pt-BR']);
  });

  describe.each(tags)('%s', (tag) => {
    it.each(parts)('has every %s key of English, with its placeholders and plural forms', (part) => {
      const english = readJson(new URL(`en/${part}.json`, LOCALES));
      expect(tableProblems(tag, english, readJson(new URL(`${tag}/${part}.json`, LOCALES)))).toEqual([]);
    });

    it('loads as one chunk and is picked for its own tag', () => {
      expect(existsSync(new URL(`${tag}/index.ts`, LOCALES))).toBe(true);
      expect(supportedLocale(tag)).toBe(tag);
    });

    // WCAG 2.5.3: a spoken command ("click Remove") must match the accessible name.
    it('keeps each button\'s visible text inside its longer accessible name', () => {
      const strings = everyString(tag);
      const pairs = [
        ['requester.openProfile', 'requester.openProfileOf'],
        ['identity.makePrimary', 'identity.makePrimaryOf'],
        ['identity.verify', 'identity.verifyOf'],
        ['identity.sendVerification', 'identity.sendVerificationTo'],
        ['identity.remove', 'identity.removeOf'],
        ['duplicates.compare', 'duplicates.compareWith'],
      ] as const;
      for (const [visible, label] of pairs) {
        expect([typeof strings[label], typeof strings[visible]]).toEqual(['string', 'string']);
        expect(String(strings[label]).toLocaleLowerCase(tag)).toContain(String(strings[visible]).toLocaleLowerCase(tag));
      }
    });
  });

  it('English keeps its button texts inside their accessible names too', () => {
    const english = everyString('en');
    expect(String(english['identity.removeOf'])).toContain(String(english['identity.remove']));
    expect(String(english['requester.openProfileOf'])).toContain(String(english['requester.openProfile']));
  });
});

describe('the marketplace strings (translations/)', () => {
  const english = flatten(readJson(new URL('en.json', TRANSLATIONS)));

  it('exist for every language the app speaks, named as Zendesk names them', () => {
    expect(marketplaceFiles).toEqual(tags.map(marketplaceFile).sort());
    for (const file of marketplaceFiles) expect(file.replace(/\.json$/, '')).toMatch(/^[a-z]{2,3}(-[a-z0-9]{2,3})?$/);
  });

  it.each(tags)('%s has every English text, listing and parameter, without foreign placeholders', (tag) => {
    const own = flatten(readJson(new URL(marketplaceFile(tag), TRANSLATIONS)));
    expect(tableProblems(tag, english, own)).toEqual([]);
    for (const key of ['app.name', 'app.short_description', 'app.long_description', 'app.installation_instructions']) {
      expect(own[key], key).toBeTruthy();
    }
  });
});

describe('the strings split by when they are shown', () => {
  it('has no key in more than one part, in English', () => {
    const seen = new Map<string, string>();
    for (const part of parts) {
      for (const key of Object.keys(readJson(new URL(`en/${part}.json`, LOCALES)))) {
        expect(seen.get(key), `${key} is in ${seen.get(key) ?? ''} and ${part}`).toBeUndefined();
        seen.set(key, part);
      }
    }
  });
});

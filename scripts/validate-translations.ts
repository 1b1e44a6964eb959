// Translation rules of zendesk_apps_support validations/translations.rb. Two rules are this
// project's own: every leaf is a string, and every visible parameter has a label in the default
// locale (without one the settings page shows the raw parameter name).
import { namedParameters } from './validate-parameters.ts';
import { LOCATIONS, VALID_LOCALE, describe, error, isObject, manifestFacts } from './validate-rules.ts';
import type { AppPackage, JsonObject, ManifestFacts, Violation } from './validate-rules.ts';

const TRANSLATION_PATH = /^translations\/(.*)\.json$/;
const MARKETPLACE_KEYS = ['name', 'short_description', 'installation_instructions', 'long_description'];

function parse(path: string, bytes: Buffer): { json: JsonObject } | { violation: Violation } {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (cause) {
    return { violation: error(path, `is not valid JSON (${(cause as Error).message})`) };
  }
  return isObject(json) ? { json } : { violation: error(path, `must be a JSON object, got ${describe(json)}`) };
}

function nonStringLeaves(value: unknown, at: string): string[] {
  if (typeof value === 'string') return [];
  if (isObject(value)) return Object.entries(value).flatMap(([key, child]) => nonStringLeaves(child, at === '' ? key : `${at}.${key}`));
  return [`${at} must be a string or an object of strings, got ${describe(value)}`];
}

function appNode(json: JsonObject): JsonObject {
  const app = json['app'];
  return isObject(app) ? app : {};
}

function parameterLabelProblems(path: string, json: JsonObject): Violation[] {
  const parameters = appNode(json)['parameters'];
  if (!isObject(parameters)) return [];
  return Object.entries(parameters)
    .filter(([, node]) => !(isObject(node) && 'label' in node))
    .map(([name]) => error(path, `app.parameters.${name} needs a 'label'`));
}

function missingKeys(node: JsonObject, facts: ManifestFacts): string[] {
  // zas accepts the older `description` in place of `short_description`.
  const keys = Object.keys(node).map((key) => (key === 'description' ? 'short_description' : key));
  const required = facts.isPrivate ? ['name'] : MARKETPLACE_KEYS;
  return required.filter((key) => !keys.includes(key));
}

/** The app name and, for Marketplace apps, the listing texts, at the top or per product. */
function requiredKeyProblems(path: string, json: JsonObject, facts: ManifestFacts): Violation[] {
  const app = appNode(json);
  const products = Object.keys(app).filter((key) => key in LOCATIONS);
  if (products.length === 0) return missingKeys(app, facts).map((key) => error(path, `missing required key app.${key}`));
  const found: Violation[] = [];
  const foreign = products.filter((product) => !facts.products.includes(product));
  if (foreign.length > 0) {
    found.push(error(path, `products ${foreign.join(', ')} have texts but are not in the manifest's locations (${facts.products.join(', ')})`));
  }
  for (const product of products) {
    const node = app[product];
    const missing = isObject(node) ? missingKeys(node, facts) : ['name'];
    found.push(...missing.map((key) => error(path, `missing required key app.${product}.${key}`)));
  }
  return found;
}

function unlabelledParameters(path: string, json: JsonObject, manifest: JsonObject): Violation[] {
  const labels = appNode(json)['parameters'];
  const present = isObject(labels) ? labels : {};
  return namedParameters(manifest)
    .filter((p) => p.type !== 'hidden' && !(p.name in present))
    .map((p) => error(path, `app.parameters.${p.name}.label is missing; the settings page shows it for parameter '${p.name}'`));
}

export function checkTranslations(pkg: AppPackage, manifest: JsonObject): Violation[] {
  const facts = manifestFacts(manifest);
  const defaultPath = facts.defaultLocale === undefined ? undefined : `translations/${facts.defaultLocale}.json`;
  const found: Violation[] = [];
  for (const [path, bytes] of pkg.files) {
    const locale = TRANSLATION_PATH.exec(path)?.[1];
    if (locale === undefined) continue;
    if (!VALID_LOCALE.test(locale)) {
      found.push(error(path, `'${locale}' is not a valid locale name (like 'en' or 'pt-br')`));
      continue;
    }
    const parsed = parse(path, bytes);
    if ('violation' in parsed) {
      found.push(parsed.violation);
      continue;
    }
    const { json } = parsed;
    found.push(...nonStringLeaves(json, '').map((message) => error(path, message)));
    found.push(...parameterLabelProblems(path, json));
    // zas checks the listing texts in en.json, the only locale the Marketplace shows; the default
    // locale supplies the app's name, so it is held to the same rule.
    if (path === 'translations/en.json' || path === defaultPath) found.push(...requiredKeyProblems(path, json, facts));
    if (path === defaultPath) found.push(...unlabelledParameters(path, json, manifest));
  }
  return found;
}

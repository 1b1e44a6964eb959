// Manifest rules of zendesk_apps_support validations/manifest.rb, marketplace.rb (experiments) and
// requirements.rb, plus `name` and `author.name`/`author.email`, which zcli and the manifest
// reference require although the Ruby validator does not check them.
import { duplicateKeys } from './json-keys.ts';
import { checkLocations } from './validate-locations.ts';
import { checkParameters } from './validate-parameters.ts';
import {
  FRAMEWORK_VERSIONS,
  MANIFEST,
  REQUIREMENTS,
  VALID_LOCALE,
  describe,
  error,
  isObject,
  manifestFacts,
} from './validate-rules.ts';
import type { AppPackage, JsonObject, Violation } from './validate-rules.ts';

const STRING_FIELDS = ['defaultLocale', 'version', 'frameworkVersion', 'remoteInstallationURL', 'termsConditionsURL', 'gaID'];
const BOOLEAN_FIELDS = ['requirementsOnly', 'marketingOnly', 'singleInstall', 'signedUrls', 'private'];
const AUTHOR_STRINGS = ['name', 'email', 'url'];
const ALLOWED_EXPERIMENTS = ['hashParams', 'newCssCompiler'];
const OAUTH_FIELDS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri'];

const problem = (message: string): Violation => error(MANIFEST, message);
const missing = (field: string): Violation => problem(`required field '${field}' is missing`);

export type ParsedManifest = { readonly manifest: JsonObject } | { readonly violations: Violation[] };

/** Reads manifest.json: it must exist at the root, parse, be an object and repeat no key. */
export function parseManifest(pkg: AppPackage): ParsedManifest {
  const bytes = pkg.files.get(MANIFEST);
  if (bytes === undefined) {
    const nested = [...pkg.files.keys()].find((path) => /^[^/]+\/manifest\.json$/.test(path));
    const hint = nested === undefined ? '' : `, but ${nested} is; package the folder that holds it`;
    return { violations: [problem(`not found at the root of the package${hint}`)] };
  }
  const text = bytes.toString('utf8');
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (cause) {
    return { violations: [problem(`is not valid JSON (${(cause as Error).message})`)] };
  }
  if (!isObject(manifest)) return { violations: [problem(`must be a JSON object, got ${describe(manifest)}`)] };
  const duplicates = duplicateKeys(text);
  if (duplicates.length > 0) {
    return { violations: duplicates.map((path) => problem(`key '${path}' is defined more than once`)) };
  }
  return { manifest };
}

function typeChecks(manifest: JsonObject): Violation[] {
  const found: Violation[] = [];
  for (const field of STRING_FIELDS) {
    const value = manifest[field];
    if (value !== undefined && typeof value !== 'string') found.push(problem(`'${field}' must be a string, got ${describe(value)}`));
  }
  for (const field of BOOLEAN_FIELDS) {
    const value = manifest[field];
    if (value !== undefined && typeof value !== 'boolean') found.push(problem(`'${field}' must be a boolean, got ${describe(value)}`));
  }
  const experiments = manifest['experiments'];
  if (experiments !== undefined && !isObject(experiments)) {
    found.push(problem(`'experiments' must be an object, got ${describe(experiments)}`));
  } else if (experiments !== undefined) {
    for (const [name, enabled] of Object.entries(experiments)) {
      if (enabled && !ALLOWED_EXPERIMENTS.includes(name)) found.push(problem(`experiment '${name}' is unknown or unavailable`));
    }
  }
  const whitelist = manifest['domainWhitelist'];
  if (whitelist !== undefined && !(Array.isArray(whitelist) && whitelist.every((entry) => typeof entry === 'string'))) {
    found.push(problem(`'domainWhitelist' must be an array of strings`));
  }
  const noTemplate = manifest['noTemplate'];
  if (noTemplate !== undefined && noTemplate !== false) {
    // noTemplate belongs to framework v1; for 2.0 zas rejects true and any list of locations.
    const empty = Array.isArray(noTemplate) && noTemplate.length === 0;
    if (!empty) found.push(problem(`'noTemplate' cannot be used with frameworkVersion 2.0; set autoLoad or autoHide per location`));
  }
  return found;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function authorChecks(manifest: JsonObject): Violation[] {
  const author = manifest['author'];
  if (author === undefined) return [missing('author')];
  if (!isObject(author)) return [problem(`'author' must be an object with 'name' and 'email', got ${describe(author)}`)];
  const found: Violation[] = [];
  for (const field of AUTHOR_STRINGS) {
    const value = author[field];
    if (value === undefined) {
      if (field !== 'url') found.push(missing(`author.${field}`));
    } else if (typeof value !== 'string') {
      found.push(problem(`'author.${field}' must be a string, got ${describe(value)}`));
    } else if (field === 'url' && !isHttpUrl(value)) {
      found.push(problem(`'author.url' must be an http(s) URL, got '${value}'`));
    }
  }
  return found;
}

function localeChecks(manifest: JsonObject, pkg: AppPackage): Violation[] {
  const locale = manifest['defaultLocale'];
  if (locale === undefined) return [missing('defaultLocale')];
  if (typeof locale !== 'string') return [];
  if (!VALID_LOCALE.test(locale)) return [problem(`defaultLocale '${locale}' is not a valid locale (like 'en' or 'pt-br')`)];
  if (!pkg.files.has(`translations/${locale}.json`)) {
    return [problem(`defaultLocale '${locale}' needs translations/${locale}.json, which is not in the package`)];
  }
  return [];
}

function oauthChecks(manifest: JsonObject): Violation[] {
  const oauth = manifest['oauth'];
  if (oauth === undefined || oauth === null) return [];
  const block = isObject(oauth) ? oauth : {};
  const absent = OAUTH_FIELDS.filter((key) => typeof block[key] !== 'string' || block[key] === '');
  const found = absent.map((key) => missing(`oauth.${key}`));
  const parameters = manifest['parameters'];
  const hasOauthParameter = Array.isArray(parameters) && parameters.some((p) => isObject(p) && p['type'] === 'oauth');
  if (!hasOauthParameter) found.push(problem(`'oauth' needs a parameter of type 'oauth'`));
  return found;
}

function kindChecks(manifest: JsonObject, pkg: AppPackage): Violation[] {
  const { requirementsOnly, marketingOnly, isPrivate } = manifestFacts(manifest);
  const found: Violation[] = [];
  if (requirementsOnly || marketingOnly) {
    const kind = requirementsOnly ? 'a requirements-only' : 'a marketing-only';
    if (manifest['location'] !== undefined) found.push(problem(`'location' must not be set for ${kind} app`));
    if (manifest['frameworkVersion'] !== undefined) found.push(problem(`'frameworkVersion' must not be set for ${kind} app`));
    if (marketingOnly && Array.isArray(manifest['parameters']) && manifest['parameters'].length > 0) {
      found.push(problem(`'parameters' must not be set for a marketing-only app`));
    }
    if (marketingOnly && isPrivate) found.push(problem(`a marketing-only app must set "private": false`));
    if (requirementsOnly && !pkg.files.has(REQUIREMENTS)) {
      found.push(error(REQUIREMENTS, 'a requirements-only app needs this file, and it is missing'));
    }
    return found;
  }
  if (manifest['name'] === undefined) found.push(missing('name'));
  else if (typeof manifest['name'] !== 'string' || manifest['name'].trim() === '') {
    found.push(problem(`'name' must be a non-empty string, got ${describe(manifest['name'])}`));
  }
  found.push(...checkLocations(manifest, pkg));
  const version = manifest['frameworkVersion'];
  if (version === undefined) found.push(missing('frameworkVersion'));
  else if (typeof version === 'string' && !FRAMEWORK_VERSIONS.includes(version)) {
    found.push(problem(`frameworkVersion '${version}' is not served; use ${FRAMEWORK_VERSIONS.map((v) => `'${v}'`).join(' or ')}`));
  }
  return found;
}

function requirementsFileChecks(pkg: AppPackage): Violation[] {
  const bytes = pkg.files.get(REQUIREMENTS);
  if (bytes === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    return isObject(parsed) ? [] : [error(REQUIREMENTS, `must be a JSON object, got ${describe(parsed)}`)];
  } catch (cause) {
    return [error(REQUIREMENTS, `is not valid JSON (${(cause as Error).message})`)];
  }
}

export function checkManifest(manifest: JsonObject, pkg: AppPackage): Violation[] {
  const terms = manifest['termsConditionsURL'];
  return [
    ...authorChecks(manifest),
    ...localeChecks(manifest, pkg),
    ...typeChecks(manifest),
    ...(typeof terms === 'string' && !isHttpUrl(terms) ? [problem(`'termsConditionsURL' must be an http(s) URL, got '${terms}'`)] : []),
    ...oauthChecks(manifest),
    ...kindChecks(manifest, pkg),
    ...(manifestFacts(manifest).marketingOnly ? [] : checkParameters(manifest)),
    ...requirementsFileChecks(pkg),
  ];
}

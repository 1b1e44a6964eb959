// Location rules of zendesk_apps_support validations/manifest.rb (validate_location and
// invalid_location_uri_error) for framework 2.0 apps.
import { LEGACY_PRODUCT_NAMES, LOCATIONS, MANIFEST, describe, error, isObject } from './validate-rules.ts';
import type { AppPackage, JsonObject, Violation } from './validate-rules.ts';

const problem = (message: string): Violation => error(MANIFEST, message);
const PRODUCTS = Object.keys(LOCATIONS);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function urlProblem(field: string, url: string, pkg: AppPackage): Violation | undefined {
  // Setting placeholders are filled in by Zendesk at install time, so they cannot be checked here.
  if (url.includes('{{setting.')) return undefined;
  if (SCHEME.test(url) || url.startsWith('//')) {
    let parsed: URL;
    try {
      parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
    } catch {
      return problem(`${field} '${url}' is not a valid URL`);
    }
    if (url.startsWith('//') || (parsed.protocol !== 'https:' && parsed.hostname !== 'localhost')) {
      return problem(`${field} '${url}' must use https`);
    }
    return undefined;
  }
  const path = url.replace(/[?#].*$/, '');
  if (!path.startsWith('assets/')) return problem(`${field} '${url}' must start with assets/`);
  if (!pkg.files.has(path)) return problem(`${field} '${url}' does not exist in the package`);
  return undefined;
}

function optionProblems(field: string, options: unknown, pkg: AppPackage): Violation[] {
  const settings: JsonObject = isObject(options) ? options : { url: options };
  const found: Violation[] = [];
  const url = settings['url'];
  if (typeof url === 'string' && url !== '') {
    const invalid = urlProblem(`${field}.url`, url, pkg);
    if (invalid !== undefined) found.push(invalid);
  } else if (settings['autoLoad'] !== false) {
    found.push(problem(`${field} has no url; give it one, or set "autoLoad": false`));
  }
  const flexible = settings['flexible'];
  if (flexible !== undefined && flexible !== null && typeof flexible !== 'boolean') {
    found.push(problem(`${field}.flexible must be a boolean, got ${describe(flexible)}`));
  }
  return found;
}

/** Every location must be known to its product and point to https or to a file under assets/. */
export function checkLocations(manifest: JsonObject, pkg: AppPackage): Violation[] {
  const location = manifest['location'];
  if (location === undefined || location === null) return [problem(`required field 'location' is missing`)];
  if (typeof location === 'string' || Array.isArray(location)) {
    // The list and string forms name v1 template locations, which have no URL.
    return [problem(`'location' must map products to locations with URLs for frameworkVersion 2.0, got ${describe(location)}`)];
  }
  if (!isObject(location)) return [problem(`'location' must be an object of products, got ${describe(location)}`)];
  const found: Violation[] = [];
  let count = 0;
  for (const [productKey, locations] of Object.entries(location)) {
    const product = LEGACY_PRODUCT_NAMES[productKey] ?? productKey;
    const known = LOCATIONS[product];
    if (known === undefined) {
      found.push(problem(`location.${productKey}: '${productKey}' is not a Zendesk product (${PRODUCTS.join(', ')})`));
      continue;
    }
    if (!isObject(locations)) {
      found.push(problem(`location.${productKey} must be an object of locations, got ${describe(locations)}`));
      continue;
    }
    for (const [name, options] of Object.entries(locations)) {
      count += 1;
      const field = `location.${productKey}.${name}`;
      if (!known.includes(name)) {
        found.push(problem(`${field}: '${name}' is not a ${product} location (${known.join(', ')})`));
        continue;
      }
      found.push(...optionProblems(field, options, pkg));
    }
  }
  if (count === 0 && found.length === 0) found.push(problem(`'location' names no location`));
  return found;
}

// Parameter rules of zendesk_apps_support validations/manifest.rb (validate_parameters) and the
// warnings of validations/secure_settings.rb.
import { MANIFEST, PARAMETER_TYPES, describe, error, isObject, warning } from './validate-rules.ts';
import type { JsonObject, Violation } from './validate-rules.ts';

const problem = (message: string): Violation => error(MANIFEST, message);
const SECURE_SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'];
const SECRET_LOOKING_NAME = /token|key|pwd|password/i;

export interface Parameter {
  readonly name: string;
  readonly type: string;
  readonly raw: JsonObject;
}

/** The manifest's parameters that have a string name; the others are reported by checkParameters. */
export function namedParameters(manifest: JsonObject): Parameter[] {
  const list = manifest['parameters'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw: unknown) => {
    if (!isObject(raw) || typeof raw['name'] !== 'string') return [];
    const type = raw['type'] ?? 'text';
    return [{ name: raw['name'], type: typeof type === 'string' ? type : String(type), raw }];
  });
}

function booleanFlag(parameter: Parameter, flag: string): Violation | undefined {
  const value = parameter.raw[flag];
  if (value === undefined || value === null || typeof value === 'boolean') return undefined;
  return problem(`parameter '${parameter.name}': '${flag}' must be a boolean, got ${describe(value)}`);
}

function scopeProblems(parameter: Parameter): Violation[] {
  const scopes = parameter.raw['scopes'];
  if (scopes === undefined || scopes === null) return [];
  const field = `parameter '${parameter.name}': 'scopes'`;
  const found: Violation[] = [];
  if (parameter.raw['secure'] !== true) found.push(problem(`${field} needs "secure": true`));
  if (!Array.isArray(scopes)) return [...found, problem(`${field} must be an array, got ${describe(scopes)}`)];
  if (scopes.length === 0) found.push(problem(`${field} cannot be empty`));
  const invalid = scopes.filter((scope) => typeof scope !== 'string' || !SECURE_SCOPES.includes(scope));
  if (invalid.length > 0) {
    found.push(problem(`${field} contains invalid values: ${invalid.map(String).join(', ')} (allowed: ${SECURE_SCOPES.join(', ')})`));
  }
  return found;
}

function warnings(parameters: readonly Parameter[]): Violation[] {
  const found: Violation[] = [];
  for (const p of parameters) {
    const secure = p.raw['secure'] === true;
    if (SECRET_LOOKING_NAME.test(p.name) && p.type === 'text' && !secure) {
      found.push(warning(MANIFEST, `parameter '${p.name}' looks like a secret; set "secure": true`));
    }
    if ('default' in p.raw && (secure || p.type === 'hidden')) {
      found.push(warning(MANIFEST, `parameter '${p.name}': defaults of secure or hidden parameters are not stored securely`));
    }
    const scopes = p.raw['scopes'];
    if (secure && !(Array.isArray(scopes) && scopes.length > 0)) {
      found.push(warning(MANIFEST, `parameter '${p.name}' is secure but has no 'scopes'; the token may be exposed`));
    }
  }
  return found;
}

export function checkParameters(manifest: JsonObject): Violation[] {
  const list = manifest['parameters'];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return [problem(`'parameters' must be an array, got ${describe(list)}`)];
  const found: Violation[] = [];
  list.forEach((raw: unknown, index) => {
    if (!isObject(raw) || typeof raw['name'] !== 'string' || raw['name'] === '') {
      found.push(problem(`parameters[${index}] must be an object with a non-empty string 'name'`));
    }
  });
  const parameters = namedParameters(manifest);
  const names = parameters.map((p) => p.name);
  const duplicates = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
  for (const name of duplicates) found.push(problem(`parameter '${name}' is defined more than once`));
  if (names.includes('name')) found.push(problem(`a parameter cannot be called 'name'`));
  for (const p of parameters) {
    for (const flag of ['required', 'secure']) {
      const invalid = booleanFlag(p, flag);
      if (invalid !== undefined) found.push(invalid);
    }
    if (!PARAMETER_TYPES.includes(p.type)) {
      found.push(problem(`parameter '${p.name}' has type '${p.type}'; allowed: ${PARAMETER_TYPES.join(', ')}`));
    }
    if (p.type === 'hidden' && p.raw['required'] === true) found.push(problem(`parameter '${p.name}' is hidden and cannot be required`));
    if (p.type === 'oauth' && p.raw['secure'] === true) found.push(problem(`parameter '${p.name}' is of type oauth and cannot be secure`));
    found.push(...scopeProblems(p));
  }
  if (parameters.filter((p) => p.type === 'oauth').length > 1) found.push(problem(`only one parameter may have type 'oauth'`));
  return [...found, ...warnings(parameters)];
}

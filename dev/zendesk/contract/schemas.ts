// Used by the contract tests only (node): ajv and the OpenAPI fixture stay out of the app.
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import openapi from './users-openapi.json';

type Json = Record<string, unknown>;
type Schema = Json;

// Components are added one by one under this base, so that `$ref`s between them resolve.
const BASE = 'https://developer.zendesk.com/schemas/';

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const components = openapi.components.schemas as unknown as Record<string, Schema>;

function resolve(schema: Schema): Schema {
  const pointer = schema['$ref'];
  if (typeof pointer !== 'string') return schema;
  const name = pointer.replace('#/components/schemas/', '');
  const found = components[name];
  if (!found) throw new Error(`no schema ${name}`);
  return found;
}

/** `allOf` of object schemas as one object schema, so that the names of every part count. */
function flattenAllOf(schema: Schema): Schema {
  const parts = schema['allOf'];
  if (!Array.isArray(parts)) return schema;
  const merged: Schema = { type: 'object', properties: {}, required: [] };
  for (const part of parts as Schema[]) {
    const resolved = resolve(part);
    Object.assign(merged['properties'] as Json, resolved['properties'] ?? {});
    (merged['required'] as string[]).push(...((resolved['required'] as string[] | undefined) ?? []));
  }
  return merged;
}

/**
 * A copy of the schema where every object that names its properties accepts no other: Zendesk's
 * schemas leave `additionalProperties` open, so this is what catches a field the fake invents.
 * An object schema without `properties` (e.g. `user_fields`) stays open, as documented.
 */
function closed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closed);
  if (!isObject(value)) return value;
  if (typeof value['$ref'] === 'string') return { $ref: value['$ref'].replace('#/components/schemas/', BASE) };
  const schema = flattenAllOf(value);
  const copy: Json = {};
  for (const [key, item] of Object.entries(schema)) {
    // OpenAPI's `example` is an annotation, not JSON Schema: dropped, so ajv can stay strict.
    if (key === 'example') continue;
    copy[key] = key === 'properties' && isObject(item)
      ? Object.fromEntries(Object.entries(item).map(([name, sub]) => [name, closed(sub)]))
      : closed(item);
  }
  if (isObject(copy['properties']) && copy['additionalProperties'] === undefined) copy['unevaluatedProperties'] = false;
  return copy;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
addFormats(ajv);
// Each component under its own id, so that references between them resolve as in the document.
for (const [name, schema] of Object.entries(components)) ajv.addSchema({ ...(closed(schema) as Json), $id: `${BASE}${name}` });

const cache = new Map<string, ValidateFunction>();

/**
 * A validator for a response made of the named top-level schemas together (a response schema plus,
 * for instance, `OffsetPagination` or `Sideloads`): their properties merged, nothing else allowed.
 */
export function validatorFor(names: readonly string[]): ValidateFunction {
  const key = names.join('+');
  const cached = cache.get(key);
  if (cached) return cached;
  const properties: Json = {};
  for (const name of names) {
    const schema = components[name];
    if (!schema) throw new Error(`no schema ${name}`);
    for (const property of Object.keys((schema['properties'] as Json | undefined) ?? {})) {
      properties[property] = { $ref: `${BASE}${name}#/properties/${property}` };
    }
  }
  const validate = ajv.compile({ type: 'object', properties, unevaluatedProperties: false });
  cache.set(key, validate);
  return validate;
}

/** The name of the schema the OpenAPI document gives for this operation's answer with `status`. */
export function responseSchemaName(method: string, path: string, status: number): string | null {
  const paths = openapi.paths as unknown as Record<string, Record<string, { responses: Record<string, Json> }>>;
  const operation = paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`the OpenAPI document has no ${method} ${path}`);
  const response = operation.responses[String(status)];
  if (!response) throw new Error(`${method} ${path} documents no ${status} answer`);
  const content = response['content'] as Record<string, { schema: Json }> | undefined;
  const schema = content?.['application/json']?.schema;
  if (!schema) return null;
  const pointer = schema['$ref'];
  return typeof pointer === 'string' ? pointer.replace('#/components/schemas/', '') : null;
}

/** ajv's errors in one line each, for a failing test's message. */
export function explain(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n');
}

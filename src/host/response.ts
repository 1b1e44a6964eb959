import type { AppSettings, HostContext, HostResponse, Location } from './types.ts';

type Loose = Record<string, unknown>;

export function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// With httpCompleteResponse the host sends headers as an object, in any case.
function lowerCaseHeaders(value: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (isObject(value)) {
    for (const [name, raw] of Object.entries(value)) {
      if (typeof raw === 'string' || typeof raw === 'number') headers[name.toLowerCase()] = String(raw);
    }
  }
  return headers;
}

/**
 * Turns whatever the host relayed for a request (done or fail, with or without
 * `httpCompleteResponse`) into one shape. Returns null when nothing usable came.
 */
export function toHostResponse(raw: unknown): HostResponse | null {
  if (!isObject(raw) || typeof raw['status'] !== 'number') return null;
  const text = raw['responseText'];
  return {
    status: raw['status'],
    headers: lowerCaseHeaders(raw['headers']),
    body: typeof text === 'string' ? text : null,
    json: raw['responseJSON'],
  };
}

const LOCATIONS: readonly Location[] = ['ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar'];

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

export function toHostContext(raw: unknown): HostContext {
  const context = isObject(raw) ? raw : {};
  const location = context['location'];
  const account = isObject(context['account']) ? context['account'] : {};
  const subdomain = account['subdomain'];
  return {
    location: LOCATIONS.find((known) => known === location) ?? 'unknown',
    ticketId: positiveInt(context['ticketId']),
    subdomain: typeof subdomain === 'string' ? subdomain : null,
  };
}

export function toSettings(metadata: unknown): AppSettings {
  const settings = isObject(metadata) && isObject(metadata['settings']) ? metadata['settings'] : {};
  const result: Record<string, string | boolean | number | null> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (value === null || ['string', 'boolean', 'number'].includes(typeof value)) {
      result[key] = value as string | boolean | number | null;
    }
  }
  return result;
}

import { getResponse } from 'msw';
import type { HttpHandler } from 'msw';
import type { Json } from './zafData.ts';

/** Zendesk's proxy gives up on a request after a while; without this a hung endpoint never answers. */
const PROXY_TIMEOUT_MS = 60_000;

/** Reason phrases for what the account answers; fetch Responses built in the page carry none. */
const REASONS: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export interface RelayResult {
  outcome: 'done' | 'fail';
  responseArgs: Json[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseJson(body: string): Json | undefined {
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as Json;
  } catch {
    return undefined;
  }
}

function buildRequest(accountOrigin: string, options: Record<string, unknown>, signal: AbortSignal): Request {
  const url = new URL(text(options['url']) ?? '/', accountOrigin);
  const method = (text(options['type']) ?? text(options['method']) ?? 'GET').toUpperCase();
  const headers = new Headers();
  const extra = options['headers'];
  if (typeof extra === 'object' && extra !== null) {
    for (const [name, value] of Object.entries(extra)) if (typeof value === 'string') headers.set(name, value);
  }
  const init: RequestInit = { method, headers, signal };
  const data = options['data'];
  if (data !== undefined && data !== null && method !== 'GET' && method !== 'HEAD') {
    // jQuery's default, which is what Zendesk's proxy sends when the app names no type.
    headers.set('content-type', text(options['contentType']) ?? 'application/x-www-form-urlencoded; charset=UTF-8');
    init.body = typeof data === 'string' ? data : new URLSearchParams(Object.entries(data).map(([k, v]) => [k, String(v)]));
  }
  return new Request(url, init);
}

/**
 * Runs a ZAF `request` against the fake account's msw handlers and answers the way Zendesk's proxy
 * does: with `httpCompleteResponse` the status and headers reach the app; without it, the body.
 */
export async function relay(handlers: readonly HttpHandler[], accountOrigin: string, options: Record<string, unknown>): Promise<RelayResult> {
  const complete = options['httpCompleteResponse'] === true;
  const timeout = typeof options['timeout'] === 'number' && options['timeout'] > 0 ? options['timeout'] : PROXY_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const networkError = (statusText: string): RelayResult => ({
    outcome: 'fail',
    responseArgs: [{ status: 0, statusText, responseText: '', headers: {} }],
  });
  try {
    const request = buildRequest(accountOrigin, options, controller.signal);
    const response = await getResponse([...handlers], request);
    if (!response) {
      const responseText = JSON.stringify({ error: 'InvalidEndpoint', description: 'Not found' });
      return shape(complete, 404, REASONS[404] ?? '', responseText, { 'content-type': 'application/json; charset=utf-8' });
    }
    if (response.type === 'error') return networkError(controller.signal.aborted ? 'timeout' : 'error');
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => { headers[name.toLowerCase()] = value; });
    const reason = response.statusText || (REASONS[response.status] ?? '');
    return shape(complete, response.status, reason, await response.text(), headers);
  } catch (error) {
    return networkError(error instanceof Error ? error.message : 'error');
  } finally {
    clearTimeout(timer);
  }
}

function shape(complete: boolean, status: number, statusText: string, responseText: string, headers: Record<string, string>): RelayResult {
  const responseJSON = parseJson(responseText);
  const ok = status >= 200 && status < 300;
  const full: { [key: string]: Json | undefined } = { status, statusText, responseText, responseJSON, headers };
  if (ok && complete) return { outcome: 'done', responseArgs: [{ responseJSON, responseText, status, headers }] };
  if (ok) return { outcome: 'done', responseArgs: [responseJSON ?? responseText, 'success', full] };
  return { outcome: 'fail', responseArgs: complete ? [full] : [full, 'error', statusText] };
}

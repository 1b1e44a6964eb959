import { isApiError } from '../api/index.ts';
import type { FieldErrors } from '../api/index.ts';
import { t } from '../i18n/index.ts';
import { isolate } from './text/isolate.ts';

function firstDetail(details: FieldErrors): string | undefined {
  for (const list of Object.values(details)) {
    const first = list[0];
    if (first) return first.description;
  }
  return undefined;
}

/** A sentence for the agent: what happened, and what they can do about it. */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return t('error.other', { status: '?' });
  switch (error.kind) {
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'malformed':
      return t('error.malformed');
    case 'unsent':
      return t('error.unsent');
    case 'held':
      return t('error.userLimitHeld', { count: Math.max(1, Math.ceil((error.retryAfterMs ?? 0) / 1000)) });
    default:
      break;
  }
  const { status } = error;
  // A 403 to a change may be about the user rather than the agent (a shared user, a role limited
  // to an organization): Zendesk's own words where it gave them, never a claim about the agent's role.
  if (status === 403 && error.method !== 'GET') {
    return error.description ? t('error.invalid', { reason: isolate(error.description) }) : t('error.invalidGeneric');
  }
  if (status === 403 || status === 401) return t('error.forbidden');
  if (status === 404) return t('error.notFound');
  if (status === 422 || status === 400) {
    const reason = (error.details && firstDetail(error.details)) ?? error.description;
    // Zendesk's words, often English inside another language's sentence: isolated.
    return reason ? t('error.invalid', { reason: isolate(reason) }) : t('error.invalidGeneric');
  }
  if (status === 429) {
    // Zendesk: Users API, "Update User" limits — 5 updates a minute per user. That 429 comes with a
    // plain-text body and not always a Retry-After: say "a minute" rather than invent seconds.
    if (error.retryAfterMs === undefined) return t('error.rateLimitedNoWait');
    return t('error.rateLimited', { count: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) });
  }
  // Zendesk answered a write with an error of its own: the change may have been made all the same.
  // (A write with no answer at all is a 'network' or 'timeout' error above.)
  if (status >= 500 && error.method !== 'GET') return t('error.serverWrite', { status });
  if (status === 503) return t('error.unavailable', { status });
  if (status >= 500) return t('error.server', { status });
  return t('error.other', { status });
}

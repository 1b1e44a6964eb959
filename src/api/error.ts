export type FieldErrors = Readonly<Record<string, readonly { description: string; error: string }[]>>;

/**
 * What went wrong, as far as the app can tell the agent. 'unsent': the request never left, as
 * the code that sends it could not be downloaded; nothing can have happened in Zendesk. 'held':
 * not sent either, as Zendesk reported the user's update allowance used up (`retryAfterMs` left).
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'aborted' | 'unsent' | 'held';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  method: string;
  path: string;
  code?: string | undefined;
  description?: string | undefined;
  details?: FieldErrors | undefined;
  retryAfterMs?: number | undefined;
}

/** The one error the API layer throws. Compare with isApiError: frames break instanceof. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly code: string | undefined;
  readonly description: string | undefined;
  readonly details: FieldErrors | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(`${init.status}: ${init.method} ${init.path}`);
    this.kind = init.kind;
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.code = init.code;
    this.description = init.description;
    this.details = init.details;
    this.retryAfterMs = init.retryAfterMs;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ApiError';
}

function fieldErrors(value: unknown): FieldErrors | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const result: Record<string, { description: string; error: string }[]> = {};
  for (const [field, list] of Object.entries(value)) {
    if (!Array.isArray(list)) continue;
    result[field] = list.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { description, error } = item as { description?: unknown; error?: unknown };
      return typeof description === 'string' ? [{ description, error: typeof error === 'string' ? error : '' }] : [];
    });
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** Reads Zendesk's `{ error, description, details }`, which may also come as `{ error: { title, message } }`. */
export function zendeskErrorBody(body: unknown): Pick<ApiErrorInit, 'code' | 'description' | 'details'> {
  if (typeof body !== 'object' || body === null) return {};
  const { error, description, details } = body as Record<string, unknown>;
  if (typeof error === 'object' && error !== null) {
    const { title, message } = error as Record<string, unknown>;
    return {
      code: typeof title === 'string' ? title : undefined,
      description: typeof message === 'string' ? message : undefined,
    };
  }
  return {
    code: typeof error === 'string' ? error : undefined,
    description: typeof description === 'string' ? description : undefined,
    details: fieldErrors(details),
  };
}

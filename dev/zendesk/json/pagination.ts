import { badRequest, type Answer } from './answers.ts';

export const maxPageSize = 100;

export type PageRequest =
  | { kind: 'cursor'; size: number; after: number | null; before: number | null }
  | { kind: 'offset'; page: number; perPage: number };

const pageParams = ['page[size]', 'page[after]', 'page[before]', 'page', 'per_page'];

/**
 * Zendesk switches to cursor pagination only when `page[size]` is present;
 * without it the same endpoint answers with offset pagination.
 */
export function readPageRequest(query: URLSearchParams): PageRequest | Answer {
  const size = query.get('page[size]');
  const after = query.get('page[after]');
  const before = query.get('page[before]');
  if (size !== null) {
    const n = Number(size);
    if (!Number.isInteger(n) || n < 1) return invalidPage('page[size] must be a positive integer');
    if (n > maxPageSize) return invalidPage(`page[size] is limited to ${maxPageSize}`);
    const afterId = after === null ? null : decodeCursor(after);
    const beforeId = before === null ? null : decodeCursor(before);
    if (afterId === undefined || beforeId === undefined) return invalidPage('Invalid cursor');
    return { kind: 'cursor', size: n, after: afterId, before: beforeId };
  }
  return readOffsetRequest(query);
}

export function readOffsetRequest(query: URLSearchParams): { kind: 'offset'; page: number; perPage: number } | Answer {
  const page = Number(query.get('page') ?? '1');
  const perPage = Number(query.get('per_page') ?? String(maxPageSize));
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1) {
    return invalidPage('page and per_page must be positive integers');
  }
  return { kind: 'offset', page, perPage: Math.min(perPage, maxPageSize) };
}

export function isPageRequest(value: PageRequest | Answer): value is PageRequest {
  return 'kind' in value;
}

/** Builds one page of `items` (ordered by id) under `key`, with Zendesk's meta and links. */
export function paginate<T extends { id: number }>(
  items: readonly T[],
  request: PageRequest,
  url: URL,
  key: string,
  toJson: (item: T) => unknown,
): Record<string, unknown> {
  if (request.kind === 'offset') return offsetPage(items, request, url, key, toJson);
  let slice: readonly T[];
  let hasMore: boolean;
  if (request.before !== null) {
    const earlier = items.filter((item) => item.id < (request.before ?? 0));
    slice = earlier.slice(Math.max(0, earlier.length - request.size));
    hasMore = earlier.length > request.size;
  } else {
    const later = request.after === null ? items : items.filter((item) => item.id > (request.after ?? 0));
    slice = later.slice(0, request.size);
    hasMore = later.length > request.size;
  }
  const first = slice[0];
  const last = slice[slice.length - 1];
  const afterCursor = last ? encodeCursor(last.id) : null;
  const beforeCursor = first ? encodeCursor(first.id) : null;
  return {
    [key]: slice.map(toJson),
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: {
      // As on Zendesk, the last page still links onward; has_more is what says to stop.
      next: afterCursor === null ? null : pageUrl(url, { 'page[after]': afterCursor, 'page[size]': request.size }),
      prev: beforeCursor === null ? null : pageUrl(url, { 'page[before]': beforeCursor, 'page[size]': request.size }),
    },
  };
}

/** Offset pagination: the only kind search offers, and the default everywhere else. */
export function offsetPage<T>(
  items: readonly T[],
  request: { page: number; perPage: number },
  url: URL,
  key: string,
  toJson: (item: T) => unknown,
): Record<string, unknown> {
  const { page, perPage } = request;
  const start = (page - 1) * perPage;
  return {
    [key]: items.slice(start, start + perPage).map(toJson),
    next_page: start + perPage < items.length ? pageUrl(url, { page: page + 1, per_page: perPage }) : null,
    previous_page: page > 1 ? pageUrl(url, { page: page - 1, per_page: perPage }) : null,
    count: items.length,
  };
}

function pageUrl(url: URL, params: Record<string, string | number>): string {
  const next = new URL(url.href);
  for (const name of pageParams) next.searchParams.delete(name);
  for (const [name, value] of Object.entries(params)) next.searchParams.set(name, String(value));
  return next.href;
}

function invalidPage(description: string): Answer {
  return badRequest('InvalidPaginationParameter', description);
}

function encodeCursor(id: number): string {
  return btoa(`identity:${id}`).replace(/=+$/, '');
}

/** undefined when the cursor was not made here. */
function decodeCursor(cursor: string): number | undefined {
  try {
    const match = /^identity:(\d+)$/.exec(atob(cursor));
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

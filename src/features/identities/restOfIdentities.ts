import type { Identity, ZendeskApi } from '../../api/index.ts';

/** How far the paginated read has come: the identities so far and the cursor to go on from. */
export interface RestProgress {
  loaded: Identity[];
  /** undefined: start at the first page. */
  after: string | undefined;
  pages: number;
}

export const START: RestProgress = { loaded: [], after: undefined, pages: 0 };

// A server that keeps saying "more" must not keep the panel reading forever (10,000 identities).
const MAX_PAGES = 100;

/**
 * Reads a user's identities page by page from `from`, reporting each page, and resolves with
 * every identity once Zendesk says there are no more. On a failed page it rejects with the
 * ApiError; the last reported progress is where a retry goes on from, so nothing is read twice.
 * A cursor that comes back, or a list past 100 pages, rejects with `endless(userId)`.
 * Zendesk: User Identities, "List Identities" — cursor pagination, at most 100 a page.
 */
export async function readRestOfIdentities(
  api: Pick<ZendeskApi, 'listIdentityPage'>,
  userId: number,
  from: RestProgress,
  signal: AbortSignal,
  onPage: (progress: RestProgress) => void,
  endless: (userId: number) => Error,
): Promise<Identity[]> {
  let progress = from;
  const cursors = new Set<string>();
  for (;;) {
    const page = await api.listIdentityPage(userId, progress.after, signal);
    if (page.next !== null && (cursors.has(page.next) || progress.pages + 1 >= MAX_PAGES)) {
      throw endless(userId);
    }
    progress = { loaded: [...progress.loaded, ...page.identities], after: page.next ?? undefined, pages: progress.pages + 1 };
    if (page.next === null) return progress.loaded;
    cursors.add(page.next);
    onPage(progress);
  }
}

/** `shown` with every identity of `more` that it lacks, in the order read: what the panel shows meanwhile. */
export function withMore(shown: readonly Identity[], more: readonly Identity[]): Identity[] {
  const ids = new Set(shown.map((identity) => identity.id));
  return [...shown, ...more.filter((identity) => !ids.has(identity.id))];
}

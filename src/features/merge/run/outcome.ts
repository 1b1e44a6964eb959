import { isApiError } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';
import { errorMessage } from '../../../ui/errorMessage.ts';

export type Gone = 'requester' | 'target' | 'unknown';

/** Which user a merge's 404 was about, from the ids Zendesk still knows (show_many leaves out missing ones). */
export function whoIsGone(foundIds: readonly number[], requesterId: number, targetId: number): Gone {
  if (!foundIds.includes(targetId)) return 'target';
  if (!foundIds.includes(requesterId)) return 'requester';
  return 'unknown';
}

/**
 * Whether a failed merge may have happened all the same: the request went out but its answer
 * was lost or unreadable. The agent must then check before trying again, not be told it failed.
 */
export function mayHaveMerged(error: unknown): boolean {
  if (!isApiError(error)) return true;
  switch (error.kind) {
    case 'network':
    case 'timeout':
    case 'malformed':
      return true;
    case 'aborted':
    case 'unsent':
    case 'held':
      return false;
    case 'http':
      return error.status >= 500;
  }
}

/**
 * What the agent reads after a failed merge: Zendesk's refusal, or that it is not known whether it
 * happened. A 5xx is Zendesk reporting an error, not a lost answer: errorMessage says so.
 */
export function mergeErrorMessage(error: unknown): string {
  const answered = isApiError(error) && error.kind === 'http';
  return mayHaveMerged(error) && !answered ? t('merge.uncertain') : errorMessage(error);
}

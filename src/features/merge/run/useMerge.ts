import { useApi } from '../../../api/context.tsx';
import { isApiError } from '../../../api/index.ts';
import type { RelatedCounts, User, UserProfile, ZendeskApi } from '../../../api/index.ts';
import { useHost } from '../../../host/context.tsx';
import { t } from '../../../i18n/index.ts';
import { notify } from '../../../ui/notify.ts';
import { useAction } from '../../../ui/useAction.ts';
import type { Action } from '../../../ui/useAction.ts';
import { useAgent } from '../../permissions/context.tsx';
import { receiptTask } from '../receipt/receiptTask.ts';
import { mergeLosses } from '../rules/losses.ts';
import type { OnMerged } from '../types.ts';
import { distinctNames } from '../shared/names.ts';
import { whoIsGone } from './outcome.ts';

interface Callbacks {
  onMerged: OnMerged;
  /** A user vanished before the merge: nothing was merged, and the message says who. */
  onGone: (message: string) => void;
}

async function goneMessage(api: ZendeskApi, merging: User, kept: User): Promise<string> {
  try {
    const found = await api.showManyUsers([merging.id, kept.id]);
    const gone = whoIsGone(found.map((user) => user.id), merging.id, kept.id);
    if (gone === 'target') return t('merge.targetGone', { name: kept.name });
    if (gone === 'requester') return t('merge.requesterGone', { name: merging.name });
  } catch {
    // The 404 stands on its own; only who it concerned stays unknown.
  }
  return t('merge.eitherGone');
}

/**
 * One merge of `merging` into `kept`: one PUT however often it is triggered (useAction's guard),
 * success announced through the host as well as in the panel, and a 404 explained by asking
 * Zendesk which of the two users is gone. The receipt is handed on, not written here: the
 * merge is reported done at once, whatever becomes of the note. `mergingCounts` are the counts
 * the agent confirmed with; the receipt records them.
 */
export function useMerge(merging: UserProfile, kept: User, mergingCounts: RelatedCounts | null, { onMerged, onGone }: Callbacks): Action<[], User> {
  const api = useApi();
  const host = useHost();
  const agent = useAgent();
  return useAction(async () => {
    let survivor: User;
    try {
      survivor = await api.mergeUsers(merging.user.id, kept.id);
    } catch (error) {
      if (isApiError(error) && error.kind === 'http' && error.status === 404) onGone(await goneMessage(api, merging.user, kept));
      throw error;
    }
    const [from, to] = distinctNames(merging.user, survivor);
    notify(host, 'merge.done', { from, to });
    const losses = mergeLosses(merging, mergingCounts?.requested ?? null);
    const receipt = receiptTask(api, host, { agent, merges: [{ merged: merging.user, losses, kept: survivor }], at: new Date() });
    onMerged(survivor, receipt, [merging.user]);
    return survivor;
  });
}

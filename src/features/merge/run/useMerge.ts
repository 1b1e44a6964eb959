import { useApi } from '../../../api/context.tsx';
import { isApiError } from '../../../api/index.ts';
import type { RelatedCounts, User, UserProfile, ZendeskApi } from '../../../api/index.ts';
import { useHost } from '../../../host/context.tsx';
import { t } from '../../../i18n/index.ts';
import { notify } from '../../../ui/notify.ts';
import { useAction } from '../../../ui/useAction.ts';
import type { Action } from '../../../ui/useAction.ts';
import { useActionFailure, useAgent } from '../../permissions/context.tsx';
import { receiptTask } from '../receipt/receiptTask.ts';
import { startReceipt } from '../receipt/useReceipt.ts';
import { mergeLosses } from '../rules/losses.ts';
import type { OnMerged } from '../types.ts';
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
  const onFailure = useActionFailure();
  return useAction(async () => {
    // The receipt lists every identity the deleted user had: a cut list is completed first,
    // while the user still exists to be read (nothing is merged if this read fails).
    const complete = merging.identitiesComplete === false
      ? { ...merging, identities: await api.listIdentities(merging.user.id), identitiesComplete: true }
      : merging;
    let survivor: User;
    try {
      survivor = await api.mergeUsers(merging.user.id, kept.id);
    } catch (error) {
      onFailure('merge', error, merging.user.id);
      if (isApiError(error) && error.kind === 'http' && error.status === 404) onGone(await goneMessage(api, merging.user, kept));
      throw error;
    }
    // The panel names both users (merge.survivor); the workspace notification names nobody.
    notify(host, 'notify.merged');
    const losses = mergeLosses(complete, mergingCounts?.requested ?? null);
    const receipt = receiptTask(api, host, { agent, merges: [{ merged: merging.user, losses, kept: survivor }], at: new Date() });
    onMerged(survivor, startReceipt(receipt), [merging.user]);
    return survivor;
  });
}

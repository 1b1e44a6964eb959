import { useApi } from '../../../api/context.tsx';
import { isApiError } from '../../../api/index.ts';
import type { User, UserProfile, ZendeskApi } from '../../../api/index.ts';
import { useHost } from '../../../host/context.tsx';
import { t } from '../../../i18n/index.ts';
import { notify } from '../../../ui/notify.ts';
import { useAction } from '../../../ui/useAction.ts';
import type { Action } from '../../../ui/useAction.ts';
import { useAgent } from '../../permissions/context.tsx';
import { distinctNames } from '../shared/names.ts';
import { whoIsGone } from './outcome.ts';
import { receiptTask } from '../receipt/receiptTask.ts';
import type { OnMerged } from '../types.ts';

interface Callbacks {
  onMerged: OnMerged;
  /** A user vanished before the merge: nothing was merged, and the message says who. */
  onGone: (message: string) => void;
}

async function goneMessage(api: ZendeskApi, requester: User, target: User): Promise<string> {
  try {
    const found = await api.showManyUsers([requester.id, target.id]);
    const gone = whoIsGone(found.map((user) => user.id), requester.id, target.id);
    if (gone === 'target') return t('merge.targetGone', { name: target.name });
    if (gone === 'requester') return t('merge.requesterGone', { name: requester.name });
  } catch {
    // The 404 stands on its own; only who it concerned stays unknown.
  }
  return t('merge.eitherGone');
}

/**
 * The merge itself: one PUT however often it is triggered (useAction's guard), success
 * announced through the host as well as in the panel, and a 404 explained by asking
 * Zendesk which of the two users is gone. The receipt is handed on, not written here: the
 * merge is reported done at once, whatever becomes of the note.
 */
export function useMerge(requester: UserProfile, target: User, { onMerged, onGone }: Callbacks): Action<[], User> {
  const api = useApi();
  const host = useHost();
  const agent = useAgent();
  return useAction(async () => {
    let survivor: User;
    try {
      survivor = await api.mergeUsers(requester.user.id, target.id);
    } catch (error) {
      if (isApiError(error) && error.kind === 'http' && error.status === 404) onGone(await goneMessage(api, requester.user, target));
      throw error;
    }
    const [from, to] = distinctNames(requester.user, survivor);
    notify(host, 'merge.done', { from, to });
    const receipt = receiptTask(api, host, {
      agent, merged: requester.user, identities: requester.identities, kept: survivor, at: new Date(),
    });
    onMerged(survivor, receipt);
    return survivor;
  });
}

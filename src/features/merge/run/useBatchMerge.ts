import { useState } from 'preact/hooks';
import { useApi } from '../../../api/context.tsx';
import type { User, UserProfile } from '../../../api/index.ts';
import { useHost } from '../../../host/context.tsx';
import { notify } from '../../../ui/notify.ts';
import { useAgent } from '../../permissions/context.tsx';
import { startReceipt } from '../receipt/useReceipt.ts';
import type { Receipt } from '../receipt/useReceipt.ts';
import { receiptTask } from '../receipt/receiptTask.ts';
import type { Losses } from '../rules/losses.ts';
import type { OnMerged } from '../types.ts';
import type { RunResult, Step } from './batchRunner.ts';
import { useBatchRun } from './useBatchRun.ts';
import type { BatchRun } from './useBatchRun.ts';

/** One merge of the run as it was confirmed. */
export interface ConfirmedMerge {
  merging: UserProfile;
  losses: Losses;
}

/**
 * The run of merges into `kept`, wired to Zendesk: each merge sent once, one receipt note for
 * the whole run. A run that completes hands the survivor to the panel; a run that stopped keeps
 * its results on screen (which merged, which did not) and writes its note from here.
 */
export function useBatchMerge(merges: readonly ConfirmedMerge[], kept: User | null, onMerged: OnMerged): { run: BatchRun; receipt: Receipt | null } {
  const api = useApi();
  const host = useHost();
  const agent = useAgent();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const finish = (result: RunResult, steps: Step[]) => {
    const done = merges.filter((_, index) => steps[index]?.status === 'merged');
    if (done.length === 0 || result.survivor === null || kept === null) return;
    // As after a single merge: the panel names the users; the workspace notification names nobody.
    notify(host, 'notify.merged');
    const notMerged = merges.filter((_, index) => steps[index]?.status === 'refused' || steps[index]?.status === 'not-sent');
    const task = receiptTask(api, host, {
      agent,
      merges: done.map(({ merging, losses }) => ({ merged: merging.user, losses, kept: result.survivor ?? kept })),
      notMerged: notMerged.map(({ merging }) => merging.user),
      at: new Date(),
    });
    const started = startReceipt(task);
    if (result.status === 'done') onMerged(result.survivor, started, done.map(({ merging }) => merging.user));
    else setReceipt(started);
  };
  const run = useBatchRun(merges.length, (index) => {
    const merge = merges[index];
    if (!merge || kept === null) return Promise.reject(new Error(`no merge ${index}`));
    return api.mergeUsers(merge.merging.user.id, kept.id);
  }, finish);
  return { run, receipt };
}

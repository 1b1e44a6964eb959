import { useState } from 'preact/hooks';
import { t } from '../../../i18n/index.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { MergeConfirm } from '../confirm/MergeConfirm.tsx';
import { ReceiptNotice } from '../receipt/ReceiptNotice.tsx';
import type { PlannedStep } from '../rules/batch.ts';
import type { MergeSide } from '../rules/check.ts';
import { mergeLosses } from '../rules/losses.ts';
import type { OnMerged } from '../types.ts';
import { BatchSteps } from './BatchSteps.tsx';
import { PauseNotice } from './PauseNotice.tsx';
import { useBatchMerge } from './useBatchMerge.ts';
import type { ConfirmedMerge } from './useBatchMerge.ts';

interface Props {
  members: readonly MergeSide[];
  names: readonly string[];
  plan: readonly PlannedStep[];
  keep: number;
  onStarted: () => void;
  onMerged: OnMerged;
}

const requestedOf = (side: MergeSide | undefined) => (side?.counts.status === 'ready' ? side.counts.data.requested : null);

/** The run's button, its one confirmation, and then its progress: "n of m", each result as it lands. */
export function BatchRunView({ members, names, plan, keep, onStarted, onMerged }: Props) {
  const [confirming, setConfirming] = useState(false);
  const keptSide = members[keep];
  const merges: ConfirmedMerge[] = plan.flatMap(({ merging }) => {
    const side = members[merging];
    return side?.profile.status === 'ready' ? [{ merging: side.profile.data, losses: mergeLosses(side.profile.data, requestedOf(side)) }] : [];
  });
  const kept = keptSide?.profile.status === 'ready' ? keptSide.profile.data.user : null;
  const allowed = plan.length > 0 && merges.length === plan.length && plan.every((step) => step.check.status === 'done' && step.check.eligibility.eligible);
  const { run, receipt } = useBatchMerge(merges, kept, onMerged);
  const keptName = names[keep] ?? '';
  const done = run.steps.filter((step) => step.status === 'merged').length;
  const started = run.status !== 'idle';
  return (
    <>
      <BatchSteps plan={plan} names={names} keptName={keptName} requested={members.map(requestedOf)} steps={started ? run.steps : null} />
      {!started && (
        <div class="merge-actions">
          <button type="button" class="button button--danger" disabled={!allowed || kept === null} onClick={() => setConfirming(true)}>{t('merge.button')}</button>
        </div>
      )}
      {started && <p role="status" class="merge-batch__progress">{t('merge.batch.progress', { done, total: plan.length })}</p>}
      {run.pause && <PauseNotice pause={run.pause} onContinue={run.resume} />}
      {run.status === 'finished' && done < plan.length && <Notice message={t('merge.batch.stopped', { done, total: plan.length })} />}
      {receipt && <ReceiptNotice receipt={receipt} />}
      {confirming && !started && allowed && (
        <MergeConfirm
          merges={merges.map((merge, index) => {
            const check = plan[index]?.check;
            return { from: names[plan[index]?.merging ?? -1] ?? '', to: keptName, losses: merge.losses, warnings: check?.status === 'done' ? check.warnings : [] };
          })}
          pending={false}
          error={undefined}
          onConfirm={() => {
            setConfirming(false);
            onStarted();
            run.start();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}

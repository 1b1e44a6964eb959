import { useId } from 'preact/hooks';
import { t } from '../../../i18n/index.ts';
import type { PlannedStep } from '../rules/batch.ts';
import { MAX_REQUESTED_TICKETS_TO_MERGE } from '../rules/eligibility.ts';
import { Phrase } from '../../../ui/text/Phrase.tsx';
import { Value } from '../../../ui/text/Value.tsx';
import { mergeErrorMessage } from './outcome.ts';
import type { Step } from './batchRunner.ts';

interface Props {
  plan: readonly PlannedStep[];
  /** Names of all members, by member index. */
  names: readonly string[];
  keptName: string;
  /** Requested tickets of each member, by member index, for the ticket-limit reason. */
  requested: readonly (number | null)[];
  /** null before the run starts. */
  steps: readonly Step[] | null;
}

function Verdict({ step, keptName, merging, requested }: { step: PlannedStep; keptName: string; merging: string; requested: number }) {
  const { check } = step;
  if (check.status === 'checking') return <>{t('merge.checking')}</>;
  if (check.status === 'unreadable') return <>{t('merge.targetUnreadable')}</>;
  if (check.eligibility.eligible) return null;
  const template = t(`merge.reason.${check.eligibility.reason}`, { count: requested, limit: MAX_REQUESTED_TICKETS_TO_MERGE });
  return (
    <span class="merge-reason" data-reason={check.eligibility.reason}>
      {t('merge.batch.cannot')} <Phrase template={template} values={{ requester: merging, target: keptName }} />
    </span>
  );
}

/** The merges of a run in the order they are sent: before it, whether each may happen; during and after, what became of each. */
export function BatchSteps({ plan, names, keptName, requested, steps }: Props) {
  const label = useId();
  return (
    <>
      <p id={label} class="merge-batch__label">{t('merge.batch.plan')}</p>
      <ul class="merge-batch" aria-labelledby={label}>
        {plan.map((planned, index) => {
          const merging = names[planned.merging] ?? '';
          const step = steps?.[index];
          return (
            <li key={planned.merging} data-step={step?.status ?? 'planned'}>
              <Value kind="text" class="merge-batch__name" text={merging} />{' '}
              {step ? (
                <span class="merge-batch__status">
                  {t(`merge.batch.step.${step.status === 'not-sent' ? 'notSent' : step.status}`)}
                  {step.error !== undefined && <> — {mergeErrorMessage(step.error)}</>}
                </span>
              ) : <Verdict step={planned} keptName={keptName} merging={merging} requested={requested[planned.merging] ?? 0} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}

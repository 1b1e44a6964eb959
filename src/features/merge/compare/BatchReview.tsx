import { useEffect, useRef, useState } from 'preact/hooks';
import { useApi } from '../../../api/context.tsx';
import type { RelatedCounts, User, UserProfile } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';
import type { Load } from '../../../ui/load.ts';
import type { OnMerged } from '../types.ts';
import { planBatch, recommendBatch } from '../rules/batch.ts';
import type { MergeSide } from '../rules/check.ts';
import { useHoldsBatchPlan } from '../shared/batchPlanOpen.ts';
import { distinctNameList } from '../shared/names.ts';
import { BatchRunView } from '../run/BatchRunView.tsx';
import { SurvivorChoice } from './SurvivorChoice.tsx';
import { useBatchReads } from './useBatchReads.ts';

interface Props {
  requester: UserProfile;
  related: Load<RelatedCounts>;
  /** The duplicates the agent selected. */
  users: readonly User[];
  onMerged: OnMerged;
}

/** Several accounts of one person folded into one: who survives, each merge's verdict, then the run. */
export function BatchReview({ requester, related, users, onMerged }: Props) {
  // The selection it was made from stays locked while this is open (see batchPlanOpen).
  useHoldsBatchPlan();
  const reads = useBatchReads(useApi(), users);
  const members: MergeSide[] = [{ profile: { status: 'ready', data: requester }, counts: related }, ...reads.sides];
  const [chosen, setChosen] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const recommended = recommendBatch(members);
  const keep = chosen ?? recommended?.keep ?? null;
  const names = distinctNameList([requester.user, ...users]);
  const unreadable = members.some((member) => member.profile.status === 'error' || member.counts.status === 'error');
  return (
    <div class="merge-review">
      <h3 ref={heading} tabIndex={-1} class="merge-review__heading">{t('merge.batch.heading')}</h3>
      <SurvivorChoice
        options={names.map((name, index) => ({ key: String(index), name }))}
        keep={keep === null ? null : String(keep)}
        recommended={recommended && { key: String(recommended.keep), reason: recommended.reason }}
        disabled={running}
        onChoose={(key) => setChosen(Number(key))}
      />
      {unreadable && !running && (
        <p class="merge-reason">{t('merge.targetUnreadable')} <button type="button" class="link-button" onClick={reads.retry}>{t('section.retry')}</button></p>
      )}
      {keep !== null && (
        <BatchRunView key={keep} members={members} names={names} plan={planBatch(members, keep)} keep={keep}
          onStarted={() => setRunning(true)} onMerged={onMerged} />
      )}
    </div>
  );
}

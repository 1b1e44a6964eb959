import { useId } from 'preact/hooks';
import type { RelatedCounts, UserProfile } from '../../../api/index.ts';
import { t } from '../../../i18n/index.ts';
import { errorMessage } from '../../../ui/errorMessage.ts';
import type { Load } from '../../../ui/load.ts';
import { Notice } from '../../../ui/Notice.tsx';
import { Value } from '../../../ui/text/Value.tsx';
import { mergeLosses } from '../rules/losses.ts';
import { LossList } from '../shared/LossList.tsx';
import { roleLabel } from '../shared/roleLabel.ts';
import { CountList } from './CountList.tsx';
import { IdentitySummary } from './IdentitySummary.tsx';
import type { Reach } from './matching.ts';

interface Props {
  /** Whether this user is the one merged away in the chosen direction; null while undecided. */
  merged: boolean | null;
  profile: Load<UserProfile>;
  counts: Load<RelatedCounts>;
  reach: readonly Reach[];
  matches: ReadonlySet<string>;
  onRetryProfile?: (() => void) | undefined;
}

/**
 * One side of the comparison: who the user is, every way to reach them, their tickets, and,
 * unless they are the one kept, what they lose if merged away.
 */
export function UserColumn({ merged, profile, counts, reach, matches, onRetryProfile }: Props) {
  const headingId = useId();
  const ready = profile.status === 'ready' ? profile.data : null;
  return (
    <section class={merged === true ? 'merge-column merge-column--merged' : 'merge-column'} aria-labelledby={headingId}
      aria-busy={profile.status === 'loading' || counts.status === 'loading'} data-user-id={ready?.user.id}>
      {/* Under the comparison's own h3. */}
      <h4 id={headingId} class="merge-column__heading">{merged === null ? t('merge.undecidedHeading') : merged ? t('merge.sourceHeading') : t('merge.targetHeading')}</h4>
      {profile.status === 'loading' && <p class="muted small">{t('section.loading')}</p>}
      {profile.status === 'error' && <Notice message={errorMessage(profile.error)} onRetry={onRetryProfile} />}
      {ready && (
        <>
          <p class="merge-column__name"><Value kind="name" text={ready.user.name} /></p>
          <p class="merge-column__badges">
            {/* A deleted user (active: false) has no role to show: the eligibility note says the rest. */}
            {ready.user.active
              ? <span class="badge">{roleLabel(ready.user)}</span>
              : <span class="badge badge--danger">{t('requester.deletedBadge')}</span>}
            {ready.user.suspended && <span class="badge badge--danger">{t('requester.suspended')}</span>}
          </p>
          <IdentitySummary reach={reach} matches={matches} name={ready.user.name} />
        </>
      )}
      {counts.status === 'loading' && ready && <p class="muted small">{t('section.loading')}</p>}
      {counts.status === 'error' && <p class="merge-column__error small">{errorMessage(counts.error)}</p>}
      {counts.status === 'ready' && <CountList counts={counts.data} />}
      {/* Only a user who may be merged away loses anything: the kept user's column says nothing
          of losses (agents read a list under the kept user as theirs). Swapping shows the other's. */}
      {ready && merged !== false && (
        <div class="merge-column__losses">
          <p class="merge-column__losses-title">{t('merge.ifMerged')}</p>
          <LossList losses={mergeLosses(ready, counts.status === 'ready' ? counts.data.requested : null)} />
        </div>
      )}
    </section>
  );
}

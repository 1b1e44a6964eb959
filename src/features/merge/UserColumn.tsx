import { useId } from 'preact/hooks';
import type { RelatedCounts, UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import type { Load } from '../../ui/load.ts';
import { Notice } from '../../ui/Notice.tsx';
import { Value } from '../../ui/Value.tsx';
import { CountList } from './CountList.tsx';
import { IdentitySummary } from './IdentitySummary.tsx';
import { roleLabel } from './roleLabel.ts';

interface Props {
  /** What happens to this user: merged and deleted, or kept. */
  heading: string;
  profile: Load<UserProfile>;
  counts: Load<RelatedCounts>;
  onRetryProfile?: (() => void) | undefined;
}

/** One side of the comparison: who the user is, how they can be reached, and their tickets. */
export function UserColumn({ heading, profile, counts, onRetryProfile }: Props) {
  const headingId = useId();
  return (
    <section class="merge-column" aria-labelledby={headingId} aria-busy={profile.status === 'loading' || counts.status === 'loading'}>
      {/* Under the comparison's own h3. */}
      <h4 id={headingId} class="merge-column__heading">{heading}</h4>
      {profile.status === 'loading' && <p class="muted small">{t('section.loading')}</p>}
      {profile.status === 'error' && <Notice message={errorMessage(profile.error)} onRetry={onRetryProfile} />}
      {profile.status === 'ready' && (
        <>
          <p class="merge-column__name" data-user-id={profile.data.user.id}><Value kind="name" text={profile.data.user.name} /></p>
          <p class="merge-column__badges">
            <span class="badge">{roleLabel(profile.data.user)}</span>
            {profile.data.user.suspended && <span class="badge badge--danger">{t('requester.suspended')}</span>}
          </p>
          <IdentitySummary identities={profile.data.identities} />
        </>
      )}
      {counts.status === 'loading' && profile.status === 'ready' && <p class="muted small">{t('section.loading')}</p>}
      {counts.status === 'error' && <p class="merge-column__error small">{errorMessage(counts.error)}</p>}
      {counts.status === 'ready' && <CountList counts={counts.data} />}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { useApi } from '../../api/context.tsx';
import { isApiError } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import { useAppStrings } from '../../panelLoader.ts';
import { t } from '../../i18n/index.ts';
import { AwaitingSection } from '../../ui/AwaitingSection.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { DuplicatesSection } from '../duplicates/DuplicatesSection.tsx';
import { IdentityList } from '../identities/IdentityList.tsx';
import { MergeSection } from '../merge/MergeSection.tsx';
import type { MergeRequest, OnMerged } from '../merge/types.ts';
import { useAgent } from '../permissions/context.tsx';
import { permission } from '../permissions/permissions.ts';
import { SuspendControl } from '../suspend/SuspendControl.tsx';
import { RelatedCounts } from '../related/RelatedCounts.tsx';
import { Header } from './Header.tsx';
import type { HostPerson } from './hostPerson.ts';
import { useProfileData } from './useProfileData.ts';

interface Props {
  person: HostPerson;
  /** A merge removed this user; the survivor is shown instead. */
  onMerged: OnMerged;
}

/** Everything about one requester. Keyed by requester id, so nothing of a previous one survives. */
export function RequesterPanel({ person, onMerged }: Props) {
  const host = useHost();
  const api = useApi();
  const agent = useAgent();
  const data = useProfileData(host, api, person.id);
  const { profile } = data;
  const user = profile.status === 'ready' ? profile.data.user : null;
  const gone = profile.status === 'error' && isApiError(profile.error) && profile.error.status === 404;
  // A possible duplicate opens the merge flow at its comparison.
  const [mergeRequest, setMergeRequest] = useState<MergeRequest | null>(null);
  // The reads above are already on their way; the sections wait only for their words.
  if (!useAppStrings()) {
    return (
      <>
        <Header host={host} person={person} user={user} />
        <p class="muted loading">{t('section.loading')}</p>
      </>
    );
  }
  return (
    <>
      <Header host={host} person={person} user={user} />
      {gone ? <Notice message={t('requester.gone')} /> : null}
      <RelatedCounts load={data.related} onRetry={data.reloadRelated} />
      {gone ? null : (
        <IdentityList
          load={profile}
          onRetry={data.reloadProfile}
          actions={user ? { verdict: permission('identities', agent, user, host.settings), userId: user.id, patchProfile: data.patchProfile } : undefined}
        />
      )}
      {user && (
        <SuspendControl
          user={user}
          verdict={permission('suspend', agent, user, host.settings)}
          onChanged={(updated) => data.patchProfile((current) => ({
            ...current,
            user: { ...updated, organizationName: current.user.organizationName },
          }))}
        />
      )}
      {user && profile.status === 'ready' && (
        <DuplicatesSection
          requester={profile.data}
          verdict={permission('merge', agent, user, host.settings)}
          onCompare={(target) => setMergeRequest({ target })}
        />
      )}
      {user && profile.status === 'ready' && (
        <MergeSection
          requester={profile.data}
          related={data.related}
          verdict={permission('merge', agent, user, host.settings)}
          request={mergeRequest}
          onMerged={onMerged}
        />
      )}
      {/* Until the user is read, the sections that act on them keep their place and say why. */}
      {!user && !gone && (
        <>
          <AwaitingSection id="access" title={t('suspend.title')} load={profile} onRetry={data.reloadProfile} />
          <AwaitingSection id="duplicates" title={t('duplicates.title')} load={profile} onRetry={data.reloadProfile} />
          <AwaitingSection id="merge" title={t('merge.title')} load={profile} onRetry={data.reloadProfile} />
        </>
      )}
    </>
  );
}

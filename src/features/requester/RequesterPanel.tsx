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
import { ActionFailureProvider, useAgent } from '../permissions/context.tsx';
import { permission } from '../permissions/permissions.ts';
import type { ActionFamily } from '../permissions/permissions.ts';
import { StandingNotice } from '../permissions/StandingNotice.tsx';
import { useStanding } from '../permissions/useStanding.ts';
import { SuspendControl } from '../suspend/SuspendControl.tsx';
import { RelatedCounts } from '../related/RelatedCounts.tsx';
import { ContextSlot } from '../context/ContextSlot.tsx';
import { Header } from './Header.tsx';
import type { HostPerson } from './hostPerson.ts';
import { useProfileData } from './useProfileData.ts';
import { useUserPageEvents } from './useUserPageEvents.ts';

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
  useUserPageEvents(host, data.refreshProfile);
  const user = profile.status === 'ready' ? profile.data.user : null;
  // Zendesk keeps a deleted user as `active: false` (Users API, "active": "false if the user has
  // been deleted"): a read may answer 200 with such a user, or 404. Both are the same state.
  const gone = (profile.status === 'error' && isApiError(profile.error) && profile.error.status === 404) || user?.active === false;
  // What the agent may do comes from Zendesk, read once the first reads have answered.
  const roles = useStanding(host, agent, api, !gone && profile.status !== 'loading' && data.related.status !== 'loading');
  const verdict = (family: ActionFamily, of: NonNullable<typeof user>) => permission(family, agent, roles.standing, of, host.settings);
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
  if (gone) {
    // One state, one message: the panel's styles hide the header's role badge and profile link.
    return (
      <div class="deleted-user" data-deleted-user="">
        <Header host={host} person={person} user={user} />
        <Notice tone="info" message={t('requester.gone')} />
      </div>
    );
  }
  return (
    <ActionFailureProvider value={roles.onFailure}>
      <Header host={host} person={person} user={user} />
      <RelatedCounts load={data.related} onRetry={data.reloadRelated} userId={person.id} lists={host.settings['hide_ticket_lists'] !== true} />
      {profile.status === 'ready' && host.settings['hide_requester_context'] !== true && <ContextSlot profile={profile.data} />}
      {user && <StandingNotice standing={roles.standing} onRetry={roles.retry} />}
      <IdentityList
        load={profile}
        onRetry={data.reloadProfile}
        rest={data.restOfIdentities}
        actions={user ? { verdict: verdict('identities', user), userId: user.id, patchProfile: data.patchProfile } : undefined}
      />
      {user && (
        <SuspendControl
          user={user}
          verdict={verdict('suspend', user)}
          onChanged={(updated) => data.patchProfile((current) => ({
            ...current,
            user: { ...updated, organizationName: current.user.organizationName },
          }))}
        />
      )}
      {user && profile.status === 'ready' && (
        <DuplicatesSection
          requester={profile.data}
          verdict={verdict('merge', user)}
          onCompare={(target) => setMergeRequest({ target })}
          onMergeMany={(batch) => setMergeRequest({ batch })}
        />
      )}
      {user && profile.status === 'ready' && (
        <MergeSection
          requester={profile.data}
          related={data.related}
          verdict={verdict('merge', user)}
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
    </ActionFailureProvider>
  );
}

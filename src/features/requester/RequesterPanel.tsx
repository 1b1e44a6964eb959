import { useApi } from '../../api/context.tsx';
import { isApiError } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import { useAppStrings } from '../../appStrings.ts';
import { t } from '../../i18n/index.ts';
import { AwaitingSection } from '../../ui/AwaitingSection.tsx';
import type { Load } from '../../ui/load.ts';
import { Notice } from '../../ui/Notice.tsx';
import { IdentityList } from '../identities/IdentityList.tsx';
import type { OnMerged } from '../merge/types.ts';
import { ActionFailureProvider, useAgent } from '../permissions/context.tsx';
import { permission } from '../permissions/permissions.ts';
import type { ActionFamily } from '../permissions/permissions.ts';
import { StandingNotice } from '../permissions/StandingNotice.tsx';
import { useStanding } from '../permissions/useStanding.ts';
import { useShell } from '../../shell/context.tsx';
import { RelatedCounts } from '../related/RelatedCounts.tsx';
import { Header } from './Header.tsx';
import type { HostPerson } from './hostPerson.ts';
import { useProfileData } from './useProfileData.ts';
import { useRequesterActions } from './useRequesterActions.ts';
import { useUserPageEvents } from './useUserPageEvents.ts';

const LOADING: Load<never> = { status: 'loading' };

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
  // The first view is the header, the counts and the identities. What the panel offers beyond it
  // is the actions chunk, which the page preloads (src/shell/schedule.ts); until it is here its
  // sections keep their place.
  const strings = useAppStrings();
  const actions = useRequesterActions(!gone);
  const offered = actions.status === 'ready' ? actions.value : null;
  // What the agent may do comes from Zendesk: its read left with the first view's.
  const roles = useStanding(host, agent, api, useShell());
  const verdict = (family: ActionFamily, of: NonNullable<typeof user>) => permission(family, agent, roles.standing, of, host.settings, roles.refusals);
  // The reads above are already on their way; the sections wait only for their words.
  if (!strings) {
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
  // The sections that act on the user wait for the user's read, then for the actions chunk.
  const awaiting = user ? LOADING : profile;
  // What paints first (header, counts, identities) comes first: whatever arrives after it arrives
  // below, so nothing the agent may be aiming at there moves. Below, the requester's details and
  // the action sections replace their placeholders in one render, once the actions chunk is here
  // and the role check has answered (the "checking" sentence goes in that same render): after
  // their buttons have appeared, nothing above them changes height.
  const below = offered !== null && roles.standing.status !== 'checking' ? offered : null;
  return (
    <ActionFailureProvider value={roles.onFailure}>
      <Header host={host} person={person} user={user} />
      <RelatedCounts load={data.related} onRetry={data.reloadRelated} userId={person.id} lists={host.settings['hide_ticket_lists'] !== true} />
      <IdentityList
        load={profile}
        onRetry={data.reloadProfile}
        rest={data.restOfIdentities}
        actions={user ? { verdict: verdict('identities', user), userId: user.id, patchProfile: data.patchProfile } : undefined}
        Editor={offered?.EditableIdentities}
      />
      {/* Said once for the whole panel, what the agent's role allows: right below the identities
          it governs first, above the requester's details and Access, Possible duplicates, Merge. */}
      {user && <StandingNotice standing={roles.standing} onRetry={roles.retry} />}
      {user?.shared && <p class="notice notice--info standing" role="status">{t('permission.sharedUser')}</p>}
      {host.settings['hide_requester_context'] !== true && (below && profile.status === 'ready'
        ? <below.DetailsSlot profile={profile.data} />
        : <AwaitingSection id="context" title={t(host.context.location === 'user_sidebar' ? 'details.titleUser' : 'details.title')} load={awaiting} onRetry={data.reloadProfile} failed={actions.status === 'failed' ? actions.retry : undefined} />)}
      {user && below ? (
        <below.Sections
          user={user}
          profile={profile}
          related={data.related}
          verdict={(family) => verdict(family, user)}
          onUserChanged={(updated) => data.patchProfile((current) => ({
            ...current,
            user: { ...updated, organizationName: current.user.organizationName },
          }))}
          onMerged={onMerged}
        />
      ) : (
        // Until the user is read, and the actions chunk has arrived, these sections keep their place and say why.
        <>
          <AwaitingSection id="access" title={t('suspend.title')} load={awaiting} onRetry={data.reloadProfile} failed={actions.status === 'failed' ? actions.retry : undefined} />
          <AwaitingSection id="duplicates" title={t('duplicates.title')} load={awaiting} onRetry={data.reloadProfile} failed={actions.status === 'failed' ? actions.retry : undefined} />
          <AwaitingSection id="merge" title={t('merge.title')} load={awaiting} onRetry={data.reloadProfile} failed={actions.status === 'failed' ? actions.retry : undefined} />
        </>
      )}
    </ActionFailureProvider>
  );
}

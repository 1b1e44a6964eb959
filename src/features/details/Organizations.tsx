import type { RequesterDetails, ZendeskApi } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { ComponentChildren } from 'preact';
import { useOtherOrganizations } from './useOtherOrganizations.ts';

/** Shows a failed read with a retry (the panel's Notice). */
export type ErrorView = (error: unknown, retry: () => void) => ComponentChildren;

interface Props {
  api: ZendeskApi;
  errorView: ErrorView;
  userId: number;
  requester: RequesterDetails;
}

/** Every organization the requester belongs to, the default first; asks Zendesk for the rest only on request. */
export function Organizations({ api, errorView, userId, requester }: Props) {
  const others = useOtherOrganizations(api, userId, requester);
  const shown = others.state.status === 'ready' ? others.state.data : requester.organizations;
  const defaultId = requester.defaultOrganizationId;
  return (
    <>
      {shown.length === 0 ? (
        <span>{t('details.noOrganization')}</span>
      ) : (
        <ul class="context__orgs">
          {shown.map((org) => (
            <li key={org.id}>
              <bdi>{org.name}</bdi>
              {org.id === defaultId && shown.length > 1 && <span class="muted small"> ({t('details.defaultOrganization')})</span>}
            </li>
          ))}
        </ul>
      )}
      {others.state.status === 'idle' && !requester.organizationsComplete && (
        <button type="button" class="link-button" onClick={others.load}>{t('details.moreOrganizations')}</button>
      )}
      {others.state.status === 'loading' && <p class="muted loading" role="status">{t('section.loading')}</p>}
      {others.state.status === 'error' && errorView(others.state.error, others.load)}
    </>
  );
}

import detailsStyles from './details.css?inline';
import type { RequesterDetails, ZendeskApi } from '../../api/index.ts';
import { currentLocale, t } from '../../i18n/index.ts';
import { formatDate, formatRelative } from '../../i18n/dates.ts';
import { adoptStyles } from '../../ui/frame/adoptStyles.ts';
import { Clamp } from './Clamp.tsx';
import { LocalTime } from './LocalTime.tsx';
import { Organizations } from './Organizations.tsx';
import type { ErrorView } from './Organizations.tsx';
import { languageName, usableZone } from './time.ts';

adoptStyles(detailsStyles);

export interface DetailsBlockProps {
  /** The panel's API and its way of showing a failed read with a retry. */
  api: ZendeskApi;
  errorView: ErrorView;
  userId: number;
  requester: RequesterDetails;
  /** In the user sidebar the person is a user, not a ticket's requester: the heading says so. */
  userSidebar: boolean;
}

/** Organizations, local time, language, last sign-in, tags, notes and details: all from the profile read. */
export function DetailsBlock({ api, errorView, userId, requester, userSidebar }: DetailsBlockProps) {
  const zone = usableZone(requester.ianaTimeZone);
  const locale = currentLocale();
  return (
    <section class="section context" aria-labelledby="context-heading">
      <div class="section__head"><h2 id="context-heading">{t(userSidebar ? 'details.titleUser' : 'details.title')}</h2></div>
      <dl class="context__list">
        <dt>{t('details.organizations')}</dt>
        <dd><Organizations api={api} errorView={errorView} userId={userId} requester={requester} /></dd>
        <dt>{t('details.localTime')}</dt>
        <dd>{zone ? <LocalTime zone={zone} /> : <span dir="auto">{requester.timeZone ?? t('details.noTimeZone')}</span>}</dd>
        {requester.locale && <dt>{t('details.language')}</dt>}
        {requester.locale && <dd><bdi>{languageName(requester.locale, locale)}</bdi></dd>}
        <dt>{t('details.lastSignIn')}</dt>
        <dd>
          {requester.lastLoginAt
            ? <span title={formatDate(requester.lastLoginAt)}>{formatRelative(requester.lastLoginAt)}</span>
            : t('details.neverSignedIn')}
        </dd>
        {requester.tags.length > 0 && <dt>{t('details.tags')}</dt>}
        {requester.tags.length > 0 && (
          <dd><ul class="context__tags">{requester.tags.map((tag) => <li class="badge" key={tag} dir="auto">{tag}</li>)}</ul></dd>
        )}
      </dl>
      {requester.notes.trim() && <Clamp id="context-notes" label={t('details.notes')} text={requester.notes} />}
      {requester.details.trim() && <Clamp id="context-details" label={t('details.details')} text={requester.details} />}
    </section>
  );
}

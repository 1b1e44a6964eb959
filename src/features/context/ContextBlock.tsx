import contextStyles from './context.css?inline';
import type { RequesterContext, ZendeskApi } from '../../api/index.ts';
import { currentLocale, t } from '../../i18n/index.ts';
import { formatDate, formatRelative } from '../../i18n/dates.ts';
import { adoptStyles } from '../../ui/adoptStyles.ts';
import { Clamp } from './Clamp.tsx';
import { LocalTime } from './LocalTime.tsx';
import { Organizations } from './Organizations.tsx';
import type { ErrorView } from './Organizations.tsx';
import { languageName, usableZone } from './time.ts';

adoptStyles(contextStyles);

export interface ContextBlockProps {
  /** The panel's API and its way of showing a failed read with a retry. */
  api: ZendeskApi;
  errorView: ErrorView;
  userId: number;
  context: RequesterContext;
  /** In the user sidebar the person is a user, not a ticket's requester: the heading says so. */
  userSidebar: boolean;
}

/** Organizations, local time, language, last sign-in, tags, notes and details: all from the profile read. */
export function ContextBlock({ api, errorView, userId, context, userSidebar }: ContextBlockProps) {
  const zone = usableZone(context.ianaTimeZone);
  const locale = currentLocale();
  return (
    <section class="section context" aria-labelledby="context-heading">
      <div class="section__head"><h2 id="context-heading">{t(userSidebar ? 'context.titleUser' : 'context.title')}</h2></div>
      <dl class="context__list">
        <dt>{t('context.organizations')}</dt>
        <dd><Organizations api={api} errorView={errorView} userId={userId} context={context} /></dd>
        <dt>{t('context.localTime')}</dt>
        <dd>{zone ? <LocalTime zone={zone} /> : <span dir="auto">{context.timeZone ?? t('context.noTimeZone')}</span>}</dd>
        {context.locale && <dt>{t('context.language')}</dt>}
        {context.locale && <dd><bdi>{languageName(context.locale, locale)}</bdi></dd>}
        <dt>{t('context.lastSignIn')}</dt>
        <dd>
          {context.lastLoginAt
            ? <span title={formatDate(context.lastLoginAt)}>{formatRelative(context.lastLoginAt)}</span>
            : t('context.neverSignedIn')}
        </dd>
        {context.tags.length > 0 && <dt>{t('context.tags')}</dt>}
        {context.tags.length > 0 && (
          <dd><ul class="context__tags">{context.tags.map((tag) => <li class="badge" key={tag} dir="auto">{tag}</li>)}</ul></dd>
        )}
      </dl>
      {context.notes.trim() && <Clamp id="context-notes" label={t('context.notes')} text={context.notes} />}
      {context.details.trim() && <Clamp id="context-details" label={t('context.details')} text={context.details} />}
    </section>
  );
}

import { t } from '../../../i18n/index.ts';
import type { Losses, LostItem } from '../rules/losses.ts';
import { Phrase } from '../../../ui/text/Phrase.tsx';
import { typeLabel } from './typeLabel.ts';

interface Props {
  losses: Losses;
}

function Lost({ item }: { item: LostItem }) {
  switch (item.kind) {
    case 'identity':
      return <Phrase template={t('merge.loss.identity')} values={{ type: typeLabel(item.identity.type), value: item.identity.value }} />;
    case 'organization':
      return item.name === null ? <>{t('merge.loss.organizationUnnamed')}</> : <Phrase template={t('merge.loss.organization')} values={{ name: item.name }} />;
    case 'notes':
      return <>{t('merge.loss.notes')}</>;
    case 'details':
      return <>{t('merge.loss.details')}</>;
    case 'tags':
      return <Phrase template={t('merge.loss.tags')} values={{ tags: item.tags.join(', ') }} />;
    case 'user-fields':
      return <>{t('merge.loss.userFields', { count: item.count })}</>;
    case 'external-id':
      return <Phrase template={t('merge.loss.externalId')} values={{ value: item.value }} />;
    case 'unknown-profile-data':
      return <>{t('merge.loss.unknown')}</>;
  }
}

/**
 * What becomes of a user's data if they are merged away, item by item: what moves to the kept
 * user, what may move, and what is lost (Zendesk help, "Merging a user's duplicate account"); for a
 * messaging user, what becomes of the conversation (rules/losses.ts, MessagingFate).
 */
export function LossList({ losses }: Props) {
  const moves = [
    ...(losses.tickets === null ? [] : [<li key="tickets">{t('merge.ticketCount', { count: losses.tickets })}</li>]),
    ...losses.moves.map((identity) => (
      <li key={identity.id}><Phrase template={t('merge.loss.identity')} values={{ type: typeLabel(identity.type), value: identity.value }} /></li>
    )),
  ];
  return (
    <div class="merge-losses small">
      <p class="merge-losses__heading">{t('merge.moves')}</p>
      {moves.length > 0 ? <ul>{moves}</ul> : <p class="muted">{t('merge.nothing')}</p>}
      {losses.mayMove.length > 0 && (
        <>
          <p class="merge-losses__heading">{t('merge.mayMove')}</p>
          <ul>{losses.mayMove.map((identity) => <li key={identity.id}><bdi dir="auto">{identity.value}</bdi></li>)}</ul>
        </>
      )}
      <p class="merge-losses__heading merge-losses__heading--lost">{t('merge.lost')}</p>
      {losses.lost.length > 0
        ? <ul>{losses.lost.map((item, index) => <li key={index} data-lost={item.kind}><Lost item={item} /></li>)}</ul>
        : <p class="muted">{t('merge.nothing')}</p>}
      {losses.messaging.length > 0 && (
        <>
          <p class="merge-losses__heading">{t('merge.messaging.heading')}</p>
          <ul>{losses.messaging.map((fate) => <li key={fate} data-messaging={fate}>{t(`merge.messaging.${fate}`)}</li>)}</ul>
        </>
      )}
    </div>
  );
}

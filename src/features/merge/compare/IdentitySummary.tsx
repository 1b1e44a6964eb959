import { t } from '../../../i18n/index.ts';
import { Value } from '../../../ui/text/Value.tsx';
import { typeLabel } from '../shared/typeLabel.ts';
import type { Reach } from './matching.ts';

/** Past this many, the list scrolls inside the column, so the sections below stay in reach. */
const SCROLL_FROM = 8;

interface Props {
  reach: readonly Reach[];
  /** Keys of the values the other user has too: the reason they look like one person. */
  matches: ReadonlySet<string>;
  /** The user's name, for the scroll region's name. */
  name: string;
}

/** Every identity of the user; the ones the other user shares are marked in words. */
export function IdentitySummary({ reach, matches, name }: Props) {
  if (reach.length === 0) return <p class="muted small">{t('identities.none')}</p>;
  const scrolls = reach.length > SCROLL_FROM;
  const list = (
    <ul class="merge-identities" aria-label={t('merge.identitiesOf', { name })}>
      {reach.map((item) => (
        <li key={item.key} data-match={matches.has(item.key) ? 'true' : undefined}>
          <bdi class="merge-identities__type">{typeLabel(item.type)}</bdi>
          <Value class="merge-identities__value" text={item.value} />
          {matches.has(item.key) && <span class="merge-identities__match">{t('merge.match')}</span>}
        </li>
      ))}
    </ul>
  );
  // A region that scrolls must be reachable by keyboard to be read.
  return scrolls ? <div class="merge-identities__scroll" tabIndex={0} role="group" aria-label={t('merge.identitiesOf', { name })}>{list}</div> : list;
}

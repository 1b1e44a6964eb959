import type { Identity } from '../../api/index.ts';
import { KNOWN_IDENTITY_TYPES } from '../../api/index.ts';
import type { KnownIdentityType } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { Value } from '../../ui/Value.tsx';
import { groupIdentities } from '../identities/group.ts';

/** A column is narrow; a relay address can have hundreds of identities. */
const VISIBLE = 4;

interface Props {
  identities: readonly Identity[];
}

function typeLabel(type: string): string {
  return (KNOWN_IDENTITY_TYPES as readonly string[]).includes(type)
    ? t(`identityType.${type as KnownIdentityType}`)
    : t('identityType.other');
}

/** The user's identities, most important first, as far as a column has room for them. */
export function IdentitySummary({ identities }: Props) {
  if (identities.length === 0) return <p class="muted small">{t('identities.none')}</p>;
  const ordered = groupIdentities(identities).flatMap((group) => group.identities);
  const hidden = ordered.length - VISIBLE;
  return (
    <>
      <ul class="merge-identities" aria-label={t('identities.title')}>
        {ordered.slice(0, VISIBLE).map((identity) => (
          <li key={identity.id} data-identity-id={identity.id}>
            <bdi class="merge-identities__type">{typeLabel(identity.type)}</bdi>
            <Value class="merge-identities__value" text={identity.value} />
          </li>
        ))}
      </ul>
      {hidden > 0 && <p class="muted small">{t('merge.moreIdentities', { count: hidden })}</p>}
    </>
  );
}

import { useState } from 'preact/hooks';
import type { Identity, UserProfile } from '../../api/index.ts';
import { KNOWN_IDENTITY_TYPES } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { Load } from '../../ui/load.ts';
import { Section } from '../../ui/Section.tsx';
import { groupIdentities } from './group.ts';
import type { IdentityGroup } from './group.ts';

/** Rows shown per type before "Show more": a requester can have hundreds. */
const VISIBLE_PER_TYPE = 5;

interface Props {
  load: Load<UserProfile>;
  onRetry: () => void;
}

function typeLabel(type: string): string {
  return (KNOWN_IDENTITY_TYPES as readonly string[]).includes(type)
    ? t(`identityType.${type as (typeof KNOWN_IDENTITY_TYPES)[number]}`)
    : t('identityType.other');
}

function IdentityRow({ identity }: { identity: Identity }) {
  return (
    <li class="identity" data-identity-id={identity.id}>
      <span class="identity__value" dir="auto">{identity.value}</span>
      <span class="identity__badges">
        {identity.primary && <span class="badge badge--primary">{t('identities.primary')}</span>}
        {identity.verified
          ? <span class="badge badge--success">{t('identities.verified')}</span>
          : <span class="badge badge--muted">{t('identities.unverified')}</span>}
        {identity.undeliverable && <span class="badge badge--danger">{t('identities.undeliverable')}</span>}
      </span>
    </li>
  );
}

function Group({ group }: { group: IdentityGroup }) {
  const [expanded, setExpanded] = useState(false);
  const hidden = group.identities.length - VISIBLE_PER_TYPE;
  const shown = expanded || hidden <= 0 ? group.identities : group.identities.slice(0, VISIBLE_PER_TYPE);
  const headingId = `identity-type-${group.type}`;
  return (
    <div class="identity-group" data-type={group.type}>
      <h3 id={headingId}>{typeLabel(group.type)}</h3>
      <ul aria-labelledby={headingId}>
        {shown.map((identity) => <IdentityRow key={identity.id} identity={identity} />)}
      </ul>
      {!expanded && hidden > 0 && (
        <button type="button" class="link-button" onClick={() => setExpanded(true)}>
          {t('identities.showAll', { count: hidden })}
        </button>
      )}
    </div>
  );
}

export function IdentityList({ load, onRetry }: Props) {
  const aside = load.status === 'ready'
    ? <span class="muted small">{t('identities.count', { count: load.data.identities.length })}</span>
    : null;
  return (
    <Section id="identities" title={t('identities.title')} aside={aside} load={load} onRetry={onRetry}>
      {({ identities }) =>
        identities.length === 0
          ? <p class="muted">{t('identities.none')}</p>
          : groupIdentities(identities).map((group) => <Group key={group.type} group={group} />)}
    </Section>
  );
}

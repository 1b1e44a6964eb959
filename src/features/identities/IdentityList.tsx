import { useEffect, useRef, useState } from 'preact/hooks';
import type { Identity, UserProfile } from '../../api/index.ts';
import { KNOWN_IDENTITY_TYPES } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { Load } from '../../ui/load.ts';
import { Section } from '../../ui/Section.tsx';
import { Value } from '../../ui/Value.tsx';
import { AddIdentity } from './AddIdentityForm.tsx';
import { groupIdentities } from './group.ts';
import type { IdentityGroup } from './group.ts';
import { IdentityRowActions } from './IdentityRowActions.tsx';
import { useIdentityActions } from './useIdentityActions.ts';
import type { IdentityActions, IdentityOperations } from './useIdentityActions.ts';

/** Rows shown per type before "Show more": a requester can have hundreds. */
const VISIBLE_PER_TYPE = 5;

interface Props {
  load: Load<UserProfile>;
  onRetry: () => void;
  /** Offers changes when given; without it, or when the verdict says no, the list is read-only. */
  actions?: IdentityActions | undefined;
}

function typeLabel(type: string): string {
  return (KNOWN_IDENTITY_TYPES as readonly string[]).includes(type)
    ? t(`identityType.${type as (typeof KNOWN_IDENTITY_TYPES)[number]}`)
    : t('identityType.other');
}

interface RowProps {
  identity: Identity;
  operations: IdentityOperations | null;
}

function IdentityRow({ identity, operations }: RowProps) {
  return (
    <li class="identity" data-identity-id={identity.id}>
      <Value class="identity__value" text={identity.value} />
      <span class="identity__badges">
        {identity.primary && <span class="badge badge--primary">{t('identities.primary')}</span>}
        {identity.verified
          ? <span class="badge badge--success">{t('identities.verified')}</span>
          : <span class="badge badge--muted">{t('identities.unverified')}</span>}
        {identity.undeliverable && <span class="badge badge--danger">{t('identities.undeliverable')}</span>}
      </span>
      {operations && <IdentityRowActions identity={identity} operations={operations} />}
    </li>
  );
}

interface GroupProps {
  group: IdentityGroup;
  operations: IdentityOperations | null;
}

function Group({ group, operations }: GroupProps) {
  const [expanded, setExpanded] = useState(false);
  const hidden = group.identities.length - VISIBLE_PER_TYPE;
  const shown = expanded || hidden <= 0 ? group.identities : group.identities.slice(0, VISIBLE_PER_TYPE);
  const headingId = `identity-type-${group.type}`;
  return (
    <div class="identity-group" data-type={group.type}>
      {/* Isolated: a label in another script ("X (Twitter)" in Hebrew) keeps its own order. */}
      <h3 id={headingId}><bdi>{typeLabel(group.type)}</bdi></h3>
      <ul aria-labelledby={headingId}>
        {shown.map((identity) => <IdentityRow key={identity.id} identity={identity} operations={operations} />)}
      </ul>
      {!expanded && hidden > 0 && (
        <button type="button" class="link-button" onClick={() => setExpanded(true)}>
          {t('identities.showAll', { count: hidden })}
        </button>
      )}
    </div>
  );
}

interface GroupsProps {
  identities: readonly Identity[];
  operations: IdentityOperations | null;
}

function Groups({ identities, operations }: GroupsProps) {
  return identities.length === 0
    ? <p class="muted">{t('identities.none')}</p>
    : <>{groupIdentities(identities).map((group) => <Group key={group.type} group={group} operations={operations} />)}</>;
}

interface EditorProps {
  identities: readonly Identity[];
  actions: IdentityActions;
}

/** The list with a change control per row and the add form. */
function EditableIdentities({ identities, actions }: EditorProps) {
  const operations = useIdentityActions(actions, identities);
  const container = useRef<HTMLDivElement>(null);
  const [removals, setRemovals] = useState(0);
  // A removed row takes its focused button with it; the list keeps the focus instead of the page.
  useEffect(() => {
    if (removals > 0) container.current?.focus();
  }, [removals]);
  const withFocus: IdentityOperations = {
    ...operations,
    remove: async (identity) => {
      await operations.remove(identity);
      setRemovals((count) => count + 1);
    },
  };
  return (
    <div ref={container} class="identity-editor" role="group" aria-label={t('identities.group')} tabIndex={-1}>
      <Groups identities={identities} operations={withFocus} />
      <AddIdentity onAdd={operations.add} />
    </div>
  );
}

interface ContentProps {
  identities: readonly Identity[];
  actions: IdentityActions | undefined;
}

function Content({ identities, actions }: ContentProps) {
  if (actions?.verdict.allowed) return <EditableIdentities identities={identities} actions={actions} />;
  return (
    <>
      <Groups identities={identities} operations={null} />
      {/* Said once for the whole list, not on every row. */}
      {actions && !actions.verdict.allowed && <p class="muted small identity-reason">{t(actions.verdict.reason)}</p>}
    </>
  );
}

export function IdentityList({ load, onRetry, actions }: Props) {
  const aside = load.status === 'ready'
    ? <span class="muted small">{t('identities.count', { count: load.data.identities.length })}</span>
    : null;
  return (
    <Section id="identities" title={t('identities.title')} aside={aside} load={load} onRetry={onRetry}>
      {({ identities }) => <Content identities={identities} actions={actions} />}
    </Section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Identity, UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import type { Load } from '../../ui/load.ts';
import { Notice } from '../../ui/Notice.tsx';
import { Section } from '../../ui/Section.tsx';
import { AddIdentity } from './AddIdentityForm.tsx';
import { groupIdentities } from './group.ts';
import { IdentityGroup } from './IdentityGroup.tsx';
import { PhoneLeftNotice } from './PhoneLeftNotice.tsx';
import { useIdentityActions } from './useIdentityActions.ts';
import type { IdentityActions, IdentityOperations } from './useIdentityActions.ts';
import type { RestOfIdentities } from './useRestOfIdentities.ts';

interface Props {
  load: Load<UserProfile>;
  onRetry: () => void;
  /** Offers changes when given; without it, or when the verdict says no, the list is read-only. */
  actions?: IdentityActions | undefined;
  /** The read that completes a cut sideload; until it is done the count is not shown. */
  rest?: RestOfIdentities | undefined;
}

interface GroupsProps {
  identities: readonly Identity[];
  operations: IdentityOperations | null;
}

function Groups({ identities, operations }: GroupsProps) {
  return identities.length === 0
    ? <p class="muted">{t('identities.none')}</p>
    : <>{groupIdentities(identities).map((group) => <IdentityGroup key={group.type} group={group} operations={operations} />)}</>;
}

interface EditorProps {
  identities: readonly Identity[];
  actions: IdentityActions;
}

/** The list with a change control per row and the add form. */
function EditableIdentities({ identities, actions }: EditorProps) {
  const [done, setDone] = useState<string | null>(null);
  const operations = useIdentityActions(actions, identities, setDone);
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
      <PhoneLeftNotice followUp={operations.phoneLeft} />
      <Groups identities={identities} operations={withFocus} />
      {done && <p class="muted small identity-done" role="status" dir="auto">{done}</p>}
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
      {actions && !actions.verdict.allowed && !actions.verdict.panelWide && <p class="muted small identity-reason">{t(actions.verdict.reason)}</p>}
    </>
  );
}

function RestStatus({ rest }: { rest: RestOfIdentities | undefined }) {
  if (rest?.state.status === 'failed') {
    return <Notice message={t('identities.restFailed', { reason: errorMessage(rest.state.error) })} onRetry={rest.retry} polite />;
  }
  return <p class="muted small loading" role="status">{t('identities.loadingRest')}</p>;
}

export function IdentityList({ load, onRetry, actions, rest }: Props) {
  const complete = load.status === 'ready' && load.data.identitiesComplete !== false;
  const aside = load.status === 'ready'
    ? <span class="muted small">{complete ? t('identities.count', { count: load.data.identities.length }) : t('identities.counting')}</span>
    : null;
  return (
    <Section id="identities" title={t('identities.title')} aside={aside} load={load} onRetry={onRetry}>
      {({ identities }) => (
        <>
          {!complete && <RestStatus rest={rest} />}
          <Content identities={identities} actions={actions} />
        </>
      )}
    </Section>
  );
}

import type { ComponentType } from 'preact';
import type { Identity, UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import type { Load } from '../../ui/load.ts';
import { Notice } from '../../ui/Notice.tsx';
import { Section } from '../../ui/Section.tsx';
import { groupIdentities } from './group.ts';
import { IdentityGroup } from './IdentityGroup.tsx';
import type { RowOperations } from './IdentityRow.tsx';
import type { IdentityActions } from './useIdentityActions.ts';
import type { RestOfIdentities } from './useRestOfIdentities.ts';

interface Props {
  load: Load<UserProfile>;
  onRetry: () => void;
  /** Offers changes when given; without it, or when the verdict says no, the list is read-only. */
  actions?: IdentityActions | undefined;
  /** The read that completes a cut sideload; until it is done the count is not shown. */
  rest?: RestOfIdentities | undefined;
  /**
   * The list with its change controls (EditableIdentities): a chunk that loads after the first
   * view has painted. Until it is here the list is shown as it is, without controls.
   */
  Editor?: ComponentType<EditorProps> | undefined;
}

/** What the editor of the list is given. */
export interface EditorProps {
  identities: readonly Identity[];
  actions: IdentityActions;
}

interface GroupsProps {
  identities: readonly Identity[];
  operations: RowOperations | null;
}

/** The identities grouped by type; with `operations`, each row offers its changes. */
export function Groups({ identities, operations }: GroupsProps) {
  return identities.length === 0
    ? <p class="muted">{t('identities.none')}</p>
    : <>{groupIdentities(identities).map((group) => <IdentityGroup key={group.type} group={group} operations={operations} />)}</>;
}

interface ContentProps {
  identities: readonly Identity[];
  actions: IdentityActions | undefined;
  Editor: ComponentType<EditorProps> | undefined;
}

function Content({ identities, actions, Editor }: ContentProps) {
  if (actions?.verdict.allowed && Editor) return <Editor identities={identities} actions={actions} />;
  return (
    <>
      <Groups identities={identities} operations={null} />
      {/* Said once for the whole list, not on every row. */}
      {actions && !actions.verdict.allowed && !actions.verdict.panelWide && <p class="muted small identity-reason">{t(actions.verdict.reason, actions.verdict.vars)}</p>}
    </>
  );
}

function RestStatus({ rest }: { rest: RestOfIdentities | undefined }) {
  if (rest?.state.status === 'failed') {
    return <Notice message={t('identities.restFailed', { reason: errorMessage(rest.state.error) })} onRetry={rest.retry} polite />;
  }
  return <p class="muted small loading" role="status">{t('identities.loadingRest')}</p>;
}

export function IdentityList({ load, onRetry, actions, rest, Editor }: Props) {
  const complete = load.status === 'ready' && load.data.identitiesComplete !== false;
  const aside = load.status === 'ready'
    ? <span class="muted small">{complete ? t('identities.count', { count: load.data.identities.length }) : t('identities.counting')}</span>
    : null;
  return (
    <Section id="identities" title={t('identities.title')} aside={aside} load={load} onRetry={onRetry}>
      {({ identities }) => (
        <>
          {!complete && <RestStatus rest={rest} />}
          <Content identities={identities} actions={actions} Editor={Editor} />
        </>
      )}
    </Section>
  );
}

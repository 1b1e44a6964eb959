import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import type { Identity } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { chunk } from '../../shell/chunk.ts';
import { Notice } from '../../ui/Notice.tsx';
import type { AllIdentitiesProps } from './AllIdentities.tsx';
import type { IdentityGroup as Group } from './group.ts';
import { IdentityRow } from './IdentityRow.tsx';
import { typeLabel } from './typeLabel.ts';
import type { RowOperations } from './IdentityRow.tsx';

/** The bounded list of every identity of a type, loaded when an agent asks for it. */
const allIdentities = chunk(() => import('./AllIdentities.tsx'), (module) => module.AllIdentities);

/** Rows shown per type before "Show more": a requester can have hundreds. */
export const VISIBLE_PER_TYPE = 5;

interface Props {
  group: Group;
  operations: RowOperations | null;
}

type All = { status: 'closed' | 'loading' | 'failed' } | { status: 'open'; View: FunctionComponent<AllIdentitiesProps> };

/** One type's identities: the first few, then, when asked, all of them in a bounded list. */
export function IdentityGroup({ group, operations }: Props) {
  const [all, setAll] = useState<All>({ status: 'closed' });
  const hidden = group.identities.length - VISIBLE_PER_TYPE;
  const label = typeLabel(group.type);
  const headingId = `identity-type-${group.type}`;
  const expand = () => {
    setAll({ status: 'loading' });
    allIdentities.load().then(
      (View) => setAll({ status: 'open', View }),
      () => setAll({ status: 'failed' }),
    );
  };
  const row = (identity: Identity) => <IdentityRow key={identity.id} identity={identity} operations={operations} soleOfType={group.identities.length === 1} />;
  const shown = hidden <= 0 ? group.identities : group.identities.slice(0, VISIBLE_PER_TYPE);
  return (
    <div class="identity-group" data-type={group.type}>
      <h3 id={headingId}><bdi>{label}</bdi></h3>
      {all.status === 'open' && hidden > 0
        ? <all.View identities={group.identities} label={label} headingId={headingId} row={row} />
        : (
          <ul aria-labelledby={headingId}>
            {shown.map(row)}
          </ul>
        )}
      {all.status !== 'open' && hidden > 0 && (
        <button type="button" class="link-button" onClick={expand} disabled={all.status === 'loading'} aria-busy={all.status === 'loading'}>
          {t('identities.showAll', { count: hidden })}
        </button>
      )}
      {all.status === 'failed' && <Notice message={t('identities.loadFailed')} onRetry={expand} />}
    </div>
  );
}

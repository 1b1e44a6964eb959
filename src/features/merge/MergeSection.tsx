import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RelatedCounts, User, UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { Load } from '../../ui/load.ts';
import { Notice } from '../../ui/Notice.tsx';
import type { Verdict } from '../permissions/permissions.ts';
import type { MergeFlowProps } from './types.ts';

interface Props {
  requester: UserProfile;
  related: Load<RelatedCounts>;
  verdict: Verdict;
  onMerged: (survivor: User) => void;
}

type Flow = FunctionComponent<MergeFlowProps>;

/**
 * "Merge into…": the flow itself is a separate chunk, loaded when an agent asks for it,
 * so the panel most agents see stays small.
 */
export function MergeSection({ requester, related, verdict, onMerged }: Props) {
  const [flow, setFlow] = useState<{ status: 'closed' | 'loading' | 'failed' } | { status: 'open'; Flow: Flow }>({ status: 'closed' });
  const opener = useRef<HTMLButtonElement>(null);
  const closedByAgent = useRef(false);
  // Closing the flow removes what had focus; the button that opened it takes it back.
  useEffect(() => {
    if (flow.status !== 'closed' || !closedByAgent.current) return;
    closedByAgent.current = false;
    opener.current?.focus();
  }, [flow.status]);
  const open = () => {
    setFlow({ status: 'loading' });
    import('./MergeFlow.tsx').then(
      (module) => setFlow({ status: 'open', Flow: module.MergeFlow }),
      () => setFlow({ status: 'failed' }),
    );
  };
  return (
    <section class="section" aria-labelledby="merge-heading">
      <div class="section__head">
        <h2 id="merge-heading">{t('merge.title')}</h2>
      </div>
      {!verdict.allowed && <p class="muted small">{t(verdict.reason)}</p>}
      {verdict.allowed && flow.status !== 'open' && (
        <button ref={opener} type="button" class="button" onClick={open} disabled={flow.status === 'loading'} aria-busy={flow.status === 'loading'}>
          {t('merge.open')}
        </button>
      )}
      {flow.status === 'failed' && <Notice message={t('merge.loadFailed')} onRetry={open} />}
      {verdict.allowed && flow.status === 'open' && (
        <flow.Flow requester={requester} related={related} onMerged={onMerged} onClose={() => {
          closedByAgent.current = true;
          setFlow({ status: 'closed' });
        }} />
      )}
    </section>
  );
}

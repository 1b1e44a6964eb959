import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RelatedCounts, UserProfile } from '../../api/index.ts';
import { loadMessages, t } from '../../i18n/index.ts';
import { MERGE_FILES } from '../../i18n/mergeFiles.ts';
import { chunk } from '../../shell/chunk.ts';
import type { Load } from '../../ui/load.ts';
import { Notice } from '../../ui/Notice.tsx';
import { useExclusive } from '../../ui/oneOpen.ts';
import type { Verdict } from '../permissions/permissions.ts';
import type { MergeFlowProps, MergeRequest, OnMerged } from './types.ts';

interface Props {
  requester: UserProfile;
  related: Load<RelatedCounts>;
  verdict: Verdict;
  /** Set from elsewhere in the panel (a possible duplicate) to open the flow at that comparison. */
  request?: MergeRequest | null | undefined;
  onMerged: OnMerged;
}

type Flow = FunctionComponent<MergeFlowProps>;
const mergeFlow = chunk(() => import('./MergeFlow.tsx'), (module): Flow => module.MergeFlow);
type FlowState =
  | { status: 'closed' | 'loading' }
  | { status: 'failed'; request: MergeRequest | undefined }
  /** `opening` tells one opening from the next, so a new target starts a fresh flow. */
  | { status: 'open'; Flow: Flow; request: MergeRequest | undefined; opening: number };

/**
 * "Merge into…": the flow itself is a separate chunk, loaded when an agent asks for it,
 * so the panel most agents see stays small.
 */
export function MergeSection({ requester, related, verdict, request, onMerged }: Props) {
  const [flow, setFlow] = useState<FlowState>({ status: 'closed' });
  const opener = useRef<HTMLButtonElement>(null);
  const closedByAgent = useRef(false);
  const openings = useRef(0);
  // One thing open at a time: the flow closes when another menu or form opens, and the reverse.
  const exclusive = useExclusive(() => {
    openings.current++; // a flow still loading stays closed
    setFlow({ status: 'closed' });
  });
  // Closing the flow removes what had focus; the button that opened it takes it back.
  useEffect(() => {
    if (flow.status !== 'closed' || !closedByAgent.current) return;
    closedByAgent.current = false;
    opener.current?.focus();
  }, [flow.status]);
  const open = (opened?: MergeRequest, fromDuplicates = false) => {
    // Opened from a possible duplicate, the preview belongs with the list it came from.
    if (fromDuplicates) exclusive.join();
    else exclusive.claim();
    const opening = ++openings.current;
    setFlow({ status: 'loading' });
    // The flow's strings load beside it, in the agent's language.
    Promise.all([mergeFlow.load(), loadMessages('merge', MERGE_FILES)]).then(
      ([Flow]) => opening === openings.current && setFlow({ status: 'open', Flow, request: opened, opening }),
      () => opening === openings.current && setFlow({ status: 'failed', request: opened }),
    );
  };
  useEffect(() => {
    if (request && verdict.allowed) open(request, true);
  }, [request]);
  // A role that may change no user is said once for the panel; a merge section with nothing to offer is left out.
  if (!verdict.allowed && verdict.panelWide && verdict.reason !== 'permission.checking') return null;
  return (
    <section class="section" aria-labelledby="merge-heading">
      <div class="section__head">
        <h2 id="merge-heading">{t('merge.title')}</h2>
      </div>
      {!verdict.allowed && !verdict.panelWide && <p class="muted small">{t(verdict.reason, verdict.vars)}</p>}
      {verdict.allowed && flow.status !== 'open' && (
        <button ref={opener} type="button" class="button" onClick={() => open()} disabled={flow.status === 'loading'} aria-busy={flow.status === 'loading'}>
          {t('merge.open')}
        </button>
      )}
      {flow.status === 'failed' && <Notice message={t('merge.loadFailed')} onRetry={() => open(flow.request)} />}
      {flow.status === 'open' && (
        <flow.Flow key={flow.opening} requester={requester} related={related}
          initialTarget={flow.request && 'target' in flow.request ? flow.request.target : undefined}
          initialBatch={flow.request && 'batch' in flow.request ? flow.request.batch : undefined} onMerged={onMerged} onClose={() => {
          closedByAgent.current = true;
          exclusive.release();
          setFlow({ status: 'closed' });
        }} />
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { User, UserProfile } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import { t } from '../../i18n/index.ts';
import { chunk } from '../../shell/chunk.ts';
import { Notice } from '../../ui/Notice.tsx';
import { useExclusive } from '../../ui/oneOpen.ts';
import type { Verdict } from '../permissions/permissions.ts';
import type { DuplicateFinder } from './DuplicateFinder.tsx';

const finder = chunk(() => import('./DuplicateFinder.tsx'), (module) => module.DuplicateFinder);

interface Props {
  requester: UserProfile;
  /** The merge verdict for the requester. */
  verdict: Verdict;
  /** Opens the merge preview with this user as the one to keep. */
  onCompare: (user: User) => void;
  /** Opens the run that merges the selected users and the requester into one. */
  onMergeMany: (users: readonly User[]) => void;
}

/**
 * "Possible duplicates": searched when the agent asks, never on its own. Every ticket view
 * would otherwise spend three searches of the account's API allowance, and the panel's first
 * reads stay the two the agent is waiting for. The list, the rules and the searches load on
 * that click.
 */
/**
 * A requester with no email and no phone (a messaging visitor such as "Web User 5a1c") leaves
 * the searches only what they wrote in the conversation: the section says so before it is asked.
 */
function nothingButWords({ user, identities }: UserProfile): boolean {
  return user.email === null && user.phone === null && !identities.some((identity) => identity.type === 'email' || identity.type === 'phone_number');
}

export function DuplicatesSection({ requester, verdict, onCompare, onMergeMany }: Props) {
  const inTicket = useHost().context.location === 'ticket_sidebar';
  const [run, setRun] = useState(0);
  const [busy, setBusy] = useState(false);
  const [Finder, setFinder] = useState<typeof DuplicateFinder | 'failed' | null>(null);
  // The list is one of the things open in the panel: opening another menu, form or flow folds it.
  const exclusive = useExclusive(() => {
    setRun(0);
    setBusy(false);
  });
  const find = () => {
    // aria-disabled rather than disabled, so the button keeps the focus while the searches run.
    if (busy) return;
    exclusive.claim();
    setBusy(true);
    finder.load().then(
      (Found) => {
        setFinder(() => Found);
        setRun((count) => count + 1);
      },
      () => {
        setFinder('failed');
        setBusy(false);
      },
    );
  };
  return (
    <section class="section" aria-labelledby="duplicates-heading" aria-busy={busy}>
      <div class="section__head">
        <h2 id="duplicates-heading">{t('duplicates.title')}</h2>
      </div>
      <p class="muted small">{t('duplicates.intro')}</p>
      {inTicket && nothingButWords(requester) && <p class="muted small" data-testid="duplicates-from-conversation">{t('duplicates.fromConversation')}</p>}
      <button type="button" class="button" aria-disabled={busy} onClick={find}>
        {run === 0 ? t('duplicates.find') : t('duplicates.searchAgain')}
      </button>
      {Finder === 'failed' && <Notice message={t('app.loadFailed')} onRetry={find} />}
      {run > 0 && Finder !== null && Finder !== 'failed' && (
        <Finder key={run} requester={requester} verdict={verdict} onCompare={onCompare} onMergeMany={onMergeMany} onSettled={() => setBusy(false)} />
      )}
    </section>
  );
}

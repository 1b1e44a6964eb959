import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useApi } from '../../api/context.tsx';
import { useHost } from '../../host/context.tsx';
import type { UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { AwaitingSection } from '../../ui/AwaitingSection.tsx';
import { Notice } from '../../ui/Notice.tsx';
import type { ContextBlockProps } from './ContextBlock.tsx';

interface Props {
  profile: UserProfile;
  /** The height, in CSS px, the panel kept for the block before it arrived (reserve.ts). */
  height: number;
}

type Block = ComponentType<ContextBlockProps>;

const LOADING = { status: 'loading' } as const;

const errorView = (error: unknown, retry: () => void) => <Notice message={errorMessage(error)} onRetry={retry} />;

/**
 * Where the requester's details go. Their code is a chunk of its own, fetched once the profile
 * has arrived, so neither the first paint nor the panel carries it; it needs no request of its own.
 * The block stays at the height the panel kept for it, so what is below it never moves on its own:
 * a value that wraps more than expected is cut there, with a button that shows everything. Once
 * the agent clicks in the block ("Show more", other organizations) it may grow, never shrink.
 */
export function ContextSlot({ profile, height }: Props) {
  const api = useApi();
  const userSidebar = useHost().context.location === 'user_sidebar';
  const [block, setBlock] = useState<{ Block: Block } | 'failed' | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [free, setFree] = useState(false);
  const [cut, setCut] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    import('./ContextBlock.tsx').then(
      (module) => live && setBlock({ Block: module.ContextBlock }),
      () => live && setBlock('failed'),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  useLayoutEffect(() => {
    const element = body.current;
    if (element && !free && element.scrollHeight > element.clientHeight + 1) setCut(true);
  });
  if (!profile.context) return null;
  // The block keeps its place while its code loads, and says so when it could not.
  const retry = block === 'failed' ? () => setAttempt((n) => n + 1) : undefined;
  const title = t(userSidebar ? 'context.titleUser' : 'context.title');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', minHeight: height, maxHeight: free ? undefined : height }}>
      {/* Not on the wrapper: a re-render between the capture and the button's own handler would
          hand the button a handler that undoes it. */}
      <div ref={body} style={{ flex: '1 1 auto', minHeight: 0, overflow: free ? undefined : 'hidden' }} onClickCapture={() => setFree(true)}>
        {block === null || block === 'failed'
          ? <AwaitingSection id="context" title={title} load={LOADING} onRetry={() => undefined} failed={retry} />
          : <block.Block api={api} errorView={errorView} userId={profile.user.id} context={profile.context} userSidebar={userSidebar} />}
      </div>
      {cut && <button type="button" class="link-button" aria-expanded={free} onClick={() => setFree(!free)}>{t(free ? 'context.showLess' : 'context.showAll')}</button>}
    </div>
  );
}

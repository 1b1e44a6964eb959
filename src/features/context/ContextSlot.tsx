import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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
}

type Block = ComponentType<ContextBlockProps>;

const LOADING = { status: 'loading' } as const;

const errorView = (error: unknown, retry: () => void) => <Notice message={errorMessage(error)} onRetry={retry} />;

/**
 * Where the requester's details go. Their code is a chunk of its own, fetched once the profile
 * has arrived, so neither the first paint nor the panel carries it; it needs no request of its own.
 */
export function ContextSlot({ profile }: Props) {
  const api = useApi();
  const userSidebar = useHost().context.location === 'user_sidebar';
  const [block, setBlock] = useState<{ Block: Block } | 'failed' | null>(null);
  const [attempt, setAttempt] = useState(0);
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
  if (!profile.context) return null;
  if (block === null || block === 'failed') {
    // The block keeps its place while its code loads, and says so when it could not.
    const retry = block === 'failed' ? () => setAttempt((n) => n + 1) : undefined;
    return <AwaitingSection id="context" title={t(userSidebar ? 'context.titleUser' : 'context.title')} load={LOADING} onRetry={() => undefined} failed={retry} />;
  }
  return <block.Block api={api} errorView={errorView} userId={profile.user.id} context={profile.context} userSidebar={userSidebar} />;
}

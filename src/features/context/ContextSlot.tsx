import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApi } from '../../api/context.tsx';
import { useHost } from '../../host/context.tsx';
import type { UserProfile } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import type { ContextBlockProps } from './ContextBlock.tsx';

interface Props {
  profile: UserProfile;
}

type Block = ComponentType<ContextBlockProps>;

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
  if (block === 'failed') return <Notice message={t('app.loadFailed')} onRetry={() => setAttempt((n) => n + 1)} polite />;
  return block ? <block.Block api={api} errorView={errorView} userId={profile.user.id} context={profile.context} userSidebar={userSidebar} /> : null;
}

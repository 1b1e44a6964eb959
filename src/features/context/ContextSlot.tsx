import { useApi } from '../../api/context.tsx';
import { useHost } from '../../host/context.tsx';
import type { UserProfile } from '../../api/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import { ContextBlock } from './ContextBlock.tsx';

interface Props {
  profile: UserProfile;
}

const errorView = (error: unknown, retry: () => void) => <Notice message={errorMessage(error)} onRetry={retry} />;

/**
 * Where the requester's details go. Their code comes with the panel's actions (RequesterActions),
 * so that they appear in the same render as Access, Possible duplicates and Merge below them:
 * arriving later, they would push those buttons down under the agent's pointer. They need no
 * request of their own.
 */
export function ContextSlot({ profile }: Props) {
  const api = useApi();
  const userSidebar = useHost().context.location === 'user_sidebar';
  if (!profile.context) return null;
  return <ContextBlock api={api} errorView={errorView} userId={profile.user.id} context={profile.context} userSidebar={userSidebar} />;
}

import { useApi } from '../../api/context.tsx';
import { useHost } from '../../host/context.tsx';
import type { UserProfile } from '../../api/index.ts';
import { errorMessage } from '../../ui/errorMessage.ts';
import { Notice } from '../../ui/Notice.tsx';
import { DetailsBlock } from './DetailsBlock.tsx';

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
export function DetailsSlot({ profile }: Props) {
  const api = useApi();
  const userSidebar = useHost().context.location === 'user_sidebar';
  if (!profile.details) return null;
  return <DetailsBlock api={api} errorView={errorView} userId={profile.user.id} requester={profile.details} userSidebar={userSidebar} />;
}

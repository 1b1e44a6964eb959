import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ZendeskApi } from '../../api/index.ts';
import type { HostClient } from '../../host/types.ts';
import { isApiError } from '../../api/index.ts';
import type { Agent } from './agent.ts';
import type { ActionFamily, Standing } from './standing.ts';
import { cachedStanding, loadStanding, rememberRefusal } from './standingStore.ts';

export interface StandingState {
  standing: Standing;
  /** Tell it about a failed action: a 403 updates what the app believes of this agent. */
  onFailure: (family: ActionFamily, error: unknown) => void;
  /** Reads the standing again after it could not be read. */
  retry: () => void;
}

/**
 * What Zendesk lets the signed-in agent do, read once per agent per browser session. `ready`
 * holds the read back until the panel's first reads have answered, so that they stay the only
 * reads before the counts paint; a cached answer is used at once and costs no request.
 */
export function useStanding(host: HostClient, agent: Agent, api: ZendeskApi, ready: boolean): StandingState {
  const key = agent.id === null ? 'me' : String(agent.id);
  const [standing, setStanding] = useState<Standing>(() => cachedStanding(key) ?? { status: 'checking' });
  const [attempt, setAttempt] = useState(0);
  const checking = standing.status === 'checking';

  useEffect(() => {
    if (!checking || !ready) return undefined;
    let live = true;
    // ZAF's role name, raw: for a custom role it names the role to look up (no request: the host answers).
    void host.get('currentUser.role')
      .then((role) => (typeof role === 'string' && role !== '' ? role : null), () => null)
      .then((role) => loadStanding(api, key, role))
      .then((answer) => live && setStanding(answer));
    return () => {
      live = false;
    };
  }, [host, api, key, ready, checking, attempt]);

  const onFailure = useCallback((family: ActionFamily, error: unknown) => {
    if (!isApiError(error) || error.kind !== 'http' || error.status !== 403) return;
    setStanding((current) => {
      // "edit-within-org" is decided per user by Zendesk: one refusal says nothing of the next user.
      if (current.status !== 'known' || current.withinOrganization) return current;
      return rememberRefusal(key, current, family);
    });
  }, [key]);

  const retry = useCallback(() => {
    setStanding({ status: 'checking' });
    setAttempt((count) => count + 1);
  }, []);

  return { standing, onFailure, retry };
}

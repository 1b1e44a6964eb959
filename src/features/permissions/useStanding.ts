import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ZendeskApi } from '../../api/index.ts';
import type { HostClient } from '../../host/types.ts';
import { isApiError } from '../../api/index.ts';
import { standingKey } from './agent.ts';
import type { Agent } from './agent.ts';
import type { ActionFamily, Standing } from './standing.ts';
import { cachedStanding, loadStanding, rememberRefusal } from './standingStore.ts';
import type { StandingCache } from './standingStore.ts';

export interface StandingState {
  standing: Standing;
  /** Tell it about a failed action: a 403 updates what the app believes of this agent. */
  onFailure: (family: ActionFamily, error: unknown) => void;
  /** Reads the standing again after it could not be read. */
  retry: () => void;
}

/**
 * What Zendesk lets the signed-in agent do, read once per agent per browser session into `cache`
 * (the shell's root store). Not cached, the read is asked for at once: start-up sent it with the
 * first view's reads (src/shell/schedule.ts), and this takes its answer; a cached answer is used
 * at once and costs no request.
 */
export function useStanding(host: HostClient, agent: Agent, api: ZendeskApi, cache: StandingCache): StandingState {
  const key = standingKey(agent);
  const [standing, setStanding] = useState<Standing>(() => cachedStanding(cache, key) ?? { status: 'checking' });
  const [attempt, setAttempt] = useState(0);
  const checking = standing.status === 'checking';

  useEffect(() => {
    if (!checking) return undefined;
    let live = true;
    // ZAF's role name, raw: for a custom role it names the role to look up (no request: the host answers).
    void host.get('currentUser.role')
      .then((role) => (typeof role === 'string' && role !== '' ? role : null), () => null)
      .then((role) => loadStanding(cache, api, key, role))
      .then((answer) => live && setStanding(answer));
    return () => {
      live = false;
    };
  }, [host, api, cache, key, checking, attempt]);

  const onFailure = useCallback((family: ActionFamily, error: unknown) => {
    if (!isApiError(error) || error.kind !== 'http' || error.status !== 403) return;
    setStanding((current) => {
      // "edit-within-org" is decided per user by Zendesk: one refusal says nothing of the next user.
      if (current.status !== 'known' || current.withinOrganization) return current;
      return rememberRefusal(cache, key, current, family);
    });
  }, [cache, key]);

  const retry = useCallback(() => {
    setStanding({ status: 'checking' });
    setAttempt((count) => count + 1);
  }, []);

  return { standing, onFailure, retry };
}

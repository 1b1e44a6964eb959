import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ZendeskApi } from '../../api/index.ts';
import type { HostClient } from '../../host/types.ts';
import { isApiError } from '../../api/index.ts';
import { standingKey } from './agent.ts';
import type { Agent } from './agent.ts';
import type { ActionFamily, Standing } from './standing.ts';
import { cachedStanding, loadStanding, refreshStanding } from './standingStore.ts';
import type { StandingCache } from './standingStore.ts';
import type { RefusalMemory, RefusalStore } from './refusals.ts';

export interface StandingState {
  standing: Standing;
  /** Zendesk's refusals of changes to users in this app instance, by user. */
  refusals: RefusalMemory;
  /**
   * Tell it about a failed change of user `userId`: a 403 is remembered for that user, and the
   * agent's role is read again; only that read changes what the agent is offered elsewhere.
   */
  onFailure: (family: ActionFamily, error: unknown, userId: number) => void;
  /** Reads the standing again after it could not be read. */
  retry: () => void;
}

/**
 * What Zendesk lets the signed-in agent do, read once per agent per browser session into the
 * shell's root store (`standings`), with the refusals of this app instance (`refusals`). Not cached, the read is asked for at once: start-up sent it with the
 * first view's reads (src/shell/schedule.ts), and this takes its answer; a cached answer is used
 * at once and costs no request.
 */
export function useStanding(host: HostClient, agent: Agent, api: ZendeskApi, { standings: cache, refusals: refusalStore }: { standings: StandingCache; refusals: RefusalStore }): StandingState {
  const key = standingKey(agent);
  const [standing, setStanding] = useState<Standing>(() => cachedStanding(cache, key) ?? { status: 'checking' });
  const [attempt, setAttempt] = useState(0);
  const checking = standing.status === 'checking';
  const [refusals, setRefusals] = useState<RefusalMemory>(refusalStore.current);
  useEffect(() => refusalStore.subscribe(() => setRefusals(refusalStore.current())), [refusalStore]);

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

  const onFailure = useCallback((family: ActionFamily, error: unknown, userId: number) => {
    if (!isApiError(error) || error.kind !== 'http' || error.status !== 403) return;
    // Zendesk does not say whether a 403 is about the user (shared, not an end user, outside the
    // agent's organizations) or the agent: it stays with this user, with Zendesk's own words.
    refusalStore.remember(userId, { family, description: error.description ?? null });
    // "edit-within-org" is decided per user by Zendesk: that refusal says nothing of the agent.
    if (standing.status !== 'known' || standing.withinOrganization) return;
    // Evidence about the agent comes only from the agent's own data, read fresh: one read per
    // unforeseen 403. If the role now allows less, every panel of the session follows it.
    void host.get('currentUser.role')
      .then((role) => (typeof role === 'string' && role !== '' ? role : null), () => null)
      .then((role) => refreshStanding(cache, api, key, role))
      .then((fresh) => {
        if (fresh) setStanding(fresh);
      });
  }, [host, api, cache, refusalStore, key, standing]);

  const retry = useCallback(() => {
    setStanding({ status: 'checking' });
    setAttempt((count) => count + 1);
  }, []);

  return { standing, refusals, onFailure, retry };
}

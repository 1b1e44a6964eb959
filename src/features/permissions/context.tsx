import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { strictContext } from '../../ui/strictContext.tsx';
import type { Agent } from './agent.ts';
import type { ActionFamily } from './standing.ts';

export const [AgentProvider, useAgent] = strictContext<Agent>('useAgent');

/** `userId`: the user whose change failed (for a merge, the user merged away: the one in the path). */
type OnFailure = (family: ActionFamily, error: unknown, userId: number) => void;

const FailureContext = createContext<OnFailure>(() => undefined);

/** Where actions report their failures, so that Zendesk's 403 updates what the panel offers. */
export const ActionFailureProvider = FailureContext.Provider;

/** The function an action calls with its error; outside a panel it does nothing. */
export function useActionFailure(): OnFailure {
  return useContext(FailureContext);
}

import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Agent } from './agent.ts';

const AgentContext = createContext<Agent | null>(null);

interface Props {
  agent: Agent;
  children: ComponentChildren;
}

export function AgentProvider({ agent, children }: Props) {
  return <AgentContext.Provider value={agent}>{children}</AgentContext.Provider>;
}

export function useAgent(): Agent {
  const agent = useContext(AgentContext);
  if (!agent) throw new Error('useAgent() needs an <AgentProvider> above it');
  return agent;
}

import { strictContext } from '../../ui/strictContext.tsx';
import type { Agent } from './agent.ts';

export const [AgentProvider, useAgent] = strictContext<Agent>('useAgent');

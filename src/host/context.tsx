import { strictContext } from '../ui/strictContext.tsx';
import type { HostClient } from './types.ts';

export const [HostProvider, useHost] = strictContext<HostClient>('useHost');

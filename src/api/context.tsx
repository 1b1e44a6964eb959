import { strictContext } from '../ui/strictContext.tsx';
import type { ZendeskApi } from './index.ts';

export const [ApiProvider, useApi] = strictContext<ZendeskApi>('useApi');

import { strictContext } from '../ui/strictContext.tsx';
import type { ShellStore } from './store.ts';

/** The root store (./store.ts), provided by App; `useShell()` throws outside it. */
export const [ShellProvider, useShell] = strictContext<ShellStore>('useShell');

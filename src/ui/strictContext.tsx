import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

interface ProviderProps<T> {
  value: T;
  children: ComponentChildren;
}

/**
 * A context whose hook throws outside its provider. The default is null, not {}, so the
 * check can fire (a {} default silently passes for a real value).
 */
export function strictContext<T>(hookName: string) {
  const Context = createContext<T | null>(null);
  function Provider({ value, children }: ProviderProps<T>) {
    return <Context.Provider value={value}>{children}</Context.Provider>;
  }
  function use(): T {
    const value = useContext(Context);
    if (value === null) throw new Error(`${hookName}() needs its provider above it`);
    return value;
  }
  return [Provider, use] as const;
}

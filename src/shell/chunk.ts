/**
 * Code the app loads after its first view, one `import()` each: the one way the app loads a chunk.
 * Imports nothing, so any layer may use it (the API layer's later operations, a feature's view).
 */
export interface Chunk<T> {
  /**
   * The chunk's value (what `pick` takes from the module). The download starts on the first call
   * and is shared by every caller; a failed download (a network blip, a deploy that replaced the
   * file) is forgotten, so the next call tries again. Rejects with the import's error.
   */
  load(): Promise<T>;
  /** Starts the download now, for a caller that will need it soon; a failure is left for `load`. */
  preload(): void;
  /** The value once it has arrived, undefined before: a view rendered after it needs no wait. */
  loaded(): T | undefined;
}

/**
 * Declares a chunk: `importer` is the `import()` the bundler splits at, `pick` what the callers
 * need of the module (a component, a function), taken once it has arrived.
 */
export function chunk<M, T>(importer: () => Promise<M>, pick: (module: M) => T): Chunk<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  const load = (): Promise<T> => {
    const current = (pending ??= importer().then((module) => (value = pick(module))));
    current.catch(() => {
      if (pending === current) pending = undefined;
    });
    return current;
  };
  return {
    load,
    preload: () => void load().catch(() => undefined),
    loaded: () => value,
  };
}

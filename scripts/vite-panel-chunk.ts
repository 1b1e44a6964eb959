import { resolve } from 'node:path';
import type { Plugin } from 'vite';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * Puts every module a lazily loaded entry imports statically (`module`, relative to the root) in
 * that entry's own chunk, beside any group an earlier plugin asked for (which keeps what it took).
 * Left to itself the bundler splits what the panel shares with the chunks loaded after it (the
 * error class, Notice, the identity types) into small files of their own: each one more download
 * and one more compression stream in the first view, although the panel always loads first.
 */
export function ownChunk(module: string): Plugin {
  let root: string | undefined;
  return {
    name: 'requester-toolkit:own-chunk',
    apply: 'build',
    configResolved(resolved) {
      root = resolved.root;
    },
    outputOptions(output) {
      if (!root) return null;
      const entry = resolve(root, module);
      const name = module.replace(/^.*\/|\.\w+$/g, '');
      let statics: Set<string> | undefined;
      const group = {
        name: (id: string, context: ModuleGraph) => {
          if (!statics) {
            statics = new Set([entry]);
            for (const found of statics) for (const imported of context.getModuleInfo(found)?.importedIds ?? []) statics.add(imported);
          }
          return statics.has(id) || id.endsWith('rolldown/runtime.js') ? name : null;
        },
      };
      const groups = output.codeSplitting && typeof output.codeSplitting === 'object' ? output.codeSplitting.groups ?? [] : [];
      return { ...output, codeSplitting: { ...(typeof output.codeSplitting === 'object' ? output.codeSplitting : {}), groups: [...groups, group] } };
    },
  };
}

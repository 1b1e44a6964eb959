import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic import in a helper that preloads the chunk's CSS and module
 * dependencies (≈0.7 KB gzip). Here lazy chunks bring their CSS as text (adoptStyles) and
 * modulePreload is off, so there is never anything to preload: the helper can just import.
 */
export function noPreloadHelper(): Plugin {
  return {
    name: 'requester-toolkit:no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id !== PRELOAD_HELPER) return null;
      return 'export const __vitePreload = (load) => load();';
    },
  };
}

import { relative, resolve, sep } from 'node:path';
import type { Logger, Plugin, Rollup } from 'vite';

export interface FirstViewBoundaryOptions {
  /** The first view's module (the build's entry), relative to the Vite root. */
  readonly view: string;
  /**
   * What may be bundled with it: paths relative to the project (the Vite root's parent for a
   * `src/` root; set `projectRoot` otherwise), a path ending in `/` allowing a whole folder.
   */
  readonly allowed: readonly string[];
  /** Where the allowed paths start; the Vite root's parent by default. */
  readonly projectRoot?: string;
}

/** The modules of `chunk` (the files the bundler put in it), relative to `projectRoot`, `/`-separated. */
function modulesOf(chunk: Rollup.OutputChunk, projectRoot: string): string[] {
  return chunk.moduleIds
    .filter((id) => !id.startsWith('\0'))
    .map((id) => relative(projectRoot, id.replace(/\?.*$/, '')).split(sep).join('/'));
}

/** The modules of `modules` that no entry of `allowed` names (a `/`-ended entry names a folder). */
export function outsideBoundary(modules: readonly string[], allowed: readonly string[]): string[] {
  return modules.filter((module) => !allowed.some((entry) => (entry.endsWith('/') ? module.startsWith(entry) : module === entry)));
}

/**
 * Throws `message`, logged first: the bundler hands a later plugin's closeBundle no error after a
 * failed generateBundle, and that plugin's own complaint is what it reports.
 */
function failWith(logger: Logger | undefined): (message: string) => never {
  return (message) => {
    logger?.error(message);
    throw new Error(message);
  };
}

/**
 * Fails the build when a module outside `allowed` lands in the first view's chunk: what the first
 * view downloads is decided here, in one list, not by comments in the modules that import later
 * chunks. Moving a module into the first view means adding it to the list, in review.
 */
export function firstViewBoundary(options: FirstViewBoundaryOptions): Plugin {
  let root = '';
  let logger: Logger | undefined;
  return {
    name: 'requester-toolkit:first-view-boundary',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      logger = config.logger;
    },
    generateBundle(_, bundle) {
      const fail = failWith(logger);
      const view = resolve(root, options.view);
      const chunk = Object.values(bundle).find((output): output is Rollup.OutputChunk => output.type === 'chunk' && output.moduleIds.includes(view));
      if (!chunk) return fail(`first view: no chunk holds ${options.view}`);
      const outside = outsideBoundary(modulesOf(chunk, options.projectRoot ?? resolve(root, '..')), options.allowed);
      if (outside.length > 0) {
        fail(`first view: ${outside.join(', ')} landed in ${chunk.fileName}, outside the allowed modules (vite.config.ts firstViewBoundary): load it as a chunk (src/shell/chunk.ts) or allow it`);
      }
    },
  };
}

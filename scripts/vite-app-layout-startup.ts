import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';

export interface InlineStartupOptions {
  /** The app's page, relative to the Vite root; written to the output under the same name. */
  readonly page: string;
  /** The start-up module as the page's script tag names it (relative to the Vite root). */
  readonly startup: string;
  /** The module start-up imports to paint: the build's entry, loaded by the page with its CSS. */
  readonly view: string;
  /** Further modules start-up imports, preloaded beside the view; each a chunk the view imports too. */
  readonly preload: readonly string[];
  /**
   * Modules start-up may import once it knows which it needs (one language's strings, say), each
   * a chunk of the view's build: named by their chunk files like the preloaded ones, but not
   * preloaded by the page.
   */
  readonly early?: readonly string[];
  /** Plugins for start-up's own build (the page's build has its own). */
  readonly plugins?: readonly Plugin[];
  /**
   * Who paints first. 'view' (default): the page also names the view as its module script, so
   * the size report counts it in the first paint. 'startup': start-up paints the first screen
   * itself; the view is only preloaded and runs when start-up imports it.
   */
  readonly firstPaint?: 'startup' | 'view';
}

/** The comment Vite leaves in a CSS chunk it has not written itself. */
const VITE_CSS_MARK = /\/\*\$vite\$:\d+\*\/\n*/g;

/** Text that would end an inline script early, and its harmless spelling inside JavaScript. */
const SCRIPT_END = /<\/(script)/gi;

/** The name start-up's build gives a module it imports, until the page's build names its chunk. */
const placeholder = (index: number) => `./__requester_toolkit_chunk_${index}__.js`;

/** The chunks a chunk needs before it runs: itself and what it imports statically, in order. */
function withImports(bundle: Rollup.OutputBundle, chunk: Rollup.OutputChunk): string[] {
  const found = [chunk.fileName];
  for (let index = 0; index < found.length; index++) {
    const output = bundle[found[index] ?? ''];
    for (const imported of output?.type === 'chunk' ? output.imports : []) if (!found.includes(imported)) found.push(imported);
  }
  return found;
}

function chunkOf(bundle: Rollup.OutputBundle, root: string, module: string): Rollup.OutputChunk {
  const id = resolve(root, module);
  // A module grouped with others (manualChunks) is in a chunk without being its facade.
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  const found = chunks.find((chunk) => chunk.facadeModuleId === id) ?? chunks.find((chunk) => chunk.moduleIds.includes(id));
  if (!found) throw new Error(`inline start-up: no chunk of the build starts at ${module}`);
  return found;
}

/** Builds start-up alone, as one classic script; its imports of the other modules name placeholders. */
async function buildStartup(config: ResolvedConfig, options: InlineStartupOptions): Promise<string> {
  const imported = [options.view, ...options.preload, ...(options.early ?? [])];
  const result = await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'silent',
    define: config.define ?? {},
    resolve: { alias: config.resolve.alias },
    plugins: [...(options.plugins ?? []), {
      name: 'requester-toolkit:startup-imports',
      enforce: 'pre',
      resolveId(source) {
        const index = imported.indexOf(source);
        return index < 0 ? null : { id: placeholder(index), external: true };
      },
    }],
    build: {
      write: false,
      minify: true,
      target: config.build.target,
      modulePreload: false,
      rollupOptions: { input: resolve(config.root, options.startup), output: { format: 'iife' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : []));
  if (outputs.length !== 1 || outputs[0]?.type !== 'chunk') {
    throw new Error(`inline start-up: expected one script and nothing else, got ${outputs.map((output) => output.fileName).join(', ')}`);
  }
  return outputs[0].code.trim().replace(SCRIPT_END, '<\\/$1');
}

/**
 * Writes the app's page with start-up inline, so nothing is downloaded before the handshake
 * leaves, and preloads the chunks start-up imports, so they download beside the host's round
 * trips rather than after them.
 *
 * The page names start-up as its module script: that is what runs in development. The build
 * bundles the view as its entry, builds start-up on its own (it shares no module with the view,
 * so nothing runs twice) and writes the page: the preloads, start-up, then the view's script
 * (unless start-up paints first) and its styles, inline as well (a stylesheet link before an inline script would hold the
 * script until the stylesheet loads).
 */
export function inlineStartup(options: InlineStartupOptions): Plugin {
  let config: ResolvedConfig | undefined;
  let startup: Promise<string> | undefined;
  return {
    name: 'requester-toolkit:inline-startup',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // The bundle starts at the view, whatever input the config names (the page, usually): the
    // page is written below, and bundling it would make start-up a module of its own.
    // The view is the only entry: the modules preloaded beside it must be chunks it imports
    // (more entries would make the bundler split what they share into further files).
    options(input) {
      return config ? { ...input, input: { [options.view.replace(/^.*\/|\.\w+$/g, '')]: resolve(config.root, options.view) } } : null;
    },
    // Everything the view imports statically goes in the view's own chunk: left to itself the
    // bundler may split what the view shares with later chunks (Preact, say) into a file of its
    // own, one more download and one more compression stream before the counts paint.
    outputOptions(output) {
      if (!config) return null;
      const view = resolve(config.root, options.view);
      const name = options.view.replace(/^.*\/|\.\w+$/g, '');
      let statics: Set<string> | undefined;
      // A group named by a function needs a debugName: without one the bundler's timing report
      // warns "`output.codeSplitting.groups[0].name` is a function" on every build.
      const group = {
        debugName: name,
        name: (id: string, context: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => {
          if (!statics) {
            statics = new Set([view]);
            for (const found of statics) for (const imported of context.getModuleInfo(found)?.importedIds ?? []) statics.add(imported);
          }
          return statics.has(id) ? name : null;
        },
      };
      return { ...output, codeSplitting: { groups: [group] } };
    },
    buildStart() {
      // Built beside the view: a build started from inside another's output hooks leaves that one unwritten.
      if (config) startup = buildStartup(config, options);
      startup?.catch(() => undefined);
    },
    async generateBundle(_, bundle) {
      if (!config || !startup) return;
      const root = config.root;
      const chunks = [options.view, ...options.preload].map((module) => chunkOf(bundle, root, module));
      const files = [...chunks, ...(options.early ?? []).map((module) => chunkOf(bundle, root, module))].map((chunk) => chunk.fileName);
      const nested = files.find((file) => file.includes('/'));
      if (nested) throw new Error(`inline start-up: ${nested} is not beside the page; set build.assetsDir to ''`);
      const code = files.reduce((text, file, index) => text.replaceAll(placeholder(index), `./${file}`), await startup);
      const [view] = chunks;
      // The view's stylesheet goes inline too: one file fewer before the header paints.
      const styles = [...(view?.viteMetadata?.importedCss ?? [])].map((file) => {
        const asset = bundle[file];
        delete bundle[file];
        // Vite marks each CSS chunk with a comment (/*$vite$:1*/) that its own writer strips.
        return asset?.type === 'asset' ? String(asset.source).replace(VITE_CSS_MARK, '').replace(/<\/(style)/gi, '<\\/$1') : '';
      });
      // Every chunk start-up will import, with the chunks those import: all fetched at once.
      const preloads = [...new Set(chunks.flatMap((chunk) => withImports(bundle, chunk)))];
      const tags = [
        ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
        `<script>${code}</script>`,
        ...(options.firstPaint === 'startup' ? [] : [`<script type="module" crossorigin src="./${files[0] ?? ''}"></script>`]),
        ...styles.map((css) => `<style>${css.trim()}</style>`),
      ];
      const template = await readFile(resolve(root, options.page), 'utf8');
      const tag = `<script type="module" src="${options.startup}"></script>`;
      if (!template.includes(tag)) throw new Error(`inline start-up: ${options.page} has no ${tag}`);
      // Start-up goes where the page had it; the view's tags go up into the head beside it.
      const source = template.replace(tag, '').replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
      this.emitFile({ type: 'asset', fileName: options.page, source });
    },
  };
}

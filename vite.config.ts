import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { gardenTokens } from './scripts/garden-tokens.ts';
import { firstViewBoundary } from './scripts/first-view-boundary.ts';
import { noPreloadHelper } from './scripts/no-preload-helper.ts';
import { zendeskAppLayout } from './scripts/vite-app-layout.ts';
import { inlineStartup } from './scripts/vite-app-layout-startup.ts';
import { FIRST_VIEW_MODULES } from './src/shell/firstViewModules.ts';

// The app's source page is src/iframe.html; the build writes the layout zcli packages:
// dist/manifest.json, dist/translations/*.json, dist/assets/{iframe.html,*.js,logos} (styles go inline: in the page, or in the chunk that uses them).
const LANGUAGES = readdirSync(new URL('./src/i18n/locales/', import.meta.url));

export default defineConfig(({ mode }) => ({
  root: 'src',
  base: './',
  publicDir: '../assets',
  resolve: {
    alias: [
      {
        find: /^\.\/vendor\/native-promise-only$/,
        replacement: fileURLToPath(new URL('./src/host/shims/native-promise.cjs', import.meta.url)),
      },
    ],
  },
  define: {
    __DEV_HOSTS__: JSON.stringify(mode !== 'production'),
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: '../dist/assets',
    assetsDir: '',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2023',
    // Zendesk supports current evergreen browsers: no prefixes or fallbacks for old ones.
    cssTarget: ['chrome111', 'edge111', 'firefox113', 'safari16.4'],
    modulePreload: false,
    reportCompressedSize: false,
    // inlineStartup bundles the view (main.tsx) in the page's place and writes the page itself,
    // start-up inline; the view's exports are what start-up calls.
    rollupOptions: {
      input: 'src/iframe.html',
      preserveEntrySignatures: 'allow-extension',
    },
  },
  plugins: [
    gardenTokens(),
    noPreloadHelper(),
    inlineStartup({
      page: 'iframe.html',
      startup: './startup.ts',
      view: './main.tsx',
      // The view imports the panel and the API layer: the first view's code is one file. The
      // actions chunk (and the later API operations it calls) downloads beside it, so that the
      // actions are usable when the counts paint (src/shell/schedule.ts).
      preload: ['./features/requester/RequesterActions.tsx', './api/afterFirstView.ts'],
      // The panel's strings and the actions' strings: start-up asks for its agent's language's
      // once the host has said it.
      early: [
        './i18n/locales/en/app.json',
        ...LANGUAGES.filter((tag) => tag !== 'en').map((tag) => `./i18n/locales/${tag}/index.ts`),
        ...LANGUAGES.map((tag) => `./i18n/locales/${tag}/later.json`),
      ],
      firstPaint: 'startup',
      plugins: [noPreloadHelper()],
    }),
    // What the first view may download, in one list: the build fails on anything else.
    firstViewBoundary({ view: './main.tsx', allowed: FIRST_VIEW_MODULES }),
    zendeskAppLayout(),
  ],
}));

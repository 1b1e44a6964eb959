// Builds a fixture app (fixture-app.ts) with Vite the way the app's own config lays it out, for
// the tests of the build plugins.
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import type { BuildEnvironmentOptions, PluginOption } from 'vite';

/**
 * Builds `root`'s src/iframe.html into root/dist/assets with `plugins` (public files from
 * root/assets), `extra` merged into the build options. Resolves with the lines Vite, the bundler
 * and the plugins logged at info level (the size report among them) and their warnings, each
 * of those starting "warning: "; rejects with the build's error.
 */
export async function buildFixtureApp(root: string, plugins: PluginOption[], extra: BuildEnvironmentOptions = {}): Promise<string[]> {
  const logged: string[] = [];
  const logger = createLogger('info');
  logger.info = (message) => void logged.push(message);
  logger.warn = (message) => void logged.push(`warning: ${message}`);
  logger.warnOnce = logger.warn;
  await build({
    configFile: false,
    root: join(root, 'src'),
    base: './',
    publicDir: join(root, 'assets'),
    customLogger: logger,
    logLevel: 'silent',
    build: {
      outDir: join(root, 'dist/assets'),
      emptyOutDir: true,
      modulePreload: false,
      reportCompressedSize: false,
      ...extra,
      rollupOptions: { input: join(root, 'src/iframe.html'), ...extra.rollupOptions },
    },
    plugins,
  });
  return logged;
}

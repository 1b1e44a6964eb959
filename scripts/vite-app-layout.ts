import { cp, lstat, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { formatSizeReport, shippingProblems, sizeReport } from './app-bundle.ts';
import type { ShippedFile, SizeReport } from './app-bundle.ts';

export const ENTRY_PAGE = 'assets/iframe.html';

export interface AssembleOptions {
  /** Where manifest.json and translations/ live. */
  readonly projectRoot: string;
  /** The package root (dist/); Vite has already written its assets/ folder. */
  readonly packageDir: string;
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(root, path);
      return [relative(root, path).split(sep).join('/')];
    }),
  );
  return nested.flat().sort();
}

export async function readPackage(packageDir: string): Promise<ShippedFile[]> {
  const paths = await listFiles(packageDir);
  return Promise.all(paths.map(async (path) => ({ path, bytes: await readFile(join(packageDir, path)) })));
}

async function copyAppMetadata({ projectRoot, packageDir }: AssembleOptions): Promise<void> {
  // Start from a clean slate so a translation deleted from the project does not linger in dist/.
  await rm(join(packageDir, 'manifest.json'), { force: true });
  await rm(join(packageDir, 'translations'), { recursive: true, force: true });
  await cp(join(projectRoot, 'manifest.json'), join(packageDir, 'manifest.json'));
  const translations = join(projectRoot, 'translations');
  const names = (await readdir(translations)).filter((name) => name.endsWith('.json'));
  if (names.length === 0) throw new Error('translations/ holds no .json file to ship');
  await Promise.all(names.map((name) => cp(join(translations, name), join(packageDir, 'translations', name))));
}

/**
 * Completes the package zcli zips (manifest.json, translations/*.json, assets/**), refuses it when
 * a file would load over plain http or ship a source map, and measures it.
 */
export async function assembleAppPackage(options: AssembleOptions): Promise<SizeReport> {
  await copyAppMetadata(options);
  const files = await readPackage(options.packageDir);
  const report = sizeReport(files, ENTRY_PAGE);
  const present = new Set(files.map((file) => file.path));
  const problems = [
    ...shippingProblems(files),
    ...(present.has(ENTRY_PAGE) ? [] : [`${ENTRY_PAGE}: missing; every location of the manifest points to it`]),
    ...report.firstLoad.paths
      .filter((path) => !present.has(path))
      .map((path) => `${ENTRY_PAGE}: references ${path}, which is not in the package`),
  ];
  if (problems.length > 0) {
    throw new Error(`The app package in ${options.packageDir} cannot ship:\n  ${problems.join('\n  ')}`);
  }
  return report;
}

async function isDirectory(path: string): Promise<boolean> {
  return lstat(path).then((stat) => stat.isDirectory(), () => false);
}

export interface AppLayoutOptions {
  /** Where manifest.json and translations/ live; defaults to the folder of the Vite config file. */
  readonly projectRoot?: string;
}

export function zendeskAppLayout(options: AppLayoutOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'zendesk-app-layout',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle(error?: Error) {
      // A failed bundle has nothing to assemble, and its own error is the one to report.
      if (config === undefined || error !== undefined) return;
      const assetsDir = resolve(config.root, config.build.outDir);
      // A failed bundle still reaches closeBundle; there is nothing to assemble then.
      if (!(await isDirectory(assetsDir))) return;
      const projectRoot = options.projectRoot ?? (config.configFile === undefined ? process.cwd() : dirname(config.configFile));
      const packageDir = dirname(assetsDir);
      const report = await assembleAppPackage({ projectRoot, packageDir });
      const where = relative(projectRoot, packageDir) || '.';
      config.logger.info(`\nZendesk app package ${where}/\n${formatSizeReport(report)}`);
    },
  };
}

// Offline check of an app package against the rules Zendesk applies on upload
// (zendesk/zendesk_apps_support). Usage: tsx scripts/validate.ts [dir], dir defaults to dist.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkAssets, checkFiles } from './validate-files.ts';
import { checkManifest, parseManifest } from './validate-manifest.ts';
import { checkTranslations } from './validate-translations.ts';
import { formatViolation } from './validate-rules.ts';
import type { AppPackage, Violation } from './validate-rules.ts';

export type { Violation } from './validate-rules.ts';
export { formatViolation } from './validate-rules.ts';

/**
 * Reads a package the way Zendesk sees its zip: regular files by posix path, without tmp/ (zcli
 * keeps its own zips there and leaves it out) and without dot files (zcli does not zip them).
 * Symlinks are recorded and never followed.
 */
export async function readAppPackage(dir: string): Promise<AppPackage> {
  const files = new Map<string, Buffer>();
  const symlinks: string[] = [];
  async function walk(relativeDir: string): Promise<void> {
    const entries = await readdir(join(dir, relativeDir), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isSymbolicLink()) symlinks.push(path);
      else if (entry.name.startsWith('.') || path === 'tmp') continue;
      else if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(path, await readFile(join(dir, path)));
    }
  }
  await walk('');
  return { files, symlinks };
}

export const isError = (violation: Violation): boolean => violation.level === 'error';

/** Every rule violation of the app in `dir`, errors and warnings, in the order Zendesk checks. */
export async function validateApp(dir: string): Promise<Violation[]> {
  const pkg = await readAppPackage(dir);
  const fileViolations = checkFiles(pkg);
  const parsed = parseManifest(pkg);
  if ('violations' in parsed) return [...parsed.violations, ...fileViolations];
  const manifestViolations = checkManifest(parsed.manifest, pkg);
  // Like zas, judge translations and assets only against a manifest that holds up.
  if (manifestViolations.some(isError)) return [...manifestViolations, ...fileViolations];
  return [
    ...manifestViolations,
    ...checkTranslations(pkg, parsed.manifest),
    ...checkAssets(pkg, parsed.manifest),
    ...fileViolations,
  ];
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Prints the violations and a summary; resolves to the process exit code. */
export async function runValidation(dir: string, log: (line: string) => void = console.log): Promise<number> {
  const isDirectory = await stat(dir).then((info) => info.isDirectory(), () => false);
  if (!isDirectory) {
    log(`${dir}: no such directory; build the app first (npm run build)`);
    return 1;
  }
  const violations = await validateApp(dir);
  const errors = violations.filter(isError);
  const warnings = violations.filter((violation) => !isError(violation));
  for (const violation of [...errors, ...warnings]) log(formatViolation(violation));
  if (errors.length > 0) {
    log(`${dir}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}; Zendesk would reject this app`);
    return 1;
  }
  const { files } = await readAppPackage(dir);
  log(`OK: ${dir} follows the Zendesk app rules (${plural(files.size, 'file')}, ${plural(warnings.length, 'warning')})`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  process.exitCode = await runValidation(process.argv[2] ?? 'dist');
}

// Zips the built app with zcli's own packaging code, so the archive is the one `zcli apps:create`
// would upload. Usage: tsx scripts/package.ts (packages dist/ into tmp/).
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAppPkg } from '@zendesk/zcli-apps/dist/lib/package.js';
import { formatViolation, isError, validateApp } from './validate.ts';
import type { Violation } from './validate.ts';
import { zipEntries } from './zip-entries.ts';
import type { ZipEntry } from './zip-entries.ts';

export interface PackageResult {
  readonly zipPath: string;
  readonly bytes: number;
  readonly entries: readonly ZipEntry[];
  readonly warnings: readonly Violation[];
}

export const ZCLI_CREDENTIALS = ['ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'] as const;

export type OnlinePlan = { readonly run: true } | { readonly run: false; readonly reason: string };

/** zcli validates online only with an account to upload to; it reads these variables itself. */
export function onlineValidationPlan(env: NodeJS.ProcessEnv): OnlinePlan {
  const unset = ZCLI_CREDENTIALS.filter((name) => (env[name] ?? '') === '');
  if (unset.length === 0) return { run: true };
  return { run: false, reason: `${unset.join(', ')} ${unset.length === 1 ? 'is' : 'are'} not set` };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (cause) {
    // rename cannot cross file systems (a tmpfs output, for one); copy then.
    if ((cause as NodeJS.ErrnoException).code !== 'EXDEV') throw cause;
    await copyFile(from, to);
    await rm(from);
  }
}

/**
 * Validates the app in `appDir`, refuses it if Zendesk would, and writes its zip to `outPath`.
 * zcli writes into `<appDir>/tmp/`; that folder is removed again unless it was there before.
 */
export async function packageApp(appDir: string, outPath: string): Promise<PackageResult> {
  const violations = await validateApp(appDir);
  const errors = violations.filter(isError);
  if (errors.length > 0) {
    throw new Error(`${appDir} is not a valid Zendesk app, not packaged:\n  ${errors.map(formatViolation).join('\n  ')}`);
  }
  const zcliTmp = join(resolve(appDir), 'tmp');
  const hadTmp = await exists(zcliTmp);
  try {
    const built = await createAppPkg(appDir);
    await mkdir(dirname(resolve(outPath)), { recursive: true });
    await move(built, outPath);
  } finally {
    if (!hadTmp) await rm(zcliTmp, { recursive: true, force: true });
  }
  const zip = await readFile(outPath);
  return {
    zipPath: outPath,
    bytes: zip.byteLength,
    entries: zipEntries(zip),
    warnings: violations.filter((violation) => !isError(violation)),
  };
}

async function main(): Promise<number> {
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const appDir = join(projectRoot, 'dist');
  if (!(await exists(join(appDir, 'manifest.json')))) {
    console.error('dist/manifest.json not found; build the app first (npm run build)');
    return 1;
  }
  const errors = (await validateApp(appDir)).filter(isError);
  if (errors.length > 0) {
    errors.forEach((violation) => console.error(formatViolation(violation)));
    console.error('dist/ is not a valid Zendesk app; not packaged');
    return 1;
  }
  const plan = onlineValidationPlan(process.env);
  if (plan.run) {
    const zcliTmp = join(appDir, 'tmp');
    const hadTmp = await exists(zcliTmp);
    // --no-install: the zcli of this project's lockfile, never one fetched on the fly.
    const zcli = spawnSync('npx', ['--no-install', 'zcli', 'apps:validate', appDir], { stdio: 'inherit' });
    // zcli zips into <app>/tmp and leaves the folder behind, and the zip too when validation fails.
    if (!hadTmp) await rm(zcliTmp, { recursive: true, force: true });
    if (zcli.status !== 0) {
      console.error('zcli apps:validate rejected dist/; not packaged');
      return 1;
    }
  } else {
    console.log(`Online validation skipped: ${plan.reason} (zcli apps:validate uploads the package to a Zendesk account).`);
  }
  const manifest: unknown = JSON.parse(await readFile(join(appDir, 'manifest.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? String(manifest.version) : '0.0.0';
  const outPath = join(projectRoot, 'tmp', `requester-toolkit-${version.replace(/[^\w.-]/g, '_')}.zip`);
  const result = await packageApp(appDir, outPath);
  result.warnings.forEach((violation) => console.log(formatViolation(violation)));
  console.log(`${relative(projectRoot, result.zipPath)}: ${result.bytes.toLocaleString('en-US')} bytes`);
  for (const entry of result.entries) {
    console.log(`  ${entry.name.padEnd(40)} ${entry.size.toLocaleString('en-US').padStart(10)} B`);
  }
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  process.exitCode = await main();
}

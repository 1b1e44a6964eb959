import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { people } from '../dev/zendesk/index.ts';
import { startWorkbench } from '../dev/workbench-server.ts';
import { countRequests, searchesWhileTyping } from './requests.ts';
import { serveFolder } from './serve.ts';
import { measureSizes } from './sizes.ts';
import { compareLoads, median, timeOneLoad } from './timing.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const LATENCY_MS = 150;
const KB = 1000;

type Row = [what: string, measured: string, budget: string, verdict: string];
const rows: Row[] = [];
const verdict = (ok: boolean) => (ok ? 'within' : 'OVER');
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

async function main() {
  const sizes = await measureSizes();
  rows.push(['first load, gzip (HTML + JS + CSS before first paint)', `${kb(sizes.firstLoad.gzip)} (${kb(sizes.firstLoad.raw)} raw)`, '≤ 14.0 KB', verdict(sizes.firstLoad.gzip <= 14 * KB)]);
  rows.push(['whole package, gzip (every file in the zip)', `${kb(sizes.wholePackage.gzip)} (${kb(sizes.wholePackage.raw)} raw)`, '≤ 30.0 KB', verdict(sizes.wholePackage.gzip <= 30 * KB)]);
  rows.push(['  of which: all code for one language (English)', `${kb(sizes.oneLanguage.gzip)} (${kb(sizes.oneLanguage.raw)} raw)`, '—', 'figure']);
  rows.push([`  of which: the ${sizes.otherLanguages.files} other languages' strings`, `${kb(sizes.otherLanguages.gzip)} (${kb(sizes.otherLanguages.raw)} raw)`, '—', 'figure']);
  rows.push(['  of which: logos', `${kb(sizes.images.gzip)} (${kb(sizes.images.raw)} raw)`, '—', 'figure']);
  rows.push(['  of which: manifest and its translations', `${kb(sizes.manifestAndTranslations.gzip)} (${kb(sizes.manifestAndTranslations.raw)} raw)`, '—', 'figure']);

  const referenceDir = join('tmp', 'bench-reference');
  await build({
    configFile: false,
    root: 'bench/reference',
    base: './',
    logLevel: 'silent',
    build: { outDir: join('..', '..', referenceDir), emptyOutDir: true, rollupOptions: { input: 'bench/reference/iframe.html' } },
  });
  const reference = await serveFolder(referenceDir);
  const workbench = await startWorkbench({ app: 'built', quiet: true });
  // The app's built files, served by the same small server as the reference: the comparison
  // is between the two pages, not between two web servers.
  const app = await serveFolder(join('tmp', 'workbench-app', 'assets'));
  const profile = await mkdtemp(join(tmpdir(), 'requester-toolkit-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = (query: string) => `${workbench.hostUrl}?${query}&app=${encodeURIComponent(app.url)}`;
    const ordinary = `scenario=ordinary&role=agent&latency=${LATENCY_MS}`;
    const loads = await compareLoads(context, page(ordinary), `${workbench.hostUrl}?${ordinary}&app=${encodeURIComponent(reference.url)}`, RUNS);
    const ratio = loads.app.full / loads.reference.full;
    rows.push([`time to header, median of ${RUNS} (API latency ${LATENCY_MS} ms)`, `${ms(loads.app.header)} (reference ${ms(loads.reference.header)})`, '—', 'figure']);
    rows.push([`time to counts + identities, median of ${RUNS}`, `${ms(loads.app.full)} (reference ${ms(loads.reference.full)}, ×${ratio.toFixed(2)})`, '≤ ×1.15', verdict(ratio <= 1.15)]);

    const requests = await countRequests(context, page('scenario=duplicates&role=agent'), people.zoeShop);
    rows.push(['API requests on first view (≤ 100 identities)', String(requests.firstView), '≤ 2', verdict(requests.firstView <= 2)]);
    rows.push(['API requests on re-activation within a minute', String(requests.reactivation), '0', verdict(requests.reactivation === 0)]);
    rows.push(['API requests on a requester switch', String(requests.requesterSwitch), '—', 'figure']);

    const many: number[] = [];
    const few: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      many.push((await timeOneLoad(context, page('scenario=many-identities&role=agent'))).full);
      few.push((await timeOneLoad(context, page('scenario=ordinary&role=agent'))).full);
    }
    rows.push([`time to a requester with 250 identities painted, median of ${RUNS}`, `${ms(median(many))} (6 identities: ${ms(median(few))})`, '—', 'figure']);

    const typed = await searchesWhileTyping(context, page('scenario=duplicates&role=agent'), 'zoe@lindqvis', 120);
    const allowed = Math.floor(typed.typingMs / 250);
    rows.push([`merge searches while typing 12 characters (${ms(typed.typingMs)})`, String(typed.searches), `≤ ${allowed} (1 per 250 ms)`, verdict(typed.searches <= allowed)]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await workbench.close();
    await reference.close();
    await app.close();
  }

  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0), 8));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(line(['measure', 'measured', 'budget', 'verdict']));
  for (const row of rows) console.log(line(row));
}

// Figures only: the benchmark never fails on a time or a size, it reports them.
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

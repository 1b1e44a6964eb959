import type { BrowserContext, Page } from 'playwright-core';
import { MARKS_SCRIPT } from './marks.ts';
import type { Marks } from './marks.ts';

/** The first view's steps, in ms from the iframe's creation (see marks.ts). */
export const STEPS = ['handshake', 'reads', 'answers', 'header', 'full'] as const;
export type Step = (typeof STEPS)[number];

export type Timing = Record<Step, number> & {
  /** From the last read's answer to the counts and identities on screen. */
  answersToPaint: number;
  /** The first action usable (Suspend), ms from iframe creation; NaN for a page without actions. */
  actions: number;
  /** Every URL the frame fetched until the counts and identities were painted. */
  files: string[];
  /** Every URL the frame fetched until the first action was usable (the whole panel); empty without actions. */
  panelFiles: string[];
};

async function frameMarks(page: Page): Promise<Marks> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const marks = (await frame.evaluate('window.__benchMarks').catch(() => undefined)) as Marks | undefined;
    if (marks?.files !== undefined) return marks;
  }
  return {};
}

/**
 * Opens the workbench once and reads the frame's marks, from iframe creation; with `actions`,
 * also waits for the first usable action (the app's pages; the references have none).
 */
export async function timeOneLoad(context: BrowserContext, url: string, actions = false): Promise<Timing> {
  const page = await context.newPage();
  await page.addInitScript(MARKS_SCRIPT);
  await page.goto(url);
  const deadline = Date.now() + 20_000;
  let marks: Marks = {};
  while (Date.now() < deadline) {
    marks = await frameMarks(page);
    if (marks.files !== undefined && marks.header !== undefined && (!actions || marks.panelFiles !== undefined)) break;
    await page.waitForTimeout(20);
  }
  const iframe = (await page.evaluate('window.__benchMarks.iframe')) as number | undefined;
  await page.close();
  const missing = [...STEPS, ...(actions ? ['actions' as const] : [])].filter((step) => marks[step] === undefined);
  if (iframe === undefined || missing.length > 0 || marks.files === undefined) {
    throw new Error(`the view did not finish (${missing.join(', ') || 'no iframe mark'}): ${url}`);
  }
  const since = (step: Step) => (marks[step] ?? 0) - iframe;
  return {
    handshake: since('handshake'),
    reads: since('reads'),
    answers: since('answers'),
    header: since('header'),
    full: since('full'),
    answersToPaint: since('full') - since('answers'),
    actions: marks.actions === undefined ? NaN : marks.actions - iframe,
    files: marks.files,
    panelFiles: marks.panelFiles ?? [],
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export type Summary = Record<Step | 'answersToPaint' | 'actions', number> & { files: string[]; panelFiles: string[] };

function summarize(list: readonly Timing[]): Summary {
  const of = (pick: (timing: Timing) => number) => median(list.map(pick));
  return {
    handshake: of((t) => t.handshake),
    reads: of((t) => t.reads),
    answers: of((t) => t.answers),
    header: of((t) => t.header),
    full: of((t) => t.full),
    answersToPaint: of((t) => t.answersToPaint),
    actions: of((t) => t.actions),
    files: list[list.length - 1]?.files ?? [],
    panelFiles: list[list.length - 1]?.panelFiles ?? [],
  };
}

/**
 * Loads each page in turn, round after round, so all of them see the same machine load,
 * and answers each one's medians.
 */
export async function compareLoads<Name extends string>(context: BrowserContext, urls: Record<Name, string>, runs: number, withoutActions: readonly string[] = []): Promise<Record<Name, Summary>> {
  const names = Object.keys(urls) as Name[];
  const timings = new Map<Name, Timing[]>(names.map((name) => [name, []]));
  const actions = (name: Name) => !withoutActions.includes(name);
  // One unmeasured load of each warms Chromium and the servers.
  for (const name of names) await timeOneLoad(context, urls[name], actions(name));
  for (let run = 0; run < runs; run++) {
    for (const name of names) timings.get(name)?.push(await timeOneLoad(context, urls[name], actions(name)));
  }
  return Object.fromEntries(names.map((name) => [name, summarize(timings.get(name) ?? [])])) as Record<Name, Summary>;
}

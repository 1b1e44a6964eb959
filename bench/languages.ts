import { firstViewBytes } from './firstView.ts';
import type { FirstView } from './firstView.ts';
import { STEP_LABELS, ratio, table } from './format.ts';
import type { ServedFolder } from './serve.ts';
import type { Summary } from './timing.ts';

/**
 * The agent languages the bench times in CDN mode, as the workbench host page takes them
 * (`&locale=`, dev/host/state.ts). English is the host's default; another language's strings
 * load as one chunk once the host has said the agent's language, so its start-up differs.
 */
export const LANGUAGES = ['en', 'de', 'he'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The languages besides English, whose pages the CDN rounds add. */
export const OTHER_LANGUAGES = LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== 'en');
/** How the tables name each language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'German', he: 'Hebrew' };

/** `query` (the host page's) for an agent speaking `language`: English keeps the host's default. */
export function withLanguage(query: string, language: Language): string {
  return language === 'en' ? query : `${query}&locale=${language}`;
}

// Steps whose ratio to raw says something: raw paints its header with the answers, and its
// last answer → paint is one frame.
const RATIO_STEPS = new Set<string>(['handshake', 'reads', 'answers', 'full']);

/**
 * The CDN-mode timings of the app for each agent language beside the raw reference loaded in
 * the same rounds (medians, ms from iframe creation), with each language's ratio to raw.
 */
export function languageTimingTable(title: string, raw: Summary, apps: Readonly<Record<Language, Summary>>): string {
  const lines = [['ms from iframe creation', 'raw', ...LANGUAGES.map((language) => `app ${language}`), ...LANGUAGES.map((language) => `${language}/raw`)]];
  for (const [step, label] of STEP_LABELS) {
    const times = LANGUAGES.map((language) => apps[language][step]);
    const ratios = RATIO_STEPS.has(step) ? times.map((time) => ratio(time, raw[step])) : LANGUAGES.map(() => '');
    lines.push([label, String(Math.round(raw[step])), ...times.map((time) => String(Math.round(time))), ...ratios]);
  }
  return `${title}\n${table(lines)}`;
}

/** The first view's bytes (bench/firstView.ts) of each language's load, from the files its frame fetched. */
export async function firstViewsByLanguage(apps: Readonly<Record<Language, Summary>>, server: ServedFolder): Promise<Record<Language, FirstView>> {
  const views = await Promise.all(LANGUAGES.map((language) => firstViewBytes(apps[language].files, server)));
  return Object.fromEntries(LANGUAGES.map((language, index) => [language, views[index] ?? { rows: [], gzip: 0 }])) as Record<Language, FirstView>;
}

/** The first views side by side: one row per file any language fetched (gzip -9 bytes), then the totals. */
export function firstViewLanguageTable(views: Readonly<Record<Language, FirstView>>): string {
  const paths = [...new Set(LANGUAGES.flatMap((language) => views[language].rows.map((row) => row.path)))];
  const bytes = (value: number | undefined) => (value === undefined ? '' : `${value.toLocaleString('en-US')} B`);
  const lines = [
    ['file (gzip -9)', ...LANGUAGES.map((language) => `app ${language}`)],
    ...paths.map((path) => [path, ...LANGUAGES.map((language) => bytes(views[language].rows.find((row) => row.path === path)?.gzip))]),
    ['total', ...LANGUAGES.map((language) => `${bytes(views[language].gzip)} (${views[language].rows.length} files)`)],
  ];
  return `First view by agent language (every file the frame fetched until the counts and identities were painted, CDN mode):\n${table(lines)}`;
}

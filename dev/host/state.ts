import manifest from '../../manifest.json';
import type { ScenarioName } from '../zendesk/index.ts';
import { scenarios } from '../zendesk/index.ts';
import type { ScenarioInfo } from '../zendesk/index.ts';
import { DEFAULT_WIDTH, schemeFrom, widthFrom } from './workspace.ts';
import type { ColorScheme } from './workspace.ts';

export type AgentRole = 'admin' | 'agent' | 'light-agent' | 'profile-editor' | 'read-only';
export type AppLocation = 'ticket_sidebar' | 'new_ticket_sidebar' | 'user_sidebar';
export type SettingValue = string | number | boolean | null;
export type Settings = Record<string, SettingValue>;

export const roles: ReadonlyArray<{ value: AgentRole; label: string }> = [
  { value: 'admin', label: 'Administrator' },
  { value: 'agent', label: 'Agent' },
  { value: 'light-agent', label: 'Light agent' },
  { value: 'profile-editor', label: 'Custom role: edits end users, never deletes' },
  { value: 'read-only', label: 'Custom role: read-only' },
];

export const locations: ReadonlyArray<{ value: AppLocation; label: string }> = [
  { value: 'ticket_sidebar', label: 'Ticket sidebar' },
  { value: 'new_ticket_sidebar', label: 'New ticket sidebar' },
  { value: 'user_sidebar', label: 'User sidebar' },
];

/**
 * Where Zendesk can show the app for a scenario. ZAF, "Ticket and New Ticket sidebar": the new
 * ticket sidebar is for tickets not submitted yet, and a submitted ticket — even one whose status
 * is New — shows the ticket sidebar. So a saved ticket never has a new-ticket sidebar, a ticket
 * being written never has a ticket sidebar, and a user sidebar needs a user whose tab is open.
 */
export function locationsFor(scenario: Pick<ScenarioInfo, 'ticketId' | 'requesterId'>): AppLocation[] {
  const allowed: AppLocation[] = [scenario.ticketId === null ? 'new_ticket_sidebar' : 'ticket_sidebar'];
  if (scenario.requesterId !== null) allowed.push('user_sidebar');
  return allowed;
}

export const locales = ['en', 'de', 'fr', 'es', 'ja', 'pt-BR', 'he'] as const;
export type AgentLocale = (typeof locales)[number];

/**
 * A language as its speakers name it, with its tag: "Deutsch (de)", "עברית (he)". Names come
 * from the browser's (or Node's) own data, Intl.DisplayNames, so there is no table to keep.
 */
export function languageLabel(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return `${name.charAt(0).toLocaleUpperCase(tag)}${name.slice(1)} (${tag})`;
}

export interface ManifestParameter {
  name: string;
  type: string;
  default?: SettingValue;
}

export const parameters: readonly ManifestParameter[] = manifest.parameters;

/** Everything that decides what the app sees when it starts; mirrored in the page URL. */
export interface WorkbenchState {
  scenario: ScenarioName;
  location: AppLocation;
  role: AgentRole;
  locale: AgentLocale;
  latencyMs: number;
  settings: Settings;
  /** The agent workspace's colour scheme; a switch is sent to the app live. */
  scheme: ColorScheme;
  /** The apps column's width in px. */
  width: number;
}

export function defaultSettings(): Settings {
  const settings: Settings = {};
  for (const parameter of parameters) settings[parameter.name] = parameter.default ?? null;
  return settings;
}

const defaultScenario: ScenarioName = scenarios[0]?.name ?? 'ordinary';

function pick<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

function parseSettings(raw: string | null): Settings {
  const settings = defaultSettings();
  if (raw === null) return settings;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return settings;
    for (const [name, value] of Object.entries(parsed)) {
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
        settings[name] = value as SettingValue;
      }
    }
  } catch {
    console.warn(`Ignoring settings=${raw}: not JSON`);
  }
  return settings;
}

/** Reads `?scenario=&location=&role=&locale=&latency=&settings=&scheme=&width=` so a test can start in a known state. */
export function stateFromQuery(search: string): WorkbenchState {
  const query = new URLSearchParams(search);
  const scenario = pick(scenarios.map((s) => s.name), query.get('scenario'), defaultScenario);
  const info = scenarios.find((s) => s.name === scenario);
  // A location the scenario cannot have (a new-ticket sidebar on a saved ticket) is not taken from a link either.
  const allowed = info ? locationsFor(info) : ['ticket_sidebar' as const];
  const latency = Number(query.get('latency') ?? 0);
  return {
    scenario,
    location: pick(allowed, query.get('location'), allowed[0] ?? 'ticket_sidebar'),
    role: pick(roles.map((r) => r.value), query.get('role'), 'admin'),
    locale: pick(locales, query.get('locale'), 'en'),
    latencyMs: Number.isFinite(latency) && latency > 0 ? latency : 0,
    settings: parseSettings(query.get('settings')),
    scheme: schemeFrom(query.get('scheme')),
    width: widthFrom(query.get('width')),
  };
}

/** The query that reproduces `state`, leaving defaults out to keep shared links short. */
export function queryFromState(state: WorkbenchState): string {
  const query = new URLSearchParams();
  query.set('scenario', state.scenario);
  query.set('location', state.location);
  if (state.role !== 'admin') query.set('role', state.role);
  if (state.locale !== 'en') query.set('locale', state.locale);
  if (state.latencyMs > 0) query.set('latency', String(state.latencyMs));
  if (state.scheme !== 'light') query.set('scheme', state.scheme);
  if (state.width !== DEFAULT_WIDTH) query.set('width', String(state.width));
  if (JSON.stringify(state.settings) !== JSON.stringify(defaultSettings())) {
    query.set('settings', JSON.stringify(state.settings));
  }
  return `?${query.toString()}`;
}

import { scenarios } from '../zendesk/index.ts';
import type { ScenarioName } from '../zendesk/index.ts';
import { el, field, replaceChildren, select } from './dom.ts';
import { languageLabel, locales, locations, locationsFor, parameters, roles } from './state.ts';
import type { AgentLocale } from './state.ts';
import type { Workbench } from './workbench.ts';
import { colorSchemes, columnWidths } from './workspace.ts';
import type { ColorScheme } from './workspace.ts';

export interface ControlActions {
  reloadApp(): void;
}

function settingControl(workbench: Workbench, name: string, type: string): HTMLElement {
  const value = workbench.state.settings[name];
  const update = (next: string | boolean | number) => workbench.setSettings({ ...workbench.state.settings, [name]: next });
  if (type === 'checkbox') {
    const box = el('input', {
      attrs: { type: 'checkbox', checked: value === true, 'data-setting': name },
      on: { change: () => update(box.checked) },
    });
    return el('label', { class: 'check' }, box, name);
  }
  const input = el('input', {
    attrs: { type: type === 'number' ? 'number' : 'text', value: value === null || value === undefined ? '' : String(value), 'data-setting': name },
    on: { change: () => update(type === 'number' ? Number(input.value) : input.value) },
  });
  return field(name, input);
}

/** The agent's side of things: which ticket, who they are, their language and the app's settings. */
export function renderControls(root: HTMLElement, workbench: Workbench, actions: ControlActions): void {
  const { state } = workbench;
  const scenario = workbench.scenario;
  const latency = el('input', {
    attrs: { type: 'number', min: 0, step: 100, value: state.latencyMs, 'data-testid': 'latency' },
    on: { change: () => workbench.setLatency(Number(latency.value) || 0) },
  });

  replaceChildren(root,
    el('h2', {}, 'Agent workspace'),
    field('Scenario',
      select(scenarios.map((s) => ({ value: s.name, label: s.label })), state.scenario,
        (name: ScenarioName) => workbench.setScenario(name), { 'data-testid': 'scenario' }),
      `${scenario.description} (id: ${scenario.name})`),
    field('Location',
      select(locations.filter((l) => locationsFor(scenario).includes(l.value)), state.location,
        (value) => workbench.setLocation(value), { 'data-testid': 'location' }),
      'Only where Zendesk can show this scenario: a saved ticket has no new-ticket sidebar.'),
    field('Signed in as', select(roles, state.role, (role) => workbench.setRole(role), { 'data-testid': 'role' })),
    field('Agent language',
      select(locales.map((l) => ({ value: l, label: languageLabel(l) })), state.locale, (l: AgentLocale) => workbench.setLocale(l), { 'data-testid': 'locale' })),
    field('Colour scheme',
      select(colorSchemes.map((c) => ({ value: c, label: c })), state.scheme, (c: ColorScheme) => workbench.setScheme(c), { 'data-testid': 'scheme' }),
      'Sent to the app live, as Zendesk does when the agent switches.'),
    field('Apps column width (px)',
      select(columnWidths.map((w) => ({ value: String(w), label: String(w) })), String(state.width), (w: string) => workbench.setWidth(Number(w)), { 'data-testid': 'width' })),
    el('fieldset', { class: 'settings' },
      el('legend', {}, 'App settings'),
      ...parameters.map((p) => settingControl(workbench, p.name, p.type)),
      el('p', { class: 'field__hint' }, 'Changing a setting reloads the app, as saving them in Zendesk does.'),
    ),
    field('Latency of every request (ms)', latency),
    el('div', { class: 'buttons' },
      el('button', { attrs: { type: 'button', 'data-testid': 'deactivate' }, on: { click: () => workbench.deactivate() } }, 'Leave ticket tab'),
      el('button', { attrs: { type: 'button', 'data-testid': 'activate' }, on: { click: () => workbench.activate() } }, 'Come back'),
      el('button', { attrs: { type: 'button', 'data-testid': 'reload' }, on: { click: () => actions.reloadApp() } }, 'Reload app'),
    ),
  );
}

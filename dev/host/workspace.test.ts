import { describe, expect, it } from 'vitest';
import { createHostSide } from './hostSide.ts';
import { queryFromState, stateFromQuery } from './state.ts';
import { Workbench } from './workbench.ts';
import { frameAddress, widthFrom } from './workspace.ts';

const frame = { resize: () => undefined, show: () => undefined };

/** A workbench with an app link that records the events sent to it. */
function withApp(query: string) {
  const workbench = new Workbench(stateFromQuery(query));
  const sent: [string, unknown][] = [];
  workbench.app = { emit: (event, data) => { sent.push([event, data]); return true; }, subscriptions: () => ({}) };
  return { workbench, sent };
}

describe('the colour scheme, as ZAF gives it to an app', () => {
  it('is in the frame address when the frame first loads, beside origin and app_guid', () => {
    const src = frameAddress('http://127.0.0.1:4401/iframe.html', 'http://localhost:4400', 'guid-1', 'dark');
    expect(src.searchParams.get('colorScheme')).toBe('dark');
    expect(src.searchParams.get('origin')).toBe('http://localhost:4400');
    expect(src.searchParams.get('app_guid')).toBe('guid-1');
  });

  it('is the colorScheme property, light unless the agent chose dark', () => {
    const light = withApp('?scenario=ordinary').workbench;
    expect(createHostSide(light, { appId: 1, installationId: 1 }, frame).get('colorScheme')).toEqual({ value: 'light' });
    const dark = withApp('?scenario=ordinary&scheme=dark').workbench;
    expect(createHostSide(dark, { appId: 1, installationId: 1 }, frame).get('colorScheme')).toEqual({ value: 'dark' });
  });

  it('is announced live with colorScheme.changed on a switch, once per change, and the property follows', () => {
    const { workbench, sent } = withApp('?scenario=ordinary');
    const host = createHostSide(workbench, { appId: 1, installationId: 1 }, frame);
    workbench.setScheme('dark');
    workbench.setScheme('dark');
    expect(sent).toEqual([['colorScheme.changed', 'dark']]);
    expect(host.get('colorScheme')).toEqual({ value: 'dark' });
  });
});

describe('the workspace in the page address', () => {
  it('keeps the scheme and the column width through a link, leaving the defaults out', () => {
    const state = stateFromQuery('?scenario=ordinary&scheme=dark&width=280');
    expect(state).toMatchObject({ scheme: 'dark', width: 280 });
    expect(stateFromQuery(queryFromState(state))).toEqual(state);
    expect(queryFromState(stateFromQuery('?scenario=ordinary'))).not.toMatch(/scheme|width/);
  });

  it('keeps a width from a link between 280 and 600 px', () => {
    expect(widthFrom('100')).toBe(280);
    expect(widthFrom('900')).toBe(600);
    expect(widthFrom('400')).toBe(400);
    expect(widthFrom('wide')).toBe(320);
    expect(widthFrom(null)).toBe(320);
  });
});

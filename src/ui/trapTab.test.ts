// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { trapTab } from './trapTab.ts';

afterEach(() => document.body.replaceChildren());

function dialog(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = '<input id="a" type="checkbox"><button id="b">Cancel</button><button id="c" disabled>Merge</button><p hidden><button id="d">x</button></p>';
  document.body.append(container);
  return container;
}

function tab(container: HTMLElement, shiftKey = false): boolean {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  trapTab(event, container);
  return event.defaultPrevented;
}

describe('trapTab', () => {
  it('wraps from the last enabled control to the first, and back with Shift', () => {
    const container = dialog();
    container.querySelector<HTMLElement>('#b')?.focus();
    expect(tab(container)).toBe(true);
    expect(document.activeElement?.id).toBe('a');
    expect(tab(container, true)).toBe(true);
    expect(document.activeElement?.id).toBe('b');
  });

  it('leaves Tab between inner controls to the browser', () => {
    const container = dialog();
    container.querySelector<HTMLElement>('#a')?.focus();
    expect(tab(container)).toBe(false);
    expect(document.activeElement?.id).toBe('a');
  });

  it('ignores other keys', () => {
    const container = dialog();
    container.querySelector<HTMLElement>('#b')?.focus();
    const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    trapTab(event, container);
    expect(event.defaultPrevented).toBe(false);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdUnderPointer } from './holdUnderPointer.ts';

/** A panel with one button whose top the test moves, as a late resize or a block above would. */
function panelWithButton() {
  const panel = document.createElement('main');
  const button = document.createElement('button');
  panel.append(button);
  document.body.append(panel);
  let top = 200;
  // The transform the panel is given moves the button with it, as it does in a browser.
  vi.spyOn(button, 'getBoundingClientRect').mockImplementation(() => {
    const shift = Number(/translateY\((-?[\d.]+)px\)/.exec(panel.style.transform)?.[1] ?? 0);
    return { top: top + shift, bottom: top + shift + 30, left: 0, right: 100, width: 100, height: 30, x: 0, y: top + shift, toJSON: () => ({}) };
  });
  return { panel, button, moveTo: (next: number) => { top = next; } };
}

const pointer = (type: string) => new window.MouseEvent(type, { bubbles: true });

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('the element under a pressed pointer', () => {
  it('stays where it was pressed while the frame changes size, and goes back after the release', async () => {
    vi.useFakeTimers();
    const { panel, button, moveTo } = panelWithButton();
    const stop = holdUnderPointer(panel);
    button.dispatchEvent(pointer('pointerdown'));
    moveTo(300);
    window.dispatchEvent(new window.Event('resize'));
    expect(button.getBoundingClientRect().top).toBe(200);
    moveTo(260);
    window.dispatchEvent(new window.Event('resize'));
    expect(button.getBoundingClientRect().top).toBe(200);
    button.dispatchEvent(pointer('pointerup'));
    expect(panel.style.transform).not.toBe('');
    await vi.runAllTimersAsync();
    expect(panel.style.transform).toBe('');
    stop();
  });

  it('leaves the panel alone when nothing is pressed, or the press was outside it', () => {
    const { panel, moveTo } = panelWithButton();
    const outside = document.createElement('div');
    document.body.append(outside);
    const stop = holdUnderPointer(panel);
    moveTo(300);
    window.dispatchEvent(new window.Event('resize'));
    outside.dispatchEvent(pointer('pointerdown'));
    moveTo(400);
    window.dispatchEvent(new window.Event('resize'));
    expect(panel.style.transform).toBe('');
    stop();
  });
});

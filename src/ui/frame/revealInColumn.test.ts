// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealInColumn } from './revealInColumn.ts';

/** A page `contentHeight` px tall in a frame `frameHeight` px tall, and an element that counts its scrolls. */
function framed(contentHeight: number, frameHeight: number) {
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => contentHeight });
  window.innerHeight = frameHeight;
  const element = document.createElement('div');
  const scrolls: unknown[] = [];
  element.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => { scrolls.push(options); };
  const grow = (height: number) => {
    window.innerHeight = height;
    window.dispatchEvent(new Event('resize'));
  };
  return { element, scrolls, grow };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('revealInColumn', () => {
  it('scrolls at once, as little as it can, when the frame already holds the content', () => {
    const { element, scrolls } = framed(800, 800);
    revealInColumn(element);
    expect(scrolls).toEqual([{ block: 'nearest', inline: 'nearest' }]);
  });

  it('waits until the host has made the frame as tall as its content', () => {
    const { element, scrolls, grow } = framed(1200, 800);
    revealInColumn(element);
    expect(scrolls).toHaveLength(0);
    grow(1000);
    expect(scrolls).toHaveLength(0);
    grow(1200);
    expect(scrolls).toHaveLength(1);
    grow(1300);
    expect(scrolls).toHaveLength(1);
  });

  it('scrolls the frame itself when the host never resizes it', () => {
    vi.useFakeTimers();
    const { element, scrolls } = framed(1200, 800);
    revealInColumn(element, 500);
    vi.advanceTimersByTime(499);
    expect(scrolls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(scrolls).toHaveLength(1);
  });

  it('still brings the column along when the host resizes the frame after the wait', () => {
    vi.useFakeTimers();
    const { element, scrolls, grow } = framed(1200, 800);
    revealInColumn(element, 500);
    vi.advanceTimersByTime(500);
    expect(scrolls).toHaveLength(1);
    grow(1200);
    expect(scrolls).toHaveLength(2);
    grow(1300);
    expect(scrolls).toHaveLength(2);
  });

  it('does nothing once stopped, as when the confirmation closed first', () => {
    vi.useFakeTimers();
    const { element, scrolls, grow } = framed(1200, 800);
    const stop = revealInColumn(element, 500);
    stop();
    grow(1200);
    vi.advanceTimersByTime(1_000);
    expect(scrolls).toHaveLength(0);
  });
});

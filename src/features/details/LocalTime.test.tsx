// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalTime } from './LocalTime.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('LocalTime', () => {
  it('moves on at each whole minute while shown, and stops when removed', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2025, 2, 14, 9, 30, 50));
    const view = render(<LocalTime zone="Pacific/Kiritimati" />);
    expect(view.container.textContent).toMatch(/11:30\sPM/);
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(view.container.textContent).toMatch(/11:31\sPM/);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(view.container.textContent).toMatch(/11:32\sPM/);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

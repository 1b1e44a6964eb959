import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('throttle', () => {
  it('runs at once, folds a burst into one more run at the end of the second, then rests', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const { trigger } = throttle(run, 1_000);
    trigger();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i += 1) trigger();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(2);
    trigger();
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('runs nothing more once cancelled', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const { trigger, cancel } = throttle(run, 1_000);
    trigger();
    trigger();
    cancel();
    vi.advanceTimersByTime(2_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

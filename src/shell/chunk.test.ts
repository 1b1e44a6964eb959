import { describe, expect, it, vi } from 'vitest';
import { chunk } from './chunk.ts';

describe('chunk', () => {
  it('downloads once however many callers ask, and hands each the picked value', async () => {
    const importer = vi.fn(() => Promise.resolve({ View: 'view' }));
    const lazy = chunk(importer, (module) => module.View);
    expect(lazy.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect([first, second, lazy.loaded()]).toEqual(['view', 'view', 'view']);
    await lazy.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tries the download again after a failure instead of keeping the rejection', async () => {
    const importer = vi.fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ value: 7 });
    const lazy = chunk(importer, (module) => module.value);
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.loaded()).toBeUndefined();
    await expect(lazy.load()).resolves.toBe(7);
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('preloads without an unhandled rejection, and a later load after a failed preload tries again', async () => {
    const importer = vi.fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce({ value: 1 });
    const lazy = chunk(importer, (module) => module.value);
    lazy.preload();
    await vi.waitFor(() => expect(importer).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    await expect(lazy.load()).resolves.toBe(1);
  });
});

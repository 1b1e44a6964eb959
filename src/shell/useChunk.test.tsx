// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chunk } from './chunk.ts';
import type { Chunk } from './chunk.ts';
import { ChunkFallback } from './ChunkFallback.tsx';
import { useChunk } from './useChunk.ts';

afterEach(cleanup);

function View({ lazy, wanted }: { lazy: Chunk<string>; wanted: boolean }) {
  const state = useChunk(lazy, wanted);
  return state.status === 'ready' ? <p>{state.value}</p> : <ChunkFallback state={state} />;
}

describe('useChunk', () => {
  it('loads nothing until wanted, then shows the chunk once it has arrived', async () => {
    const importer = vi.fn(() => Promise.resolve({ text: 'arrived' }));
    const lazy = chunk(importer, (module) => module.text);
    const { rerender } = render(<View lazy={lazy} wanted={false} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(importer).not.toHaveBeenCalled();
    rerender(<View lazy={lazy} wanted />);
    expect(await screen.findByText('arrived')).toBeTruthy();
  });

  it('says a failed download plainly and loads it again on retry', async () => {
    const importer = vi.fn<() => Promise<{ text: string }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ text: 'second try' });
    render(<View lazy={chunk(importer, (module) => module.text)} wanted />);
    await screen.findByText('Part of the app could not be loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('second try')).toBeTruthy();
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('is ready from the first render when the chunk is already here', async () => {
    const lazy = chunk(() => Promise.resolve({ text: 'here' }), (module) => module.text);
    await lazy.load();
    render(<View lazy={lazy} wanted={false} />);
    expect(screen.getByText('here')).toBeTruthy();
  });
});

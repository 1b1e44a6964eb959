import { describe, expect, it, vi } from 'vitest';
import { startReceipt } from './useReceipt.ts';

function deferred() {
  let settle: { resolve: () => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

describe('startReceipt', () => {
  it('writes the note at once and says when it is written', async () => {
    const write = vi.fn(() => Promise.resolve());
    const receipt = startReceipt({ kind: 'note', ticketId: 1, write });
    const changed = vi.fn();
    receipt.subscribe(changed);
    expect(receipt.state).toEqual({ status: 'writing' });
    await Promise.resolve();
    expect(receipt.state).toEqual({ status: 'written' });
    expect(changed).toHaveBeenCalled();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes again only when asked after a failure, once however fast it is asked', async () => {
    const attempts = [deferred(), deferred()];
    let call = 0;
    const write = vi.fn(() => attempts[call++]?.promise ?? Promise.resolve());
    const receipt = startReceipt({ kind: 'note', ticketId: 1, write });
    receipt.retry();
    expect(write).toHaveBeenCalledTimes(1);
    const failure = new Error('lost');
    attempts[0]?.reject(failure);
    await vi.waitFor(() => expect(receipt.state).toEqual({ status: 'failed', error: failure }));
    receipt.retry();
    receipt.retry();
    expect(write).toHaveBeenCalledTimes(2);
    attempts[1]?.resolve();
    await vi.waitFor(() => expect(receipt.state).toEqual({ status: 'written' }));
  });

  it('writes nothing when there is no note to write', () => {
    const receipt = startReceipt({ kind: 'skipped', why: 'no-ticket' });
    receipt.retry();
    expect(receipt.state).toEqual({ status: 'skipped', why: 'no-ticket' });
  });
});

import { useEffect, useState } from 'preact/hooks';
import type { ReceiptTask } from '../types.ts';

export type ReceiptState =
  | { status: 'skipped'; why: 'no-ticket' | 'turned-off' }
  | { status: 'writing' }
  | { status: 'written' }
  | { status: 'failed'; error: unknown };

/**
 * The receipt of one merge run and its progress. A plain object, not a component's state: it is
 * made by the merge that happened and outlives the view the merge was made in (the panel above the
 * requester's view keeps it, and shows it again when the agent comes back to the ticket).
 */
export interface Receipt {
  readonly state: ReceiptState;
  /** Writes the note again, when the agent asks: a write is never repeated on its own. */
  retry: () => void;
  /** Calls `listener` after each change of `state`; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

/**
 * Takes over the receipt of a merge that just happened and writes it if there is one to write.
 * One write at a time however fast "Try again" is clicked.
 */
export function startReceipt(task: ReceiptTask): Receipt {
  const listeners = new Set<() => void>();
  let writing = false;
  let state: ReceiptState = task.kind === 'skipped' ? { status: 'skipped', why: task.why } : { status: 'writing' };
  const settle = (next: ReceiptState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const write = () => {
    if (task.kind !== 'note' || writing) return;
    writing = true;
    settle({ status: 'writing' });
    task.write().then(
      () => {
        writing = false;
        settle({ status: 'written' });
      },
      (error: unknown) => {
        writing = false;
        settle({ status: 'failed', error });
      },
    );
  };
  write();
  return {
    get state() {
      return state;
    },
    retry: write,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The receipt's state, rendered again on each change. */
export function useReceiptState(receipt: Receipt): ReceiptState {
  const [, changed] = useState(0);
  const shown = receipt.state;
  useEffect(() => {
    const stop = receipt.subscribe(() => changed((count) => count + 1));
    // A change between the render and this subscription is not missed.
    if (receipt.state !== shown) changed((count) => count + 1);
    return stop;
  }, [receipt]);
  return receipt.state;
}

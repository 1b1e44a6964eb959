import { useCallback, useRef, useState } from 'preact/hooks';
import type { ReceiptTask } from '../types.ts';

export type ReceiptState =
  | { status: 'skipped'; why: 'no-ticket' | 'turned-off' }
  | { status: 'writing' }
  | { status: 'written' }
  | { status: 'failed'; error: unknown };

export interface Receipt {
  state: ReceiptState | null;
  /** Takes over the receipt of a merge that just happened, and writes it if there is one to write. */
  start: (task: ReceiptTask) => void;
  /** Writes the note again, when the agent asks: a write is never repeated on its own. */
  retry: () => void;
}

/**
 * The receipt's progress, kept above the requester's panel so that it outlives the view the
 * merge was made in. One write at a time however fast "Try again" is clicked.
 */
export function useReceipt(): Receipt {
  const [state, setState] = useState<ReceiptState | null>(null);
  const task = useRef<ReceiptTask | null>(null);
  const inFlight = useRef<ReceiptTask | null>(null);

  const write = useCallback(() => {
    const current = task.current;
    if (current?.kind !== 'note' || inFlight.current === current) return;
    inFlight.current = current;
    setState({ status: 'writing' });
    const settle = (next: ReceiptState) => {
      if (inFlight.current === current) inFlight.current = null;
      if (task.current === current) setState(next);
    };
    current.write().then(
      () => settle({ status: 'written' }),
      (error: unknown) => settle({ status: 'failed', error }),
    );
  }, []);

  const start = useCallback((next: ReceiptTask) => {
    task.current = next;
    if (next.kind === 'skipped') setState({ status: 'skipped', why: next.why });
    else write();
  }, [write]);

  return { state, start, retry: write };
}

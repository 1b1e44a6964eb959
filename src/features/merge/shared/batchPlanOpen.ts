import { useEffect, useState } from 'preact/hooks';

/**
 * Whether a plan that merges several selected duplicates is open in the panel. While it is, the
 * selection it was made from is locked: the plan (and its confirmation) always lists exactly the
 * users the agent has selected, never one the agent has unticked since.
 */
let open = 0;
const listeners = new Set<(open: boolean) => void>();

function tell(): void {
  for (const listener of listeners) listener(open > 0);
}

/** Marks a batch plan as open while the calling component is mounted. */
export function useHoldsBatchPlan(): void {
  useEffect(() => {
    open++;
    tell();
    return () => {
      open--;
      tell();
    };
  }, []);
}

/** True while a batch plan is open (the selection it came from must not change). */
export function useBatchPlanOpen(): boolean {
  const [isOpen, setOpen] = useState(open > 0);
  useEffect(() => {
    listeners.add(setOpen);
    setOpen(open > 0);
    return () => {
      listeners.delete(setOpen);
    };
  }, []);
  return isOpen;
}

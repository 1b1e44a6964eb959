/**
 * Runs `run` at most once per `intervalMs`: the first call at once, and calls during the
 * interval folded into one more at its end, so the last change is never missed.
 * Returns the trigger and a cancel for unmounting.
 */
export function throttle(run: () => void, intervalMs: number): { trigger: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const open = () => {
    timer = setTimeout(() => {
      timer = undefined;
      if (pending) {
        pending = false;
        run();
        open();
      }
    }, intervalMs);
  };
  return {
    trigger() {
      if (timer !== undefined) {
        pending = true;
        return;
      }
      run();
      open();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = false;
    },
  };
}

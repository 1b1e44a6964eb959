import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * What is open now (a menu, a form, a dialog, a flow), with how to close each. Usually one;
 * a thing opened from inside another (the merge preview from the duplicate list) joins it.
 */
const open = new Map<object, () => void>();

/** Marks `owner` as the one thing open in the panel: whatever else was open is closed first. */
export function claimOpen(owner: object, close: () => void): void {
  const others = [...open].filter(([key]) => key !== owner);
  open.clear();
  open.set(owner, close);
  for (const [, closeOther] of others) closeOther();
}

/** Opens `owner` as part of what is open already: the next thing that opens closes both. */
export function joinOpen(owner: object, close: () => void): void {
  open.set(owner, close);
}

/** `owner` closed by itself: nothing needs closing for it when the next thing opens. */
export function releaseOpen(owner: object): void {
  open.delete(owner);
}

export interface Exclusive {
  /** Opens, closing whatever else is open. */
  claim: () => void;
  /** Opens as part of what is open (it was opened from there). */
  join: () => void;
  /** Closed by itself. */
  release: () => void;
}

/**
 * A part of the panel that opens and closes and takes part in "one thing open at a time":
 * `onClosedByOther` runs when something else opens meanwhile. Unmounting releases it.
 */
export function useExclusive(onClosedByOther: () => void): Exclusive {
  const owner = useRef<object>({}).current;
  const close = useRef(onClosedByOther);
  close.current = onClosedByOther;
  useEffect(() => () => releaseOpen(owner), [owner]);
  return {
    claim: useCallback(() => claimOpen(owner, () => close.current()), [owner]),
    join: useCallback(() => joinOpen(owner, () => close.current()), [owner]),
    release: useCallback(() => releaseOpen(owner), [owner]),
  };
}

/** An open/closed state that closes whatever else is open when it opens. */
export function useOneOpen(): [open: boolean, setOpen: (open: boolean) => void] {
  const [isOpen, setState] = useState(false);
  const { claim, release } = useExclusive(() => setState(false));
  const setOpen = useCallback((next: boolean) => {
    if (next) claim();
    else release();
    setState(next);
  }, [claim, release]);
  return [isOpen, setOpen];
}

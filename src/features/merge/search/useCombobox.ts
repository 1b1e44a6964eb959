import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { moveActive } from './combobox.ts';

interface Options<T> {
  options: readonly T[];
  key: (option: T) => number;
  onChoose: (option: T) => void;
  /** Escape with the list already closed: the agent wants the text gone. */
  onClear: () => void;
}

export interface Combobox<T> {
  expanded: boolean;
  active: T | undefined;
  activeKey: number | null;
  /** Typing reopens the list and forgets the active option, which may not be in the next answer. */
  onType: () => void;
  onKeyDown: (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * The keyboard half of an ARIA combobox (APG "list autocomplete"): focus stays in the input
 * while ArrowDown/ArrowUp move the active option, Enter chooses it, Escape closes the list
 * and then clears the text. Alt+ArrowDown opens the list without choosing, Alt+ArrowUp closes
 * it; keys that move the caret (Left, Right, Home, End) hand the reading back to the text.
 * The active option is kept by key, so it survives a new answer.
 */
const CARET_KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

export function useCombobox<T>({ options, key, onChoose, onClear }: Options<T>): Combobox<T> {
  const [open, setOpen] = useState(true);
  const [activeKey, setActiveKey] = useState<number | null>(null);
  const expanded = open && options.length > 0;
  const activeIndex = options.findIndex((option) => key(option) === activeKey);
  const active = expanded ? options[activeIndex] : undefined;

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    const move = event.key === 'ArrowDown' ? 'next' : event.key === 'ArrowUp' ? 'previous' : null;
    if (move && event.altKey) {
      event.preventDefault();
      setOpen(move === 'next');
      setActiveKey(null);
    } else if (CARET_KEYS.includes(event.key)) {
      setActiveKey(null);
    } else if (move && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      const next = options[moveActive(expanded ? activeIndex : -1, options.length, move)];
      setActiveKey(next === undefined ? null : key(next));
    } else if (event.key === 'Enter' && active !== undefined) {
      event.preventDefault();
      onChoose(active);
    } else if (event.key === 'Escape' && (expanded || event.currentTarget.value !== '')) {
      event.preventDefault();
      if (expanded) setOpen(false);
      else onClear();
    }
  };

  return {
    expanded,
    active,
    activeKey: active === undefined ? null : activeKey,
    onType: () => {
      setOpen(true);
      setActiveKey(null);
    },
    onKeyDown,
    onFocus: () => setOpen(true),
    onBlur: () => setOpen(false),
  };
}

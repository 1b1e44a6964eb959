import { useEffect, useState } from 'preact/hooks';
import { currentLocale, loadMessages } from './i18n/index.ts';

// The panel's strings (app.json, or the agent's language's chunk): start-up asks for their chunk
// as soon as it knows the language, and the view takes them in here (or the panel itself does).
let stringsFor: string | undefined;

/** Loads the panel's strings for the current language (English beneath). */
export function loadAppStrings(): Promise<void> {
  const locale = currentLocale();
  return loadMessages('app').then(() => {
    stringsFor = locale;
  });
}

/**
 * Whether the panel's strings have arrived. The panel mounts (and starts its reads) without
 * waiting for them, and shows its sections once they are here.
 */
export function useAppStrings(): boolean {
  const [ready, setReady] = useState(() => stringsFor === currentLocale());
  useEffect(() => {
    if (ready) return undefined;
    let live = true;
    // A failed download leaves English keys' fallbacks: better than no panel at all.
    const done = () => live && setReady(true);
    loadAppStrings().then(done, done);
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

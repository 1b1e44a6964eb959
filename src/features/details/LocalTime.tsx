import { useEffect, useState } from 'preact/hooks';
import { currentLocale } from '../../i18n/index.ts';
import { formatLocalTime, msToNextMinute } from './time.ts';

interface Props {
  /** An IANA zone the browser knows (see usableZone). */
  zone: string;
  now?: () => number;
}

/** The requester's wall-clock time; it moves on at each whole minute while shown, and stops when unmounted. */
export function LocalTime({ zone, now = Date.now }: Props) {
  const [at, setAt] = useState(now);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = now();
      setAt(current);
      timer = setTimeout(tick, msToNextMinute(current));
    };
    timer = setTimeout(tick, msToNextMinute(now()));
    return () => clearTimeout(timer);
  }, [now]);
  return (
    <span>
      {formatLocalTime(at, zone, currentLocale())}
      {' '}<span class="muted small">(<bdi>{zone.replace(/_/g, ' ')}</bdi>)</span>
    </span>
  );
}

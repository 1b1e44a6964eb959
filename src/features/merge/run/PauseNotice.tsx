import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/index.ts';
import type { Pause } from './useBatchRun.ts';

interface Props {
  pause: Pause;
  onContinue: () => void;
}

/** Zendesk asked to slow down: a countdown when it said how long, and Continue for the agent alone. */
export function PauseNotice({ pause, onContinue }: Props) {
  const left = () => (pause.until === null ? 0 : Math.max(0, Math.ceil((pause.until - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    if (pause.until === null) return undefined;
    const timer = setInterval(() => setSeconds(left()), 500);
    return () => clearInterval(timer);
  }, [pause.until]);
  return (
    <div class="merge-pause" role="status">
      <p>{pause.until === null ? t('merge.batch.pausedUnknown') : t('merge.batch.paused', { seconds })}</p>
      <button type="button" class="button" aria-disabled={seconds > 0} onClick={() => { if (seconds === 0) onContinue(); }}>
        {t('merge.batch.continue')}
      </button>
    </div>
  );
}

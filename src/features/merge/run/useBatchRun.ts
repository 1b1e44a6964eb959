import { useEffect, useRef, useState } from 'preact/hooks';
import type { User } from '../../../api/index.ts';
import { runBatch } from './batchRunner.ts';
import type { RunResult, Step } from './batchRunner.ts';

export interface Pause {
  /** When the agent may continue (ms since the epoch); null when Zendesk gave no time. */
  until: number | null;
}

export interface BatchRun {
  status: 'idle' | 'running' | 'paused' | 'finished';
  steps: Step[];
  pause: Pause | null;
  /** Starts the run once; later calls do nothing, however fast they come. */
  start: () => void;
  /** The agent continues after a 429. */
  resume: () => void;
}

/**
 * A run of merges as the view follows it: each step's state as it lands, and a pause on 429
 * that only the agent ends. `send` sends one merge; `onFinished` hears how the run ended.
 */
export function useBatchRun(count: number, send: (index: number) => Promise<User>, onFinished: (result: RunResult, steps: Step[]) => void): BatchRun {
  const [steps, setSteps] = useState<Step[]>(() => Array.from({ length: count }, () => ({ status: 'waiting' })));
  const [status, setStatus] = useState<BatchRun['status']>('idle');
  const [pause, setPause] = useState<Pause | null>(null);
  const started = useRef(false);
  const resumeRef = useRef<(() => void) | null>(null);
  const live = useRef(true);
  useEffect(() => () => { live.current = false; }, []);
  const latest = useRef<Step[]>(steps);

  const start = () => {
    if (started.current) return;
    started.current = true;
    setStatus('running');
    void runBatch(count, {
      send,
      update: (index, step) => {
        latest.current = latest.current.map((current, at) => (at === index ? step : current));
        if (live.current) setSteps(latest.current);
      },
      pause: (retryAfterMs) => new Promise<void>((resolve) => {
        setPause({ until: retryAfterMs === null ? null : Date.now() + retryAfterMs });
        setStatus('paused');
        resumeRef.current = resolve;
      }),
    }).then((result) => {
      if (live.current) setStatus('finished');
      onFinished(result, latest.current);
    });
  };

  const resume = () => {
    const next = resumeRef.current;
    if (!next) return;
    resumeRef.current = null;
    setPause(null);
    setStatus('running');
    next();
  };

  return { status, steps, pause, start, resume };
}

import type { User } from '../../../api/index.ts';
import { isApiError } from '../../../api/index.ts';
import { mayHaveMerged } from './outcome.ts';

export type StepStatus = 'waiting' | 'sending' | 'merged' | 'refused' | 'uncertain' | 'not-sent';

export interface Step {
  status: StepStatus;
  /** Why a merge was refused or is uncertain. */
  error?: unknown;
}

export interface RunnerHooks {
  /** Sends merge number `index` once; resolves with the survivor. */
  send: (index: number) => Promise<User>;
  update: (index: number, step: Step) => void;
  /**
   * Zendesk answered 429: resolves when the agent says to continue. `retryAfterMs` is null when
   * Zendesk did not say how long to wait.
   */
  pause: (retryAfterMs: number | null) => Promise<void>;
}

export interface RunResult {
  status: 'done' | 'stopped';
  /** The survivor as the last merge answered it; null when nothing merged. */
  survivor: User | null;
}

function isRateLimit(error: unknown): error is { retryAfterMs: number | undefined } {
  return isApiError(error) && error.kind === 'http' && error.status === 429;
}

/**
 * Sends `count` merges one at a time, each exactly once. A 429 means Zendesk did not take the
 * merge: the run pauses and sends that merge again only when the agent continues. Any other
 * failure stops the run: a refusal is marked refused, an answer that was lost is marked
 * uncertain, and every merge after it is marked not sent. Nothing is retried on its own.
 */
export async function runBatch(count: number, hooks: RunnerHooks): Promise<RunResult> {
  let survivor: User | null = null;
  for (let index = 0; index < count; index += 1) {
    for (;;) {
      hooks.update(index, { status: 'sending' });
      try {
        survivor = await hooks.send(index);
        hooks.update(index, { status: 'merged' });
        break;
      } catch (error) {
        if (isRateLimit(error)) {
          hooks.update(index, { status: 'waiting' });
          await hooks.pause(error.retryAfterMs ?? null);
          continue;
        }
        hooks.update(index, { status: mayHaveMerged(error) ? 'uncertain' : 'refused', error });
        for (let rest = index + 1; rest < count; rest += 1) hooks.update(rest, { status: 'not-sent' });
        return { status: 'stopped', survivor };
      }
    }
  }
  return { status: 'done', survivor };
}

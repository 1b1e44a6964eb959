import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/index.ts';
import { user } from '../shared/fixtures.ts';
import { runBatch } from './batchRunner.ts';
import type { Step } from './batchRunner.ts';

function harness(answers: ((index: number) => Promise<number>)[]) {
  const sent: number[] = [];
  const steps: Step['status'][] = answers.map(() => 'waiting');
  const pauses: (number | null)[] = [];
  let resume: () => void = () => undefined;
  const hooks = {
    send: async (index: number) => {
      sent.push(index);
      const answer = answers[index];
      if (!answer) throw new Error('no answer');
      return user(await answer(index));
    },
    update: (index: number, step: Step) => { steps[index] = step.status; },
    pause: (ms: number | null) => {
      pauses.push(ms);
      return new Promise<void>((resolve) => { resume = resolve; });
    },
  };
  return { sent, steps, pauses, hooks, resume: () => resume() };
}

const refusal = () => Promise.reject(new ApiError({ kind: 'http', status: 422, method: 'PUT', path: '/x' }));
const rateLimit = (ms?: number) => () => Promise.reject(new ApiError({ kind: 'http', status: 429, method: 'PUT', path: '/x', retryAfterMs: ms }));
const ok = () => Promise.resolve(9);

describe('runBatch', () => {
  it('sends every merge once, in order, and reports the survivor', async () => {
    const run = harness([ok, ok, ok]);
    await expect(runBatch(3, run.hooks)).resolves.toMatchObject({ status: 'done', survivor: { id: 9 } });
    expect(run.sent).toEqual([0, 1, 2]);
    expect(run.steps).toEqual(['merged', 'merged', 'merged']);
  });

  it('stops at the first refusal and marks the rest not sent', async () => {
    const run = harness([ok, refusal, ok]);
    await expect(runBatch(3, run.hooks)).resolves.toMatchObject({ status: 'stopped' });
    expect(run.sent).toEqual([0, 1]);
    expect(run.steps).toEqual(['merged', 'refused', 'not-sent']);
  });

  it('marks a merge whose answer was lost as uncertain, never as refused', async () => {
    const run = harness([() => Promise.reject(new ApiError({ kind: 'network', status: 0, method: 'PUT', path: '/x' })), ok]);
    await runBatch(2, run.hooks);
    expect(run.steps).toEqual(['uncertain', 'not-sent']);
  });

  it('pauses on a 429 and sends that merge again only when the agent continues', async () => {
    let first = true;
    const run = harness([ok, () => (first ? ((first = false), rateLimit(2000)()) : ok()), ok]);
    const done = runBatch(3, run.hooks);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run.pauses).toEqual([2000]);
    expect(run.sent).toEqual([0, 1]);
    expect(run.steps).toEqual(['merged', 'waiting', 'waiting']);
    run.resume();
    await expect(done).resolves.toMatchObject({ status: 'done' });
    expect(run.sent).toEqual([0, 1, 1, 2]);
  });

  it('pauses without inventing a wait when Zendesk gave none', async () => {
    const run = harness([rateLimit(), ok]);
    void runBatch(2, run.hooks);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run.pauses).toEqual([null]);
  });
});

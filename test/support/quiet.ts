import { act } from '@testing-library/preact';
import type { FakeHost } from './fakeHost.ts';

/** The next task: after every promise reaction and render the current one queued. */
function nextTask(): Promise<void> {
  return new Promise((resume) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resume();
    };
    port2.postMessage(null);
  });
}

/**
 * Waits until the app has nothing left in flight: every request it sent answered, the answers
 * rendered, and no request started in the task after that. What a test asserts did not happen
 * is then not merely late. Timers the app set (a throttle, a Retry-After) are not waited for.
 */
export async function quiet(host: FakeHost): Promise<void> {
  for (;;) {
    await act(async () => {
      await Promise.allSettled([...host.inFlight]);
      await nextTask();
    });
    if (host.inFlight.size === 0) return;
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELLO_WAIT_MS, openShare } from './share.ts';
import type { Channel, SharedAnswer } from './share.ts';

/** Frames of one page: what one posts, every other one hears, a task later (as BroadcastChannel). */
function page() {
  const frames: { channel: Channel; hear: (event: { data: unknown }) => void }[] = [];
  return function frame(): Channel {
    const channel: Channel = {
      addEventListener(_type, listener) {
        frames.push({ channel, hear: listener });
      },
      postMessage(message) {
        const copy = structuredClone(message);
        for (const other of frames) if (other.channel !== channel) setTimeout(() => other.hear({ data: copy }), 0);
      },
    };
    return channel;
  };
}

const answer = (readAt: number, over: Partial<SharedAnswer> = {}): SharedAnswer => ({
  value: { role: 'agent' }, readAt, agent: 'acme/7', keepMs: 60_000, ...over,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the channel between app instances', () => {
  it('gives a second instance what the first had read before it opened', async () => {
    const frame = page();
    const first = openShare(frame(), () => 1_000);
    first.tell('standing', answer(1_000));
    const second = openShare(frame(), () => 1_000);
    await second.settled;
    expect(second.take('standing', 'acme/7', 60_000)?.value).toEqual({ role: 'agent' });
  });

  it('tells instances already open what one of them reads later', async () => {
    const frame = page();
    const first = openShare(frame(), () => 5_000);
    const second = openShare(frame(), () => 5_000);
    second.tell('GET /api/v2/users/1.json', answer(4_000));
    await vi.waitFor(() => expect(first.take('GET /api/v2/users/1.json', 'acme/7', 60_000)?.readAt).toBe(4_000));
  });

  it('never gives one agent what was read for another', () => {
    const share = openShare(null, () => 1_000);
    share.tell('standing', answer(1_000, { agent: 'acme/8' }));
    expect(share.take('standing', 'acme/7', 60_000)).toBeNull();
    expect(share.take('standing', 'other/8', 60_000)).toBeNull();
  });

  it('gives nothing read longer ago than the taker allows', () => {
    let now = 0;
    const share = openShare(null, () => now);
    share.tell('GET /api/v2/users/1.json', answer(0));
    now = 60_000;
    expect(share.take('GET /api/v2/users/1.json', 'acme/7', 60_000)).not.toBeNull();
    now = 60_001;
    expect(share.take('GET /api/v2/users/1.json', 'acme/7', 60_000)).toBeNull();
    expect(share.take('GET /api/v2/users/1.json', 'acme/7', Infinity)).toBeNull();
  });

  it('keeps the newer of two answers to the same question', async () => {
    const frame = page();
    const first = openShare(frame(), () => 3_000);
    const second = openShare(frame(), () => 3_000);
    first.tell('k', answer(2_000, { value: 'newer' }));
    second.tell('k', answer(1_000, { value: 'older' }));
    await vi.waitFor(() => expect(second.take('k', 'acme/7', 60_000)?.value).toBe('newer'));
    expect(first.take('k', 'acme/7', 60_000)?.value).toBe('newer');
  });

  it('forgets answers in every instance when one of them says so', async () => {
    const frame = page();
    const first = openShare(frame(), () => 1_000);
    const second = openShare(frame(), () => 1_000);
    first.tell('GET /api/v2/users/1.json', answer(1_000));
    first.tell('standing', answer(1_000));
    await vi.waitFor(() => expect(second.take('standing', 'acme/7', 60_000)).not.toBeNull());
    second.forget('GET ');
    await vi.waitFor(() => expect(first.take('GET /api/v2/users/1.json', 'acme/7', 60_000)).toBeNull());
    expect(first.take('standing', 'acme/7', 60_000)).not.toBeNull();
  });

  it('settles after a short wait when no other instance answers', async () => {
    vi.useFakeTimers();
    let settled = false;
    void openShare(page()(), () => 0).settled.then(() => { settled = true; });
    await vi.advanceTimersByTimeAsync(HELLO_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('ignores messages of a shape it does not know', async () => {
    const frame = page();
    const share = openShare(frame(), () => 1_000);
    const stranger = frame();
    stranger.postMessage({ kind: 'tell', entries: [['standing', { value: 1, readAt: 'now', agent: 'acme/7', keepMs: 1 }], 'junk'] });
    stranger.postMessage('hello');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(share.take('standing', 'acme/7', 60_000)).toBeNull();
  });
});

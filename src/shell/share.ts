/**
 * What the app instances of one agent page learned from Zendesk, told to each other.
 *
 * Zendesk opens one app instance per ticket tab (and per location) in the same agent page. ZAF
 * documents a way to reach another instance (developer.zendesk.com, "ZAF Client API":
 * `client.instance(guid)` and `trigger`; `instances` in the Core API): in the SDK
 * (zendesk_app_framework_sdk, lib/client.js) each such message is posted to Zendesk's page
 * (`iframe.trigger:<name>`), which relays it to one instance whose guid must first be asked for
 * (`get('instances')`). A `BroadcastChannel` reaches every same-origin frame of the browser
 * directly: the app's frames share one origin, and where a browser partitions storage by the top
 * page (Chromium, Firefox, Safari) the channel is partitioned the same way, not refused, so the
 * frames of one agent page still hear each other. It costs Zendesk's page nothing and needs no
 * guid, so it is what the app uses. Where it is missing or its frames do not hear each other,
 * nothing is shared and every instance reads for itself: slower for the account, never wrong.
 *
 * An answer carries the agent it was read for and when (ms since the epoch); whoever takes one
 * says how old it may be. A new instance says hello; the others answer with what they hold.
 */

/** One answer an instance read from Zendesk, as told to the others. */
export interface SharedAnswer {
  /** What was read; anything the structured clone algorithm copies. */
  value: unknown;
  /** When it was read from Zendesk, ms since the epoch. */
  readAt: number;
  /** The agent it was read for (their id; the requester reads add the account's subdomain): no other agent's answer is taken. */
  agent: string;
  /** How long it may be kept, in ms from `readAt`; past that it is forgotten. */
  keepMs: number;
}

/** The channel between the app instances of one agent page. */
export interface InstanceShare {
  /**
   * The answer held for `key` for `agent`, if it was read at most `maxAgeMs` ago (and it has
   * not been forgotten); `null` otherwise. Answers of every instance, this one included.
   */
  take(key: string, agent: string, maxAgeMs: number): SharedAnswer | null;
  /** Keeps an answer and tells every other instance. */
  tell(key: string, answer: SharedAnswer): void;
  /** Forgets the answers whose key starts with `prefix`, here and in every other instance. */
  forget(prefix: string): void;
  /** Resolves once another instance answered the hello, or after `HELLO_WAIT_MS` if none did. */
  settled: Promise<void>;
}

/** How long a new instance waits for the others' answers before reading for itself (ms). */
export const HELLO_WAIT_MS = 100;
const CHANNEL = 'requester-toolkit.share.v1';

type Message =
  | { kind: 'hello' }
  | { kind: 'tell'; entries: [string, SharedAnswer][] }
  | { kind: 'forget'; prefix: string };

/** The part of BroadcastChannel used here, so tests can hand in their own. */
export interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

function isAnswer(value: unknown): value is SharedAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['readAt'] === 'number' && typeof v['agent'] === 'string' && typeof v['keepMs'] === 'number';
}

function entriesOf(data: Record<string, unknown>): [string, SharedAnswer][] {
  const list = Array.isArray(data['entries']) ? (data['entries'] as unknown[]) : [];
  return list.filter((entry): entry is [string, SharedAnswer] => Array.isArray(entry) && typeof entry[0] === 'string' && isAnswer(entry[1]));
}

function browserChannel(): Channel | null {
  try {
    return new BroadcastChannel(CHANNEL);
  } catch {
    // Missing (a ReferenceError) or refused (an opaque origin): this instance reads for itself.
    return null;
  }
}

/**
 * Opens the channel and says hello. `channel` defaults to a BroadcastChannel (none where the
 * browser has none); `now` gives ms since the epoch.
 */
export function openShare(channel: Channel | null = browserChannel(), now: () => number = Date.now): InstanceShare {
  const held = new Map<string, SharedAnswer>();
  let heard = (): void => undefined;
  const settled = new Promise<void>((resolve) => {
    heard = resolve;
    setTimeout(resolve, HELLO_WAIT_MS);
  });
  // The channel is never closed: it lives as long as the frame.
  const post = (message: Message) => channel?.postMessage(message);
  const current = () => [...held].filter(([, answer]) => now() - answer.readAt <= answer.keepMs);
  const keep = (key: string, answer: SharedAnswer) => {
    const known = held.get(key);
    if (!known || known.readAt <= answer.readAt) held.set(key, answer);
  };
  const drop = (prefix: string) => {
    for (const key of [...held.keys()]) if (key.startsWith(prefix)) held.delete(key);
  };

  if (channel) {
    channel.addEventListener('message', ({ data }) => {
      if (typeof data !== 'object' || data === null) return;
      const message = data as Record<string, unknown>;
      if (message['kind'] === 'hello') {
        const entries = current();
        if (entries.length > 0) post({ kind: 'tell', entries });
      } else if (message['kind'] === 'tell') {
        for (const [key, answer] of entriesOf(message)) keep(key, answer);
        heard();
      } else if (message['kind'] === 'forget' && typeof message['prefix'] === 'string') {
        drop(message['prefix']);
      }
    });
    post({ kind: 'hello' });
  }

  return {
    take(key, agent, maxAgeMs) {
      const answer = held.get(key);
      if (!answer || answer.agent !== agent) return null;
      const age = now() - answer.readAt;
      return age <= Math.min(maxAgeMs, answer.keepMs) ? answer : null;
    },
    tell(key, answer) {
      for (const [old, known] of held) if (now() - known.readAt > known.keepMs) held.delete(old);
      keep(key, answer);
      post({ kind: 'tell', entries: [[key, answer]] });
    },
    forget(prefix) {
      drop(prefix);
      post({ kind: 'forget', prefix });
    },
    settled,
  };
}

let shared: InstanceShare | null = null;

/** This page's channel, opened on first use (start-up opens it first, so its hello leaves early). */
export function instanceShare(): InstanceShare {
  shared ??= openShare();
  return shared;
}

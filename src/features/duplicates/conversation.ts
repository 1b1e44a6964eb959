import type { HostClient } from '../../host/types.ts';

/** One message of the ticket, as the host holds it: HTML or plain text. */
export interface HostMessage {
  text: string;
  html: boolean;
}

/** What the host said about the conversation: the requester's messages, nothing to read here, or a failure. */
export type ConversationRead =
  | { status: 'read'; messages: readonly HostMessage[] }
  | { status: 'none' }
  | { status: 'failed' };

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A user id as the host writes it: a number, or digits in a string. */
function idOf(author: unknown): number | null {
  if (!isEntry(author)) return null;
  const id = author['id'];
  if (typeof id === 'number' && Number.isSafeInteger(id)) return id;
  if (typeof id === 'string' && /^\d+$/.test(id)) return Number(id);
  return null;
}

// An internal note is never the requester's words, whatever its author: any sign of one
// (`isPublic`/`public` false, an internal type) leaves the entry out.
function isInternal(entry: Entry): boolean {
  if (entry['isPublic'] === false || entry['public'] === false || entry['internal'] === true) return true;
  const type = entry['type'];
  return typeof type === 'string' && /internal|private|note/i.test(type);
}

/**
 * ZAF Support API, ticket sidebar, Ticket object: `ticket.conversation` (agent workspace) is a
 * list of messages `{ author: { id, role, name… }, channel: { name }, message: { content,
 * contentType }, timestamp }`. Only text is read: `text/plain`, or `text/html` (a missing
 * contentType is read as HTML, which also reads plain text correctly); images and files are not.
 */
function fromConversation(value: unknown, requesterId: number): HostMessage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): HostMessage[] => {
    if (!isEntry(entry) || isInternal(entry) || idOf(entry['author']) !== requesterId) return [];
    const message = entry['message'];
    if (!isEntry(message) || isInternal(message) || typeof message['content'] !== 'string') return [];
    const type = typeof message['contentType'] === 'string' ? message['contentType'].toLowerCase() : 'text/html';
    if (!type.startsWith('text/')) return [];
    return [{ text: message['content'], html: type !== 'text/plain' }];
  });
}

/**
 * ZAF Support API, ticket sidebar, Comment object: `ticket.comments` is a list of comments
 * `{ id, author: { id, name, role… }, value (HTML), isPublic… }`, in the original workspace too.
 */
function fromComments(value: unknown, requesterId: number): HostMessage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): HostMessage[] => {
    if (!isEntry(entry) || isInternal(entry) || idOf(entry['author']) !== requesterId) return [];
    const text = entry['value'] ?? entry['body'];
    return typeof text === 'string' ? [{ text, html: true }] : [];
  });
}

/**
 * What the requester wrote on this ticket, from the host's own data (no API request): the
 * messages of `ticket.conversation` and the comments of `ticket.comments` whose author is the
 * requester (by id — never an agent's reply, an internal note or another participant's words).
 * Both are read because which one holds a messaging conversation depends on the workspace;
 * a message found in both is read twice, which finds nothing new. Null when the host gave
 * neither list.
 */
export function requesterMessages(conversation: unknown, comments: unknown, requesterId: number): HostMessage[] | null {
  if (!Array.isArray(conversation) && !Array.isArray(comments)) return null;
  return [...fromConversation(conversation, requesterId), ...fromComments(comments, requesterId)];
}

/**
 * Reads the requester's messages from the host in one round trip (`getEach`), when the agent
 * asks for possible duplicates — never on its own, and never through the API. Only the ticket
 * sidebar has a conversation: the user sidebar and a ticket being written say 'none'.
 */
export async function readConversation(host: Pick<HostClient, 'context' | 'getEach'>, requesterId: number): Promise<ConversationRead> {
  if (host.context.location !== 'ticket_sidebar') return { status: 'none' };
  try {
    // Each path answers on its own (ZAF's multi-path get): one the host could not read is absent.
    const [conversation, comments] = (await host.getEach(['ticket.conversation', 'ticket.comments'])).map((answer) => (answer.ok ? answer.value : undefined));
    const messages = requesterMessages(conversation, comments, requesterId);
    return messages === null ? { status: 'failed' } : { status: 'read', messages };
  } catch {
    return { status: 'failed' };
  }
}

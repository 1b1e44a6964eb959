/** One message of the ticket, as the host holds it: HTML or plain text. */
export interface HostMessage {
  text: string;
  html: boolean;
}

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

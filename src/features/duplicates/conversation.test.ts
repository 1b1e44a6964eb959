import { describe, expect, it } from 'vitest';
import { readConversation, requesterMessages } from './conversation.ts';
import type { HostContext } from '../../host/types.ts';

const requester = 7001;
const agent = 1002;

describe('requesterMessages', () => {
  it("keeps only the requester's messages of ticket.conversation, by author id", () => {
    const conversation = [
      { author: { id: requester, role: 'end-user', name: 'Web User 5a1c' }, channel: { name: 'messaging' }, message: { content: 'I am anna@example.com', contentType: 'text/plain' }, timestamp: '2026-01-01T10:00:00Z' },
      { author: { id: agent, role: 'agent', name: 'Alex' }, channel: { name: 'messaging' }, message: { content: 'Is it anna@other.example?', contentType: 'text/plain' }, timestamp: '2026-01-01T10:01:00Z' },
      { author: { id: 9999, role: 'end-user', name: 'Someone else' }, channel: { name: 'messaging' }, message: { content: 'me: bob@example.com', contentType: 'text/plain' }, timestamp: '2026-01-01T10:02:00Z' },
    ];
    expect(requesterMessages(conversation, undefined, requester)).toEqual([{ text: 'I am anna@example.com', html: false }]);
  });

  it('reads an author id written as a string of digits', () => {
    const conversation = [{ author: { id: String(requester) }, message: { content: '<p>hi</p>', contentType: 'text/html' } }];
    expect(requesterMessages(conversation, null, requester)).toEqual([{ text: '<p>hi</p>', html: true }]);
  });

  it('leaves out images and files, and internal notes whoever wrote them', () => {
    const conversation = [
      { author: { id: requester }, message: { content: 'https://example.com/a.png', contentType: 'image/png' } },
      { author: { id: requester }, isPublic: false, message: { content: 'note', contentType: 'text/plain' } },
    ];
    const comments = [{ author: { id: requester }, value: '<p>note</p>', isPublic: false }];
    expect(requesterMessages(conversation, comments, requester)).toEqual([]);
  });

  it("reads the requester's comments of ticket.comments as HTML", () => {
    const comments = [
      { id: 1, author: { id: requester }, value: '<p>call +49 30 1234567</p>', isPublic: true },
      { id: 2, author: { id: agent }, value: '<p>or +49 30 7654321?</p>', isPublic: true },
    ];
    expect(requesterMessages(undefined, comments, requester)).toEqual([{ text: '<p>call +49 30 1234567</p>', html: true }]);
  });

  it('says null when the host gave neither list', () => {
    expect(requesterMessages(undefined, { not: 'a list' }, requester)).toBeNull();
  });
});

describe('readConversation', () => {
  const context = (location: HostContext['location']): HostContext => ({ location, ticketId: 1, subdomain: 'example' });
  const asked: string[][] = [];
  const host = (location: HostContext['location'], answer: () => Promise<unknown[]>) => ({
    context: context(location),
    getEach: async (paths: readonly string[]) => {
      asked.push([...paths]);
      return (await answer()).map((value) => (value === undefined ? { ok: false as const } : { ok: true as const, value }));
    },
  });

  it('reads both lists in one round trip from the ticket sidebar', async () => {
    const conversation = [{ author: { id: requester }, message: { content: 'hi', contentType: 'text/plain' } }];
    expect(await readConversation(host('ticket_sidebar', async () => [conversation, undefined]), requester))
      .toEqual({ status: 'read', messages: [{ text: 'hi', html: false }] });
    expect(asked.at(-1)).toEqual(['ticket.conversation', 'ticket.comments']);
  });

  it('asks nothing where there is no conversation', async () => {
    const before = asked.length;
    expect(await readConversation(host('user_sidebar', async () => []), requester)).toEqual({ status: 'none' });
    expect(asked.length).toBe(before);
  });

  it('says failed when the host refuses or gives neither list', async () => {
    expect(await readConversation(host('ticket_sidebar', () => Promise.reject(new Error('gone'))), requester)).toEqual({ status: 'failed' });
    expect(await readConversation(host('ticket_sidebar', async () => [undefined, undefined]), requester)).toEqual({ status: 'failed' });
  });
});

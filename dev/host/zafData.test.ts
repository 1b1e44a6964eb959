import { describe, expect, it } from 'vitest';
import { people, staff } from '../zendesk/index.ts';
import { useAccount } from '../zendesk/test-support.ts';
import { zafComments, zafConversation, zafTicket } from './zafData.ts';

const zendesk = useAccount();
const VISITOR_TICKET = 554;
const ORIGIN = 'https://workbench.zendesk.com';

describe("the ticket's words as ZAF gives them", () => {
  it('lists the description, then every comment, each with its author, as ticket.conversation does', () => {
    const { account } = zendesk.open({ scenario: 'messaging-visitor' });
    const conversation = zafConversation(account, VISITOR_TICKET, 'native_messaging', ORIGIN);
    expect(conversation.map((entry) => (entry as { author: { id: number } }).author.id)).toEqual([people.webVisitor, staff.agent, people.webVisitor, staff.agent]);
    expect(conversation[0]).toMatchObject({
      author: { id: people.webVisitor, name: 'Web User 5a1c', role: 'end-user' },
      channel: { name: 'native_messaging' },
      message: { contentType: 'text/html' },
    });
  });

  it('marks the internal note as not public, in both lists', () => {
    const { account } = zendesk.open({ scenario: 'messaging-visitor' });
    expect(zafConversation(account, VISITOR_TICKET, 'native_messaging', ORIGIN).map((entry) => (entry as { isPublic: boolean }).isPublic)).toEqual([true, true, true, false]);
    expect(zafComments(account, VISITOR_TICKET, ORIGIN).map((entry) => (entry as { isPublic: boolean }).isPublic)).toEqual([true, true, true, false]);
  });

  it("has the visitor write Ines's address and number, and the agent another user's address", () => {
    const { account } = zendesk.open({ scenario: 'messaging-visitor' });
    const [, agent, visitor, note] = zafComments(account, VISITOR_TICKET, ORIGIN) as { value: string }[];
    expect(visitor?.value).toContain('Ines.Moreau+orders@example.com');
    expect(visitor?.value).toContain('+44 20 7946 0018');
    expect(agent?.value).toContain('ines.m@oldshop.example');
    expect(note?.value).toContain('ines.m@oldshop.example');
    expect(account.getUser(people.inesOldShop)?.email).toBe('ines.m@oldshop.example');
  });

  it('gives the lists inside the ticket, as the workbench answers ticket.conversation and ticket.comments', () => {
    const { account } = zendesk.open({ scenario: 'messaging-visitor' });
    const ticket = zafTicket(account, { ticketId: VISITOR_TICKET, requesterId: people.webVisitor, edits: {} }, ORIGIN);
    expect(ticket['via']).toEqual({ channel: 'native_messaging' });
    expect(ticket['conversation']).toHaveLength(4);
    expect(ticket['comments']).toHaveLength(4);
  });

  it('escapes the description, which is plain text, in its HTML', () => {
    const { account } = zendesk.open({ scenario: 'hostile-markup' });
    const [opening] = zafComments(account, 507, ORIGIN) as { value: string }[];
    expect(opening?.value).toBe('<p>&#60;img src=x onerror=alert(&#34;description&#34;)&#62;</p>');
  });
});

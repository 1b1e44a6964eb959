import { describe, expect, it } from 'vitest';
import { people } from '../zendesk/index.ts';
import { useAccount } from '../zendesk/test-support.ts';
import { followAccount } from './follow.ts';

const zendesk = useAccount();
const DUPLICATES_TICKET = 502;

describe('followAccount', () => {
  it('names the survivor once the requester was merged away, and says so to the app', async () => {
    const zd = zendesk.open({ scenario: 'duplicates' });
    const shown = { ticketId: DUPLICATES_TICKET, requesterId: people.zoe, comments: zd.account.getComments(DUPLICATES_TICKET).length };
    expect((await zd.put(`users/${people.zoe}/merge.json`, { user: { id: people.zoeShop } })).status).toBe(200);

    const next = followAccount(zd.account, shown);

    expect(next.view.requesterId).toBe(people.zoeShop);
    expect(next.events).toEqual([{ name: 'ticket.requester.id.changed', data: people.zoeShop }]);
  });

  it('shows a note added through the API in the conversation', async () => {
    const zd = zendesk.open({ scenario: 'duplicates' });
    const shown = { ticketId: DUPLICATES_TICKET, requesterId: people.zoe, comments: zd.account.getComments(DUPLICATES_TICKET).length };
    await zd.put(`tickets/${DUPLICATES_TICKET}.json`, { ticket: { comment: { body: 'Merged.', public: false } } });

    const next = followAccount(zd.account, shown);

    expect(next.view).toEqual({ ...shown, comments: shown.comments + 1 });
    expect(next.events).toEqual([{ name: 'ticket.conversation.changed', data: null }]);
  });

  it('sends nothing when nothing changed, nor for a requester deleted outright', () => {
    const zd = zendesk.open({ scenario: 'deleted-requester' });
    const ticketId = 508;
    const shown = { ticketId, requesterId: people.deletedRequester, comments: zd.account.getComments(ticketId).length };
    expect(followAccount(zd.account, shown)).toEqual({ view: shown, events: [] });
  });

  it('has nothing to follow on a ticket not saved yet', () => {
    const zd = zendesk.open({ scenario: 'new-ticket' });
    const shown = { ticketId: null, requesterId: null, comments: 0 };
    expect(followAccount(zd.account, shown)).toEqual({ view: shown, events: [] });
  });
});

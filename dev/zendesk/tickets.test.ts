import { describe, expect, it } from 'vitest';
import { people, staff } from './index.ts';
import { list, obj, useAccount } from './test-support.ts';

const zendesk = useAccount();

describe('tickets', () => {
  it('shows a ticket with its requester', async () => {
    const zd = zendesk.open();
    const ticket = obj((await zd.get('tickets/501.json')).json().ticket);
    expect(ticket).toMatchObject({ id: 501, requester_id: people.ordinary, status: 'open' });
    expect((await zd.get('tickets/4040.json')).status).toBe(404);
  });

  it('stores a private note', async () => {
    const zd = zendesk.open();
    const reply = await zd.put('tickets/501.json', { ticket: { comment: { body: 'Merged duplicate <b>profile</b>', public: false } } });
    expect(reply.status).toBe(200);
    expect(obj(reply.json().audit).events).toEqual([expect.objectContaining({ type: 'Comment', public: false, author_id: staff.agent })]);
    const [note] = zd.account.getComments(501);
    expect(note).toMatchObject({
      body: 'Merged duplicate <b>profile</b>',
      html_body: '<div class="zd-comment" dir="auto"><p>Merged duplicate &lt;b&gt;profile&lt;/b&gt;</p></div>',
      public: false,
    });
    expect(list((await zd.get('tickets/501/comments.json')).json().comments)).toHaveLength(1);
  });

  it('makes a comment public when public is left out, as Zendesk does', async () => {
    const zd = zendesk.open();
    await zd.put('tickets/501.json', { ticket: { comment: { html_body: '<p>Hello</p>' } } });
    expect(zd.account.getComments(501)[0]).toMatchObject({ public: true, body: 'Hello' });
  });

  it('keeps a light agent comment private', async () => {
    const zd = zendesk.open();
    zd.account.setActingUser(staff.lightAgent);
    await zd.put('tickets/501.json', { ticket: { comment: { body: 'FYI', public: true } } });
    expect(zd.account.getComments(501)[0]?.public).toBe(false);
  });

  it('refuses a blank comment', async () => {
    const zd = zendesk.open();
    expect((await zd.put('tickets/501.json', { ticket: { comment: { body: ' ' } } })).status).toBe(422);
    expect(zd.account.getComments(501)).toEqual([]);
  });
});

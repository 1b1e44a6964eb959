import { describe, expect, it } from 'vitest';
import { people } from './index.ts';
import { list, useAccount, type Client } from './test-support.ts';

const zendesk = useAccount();

async function search(zd: Client, query: string): Promise<number[]> {
  const reply = await zd.get(`users/search.json?query=${encodeURIComponent(query)}`);
  expect(reply.status).toBe(200);
  return list(reply.json().users).map((u) => Number(u.id));
}

describe('searching users', () => {
  it('answers users, next_page, previous_page and count', async () => {
    const zd = zendesk.open();
    const reply = await zd.get('users/search.json?query=lindqvist');
    expect(Object.keys(reply.json()).sort()).toEqual(['count', 'next_page', 'previous_page', 'users']);
    expect(reply.json()).toMatchObject({ count: 3, next_page: null, previous_page: null });
  });

  it('finds by email: prefix, ignoring case', async () => {
    const zd = zendesk.open();
    expect(await search(zd, 'email:zoe.lindqvist@gmail.com')).toEqual([people.zoe]);
    expect(await search(zd, 'email:ZOELINDQVIST+shop@gmail.com')).toEqual([people.zoeShop]);
    expect(await search(zd, 'email:nobody@nowhere.example')).toEqual([]);
  });

  it('finds both spellings of an internationalized domain by the start of the address', async () => {
    const zd = zendesk.open();
    expect(await search(zd, 'email:anna*')).toEqual([people.anna, people.annaOrders]);
    expect(await search(zd, 'email:anna@bücher.de')).toEqual([people.anna]);
  });

  it('finds by phone: whatever the punctuation, direct lines and shared numbers alike', async () => {
    const zd = zendesk.open();
    const family = [people.zoe, people.zoeShop, people.zoeStudio];
    expect(await search(zd, 'phone:+15550142233')).toEqual(family);
    expect(await search(zd, 'phone:"+1 (555) 014-2233"')).toEqual(family);
    expect(await search(zd, 'phone:555.014.2233')).toEqual(family);
  });

  it('finds by name: ignoring case but not accents', async () => {
    const zd = zendesk.open();
    expect(await search(zd, 'name:"zoe lindqvist"')).toEqual([people.zoeShop, people.zoeStudio]);
    expect(await search(zd, 'name:"Zoë Lindqvist"')).toEqual([people.zoe]);
    expect(await search(zd, 'name:Lind*ist')).toEqual([people.zoe, people.zoeShop, people.zoeStudio]);
  });

  it('finds a plain term in names, identity values and notes', async () => {
    const zd = zendesk.open();
    expect(await search(zd, 'danawhitfield')).toEqual([people.ordinary]);
    expect(await search(zd, 'wholesale')).toEqual([people.ordinary]);
    expect(await search(zd, '"555 014 2233"')).toEqual([people.zoe, people.zoeShop, people.zoeStudio]);
  });

  it('requires every term', async () => {
    const zd = zendesk.open();
    expect(await search(zd, 'name:zoe email:gmail.com')).toEqual([people.zoeShop]);
    expect(await search(zd, 'role:agent name:priya')).toEqual([people.agentRequester]);
  });

  it('answers nothing for an empty query', async () => {
    const zd = zendesk.open();
    expect(await search(zd, '')).toEqual([]);
  });

  it('pages with page and per_page', async () => {
    const zd = zendesk.open();
    const reply = (await zd.get('users/search.json?query=lindqvist&per_page=2&page=2')).json();
    expect(list(reply.users).map((u) => u.id)).toEqual([people.zoeStudio]);
    expect(reply.count).toBe(3);
    expect(String(reply.previous_page)).toMatch(/page=1/);
    expect(reply.next_page).toBeNull();
  });
});

describe('autocompleting users', () => {
  it('finds users whose name or email starts with the text', async () => {
    const zd = zendesk.open();
    const byName = (await zd.get('users/autocomplete.json?name=zoe')).json();
    const ids = list(byName.users).map((u) => Number(u.id));
    // Zoë's name starts with "zoë", but her email with "zoe".
    expect(ids.sort()).toEqual([people.zoe, people.zoeShop, people.zoeStudio, people.zoeyLookalike]);
    const byEmail = (await zd.get('users/autocomplete.json?name=dana.w')).json();
    expect(list(byEmail.users).map((u) => u.id)).toEqual([people.ordinary]);
  });

  it('leaves out users from another account', async () => {
    const zd = zendesk.open();
    expect(list((await zd.get('users/autocomplete.json?name=jordan')).json().users)).toEqual([]);
  });

  it('answers 400 without a name', async () => {
    const zd = zendesk.open();
    expect((await zd.get('users/autocomplete.json')).status).toBe(400);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { people } from '../../dev/zendesk/index.ts';
import { isApiError } from '../../src/api/index.ts';
import { useZendesk } from '../support/world.ts';

const zendesk = useZendesk();

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

function endUsers(world: ReturnType<typeof zendesk.world>) {
  return [...world.account.users.values()].filter((user) => user.role === 'end-user' && user.active && !user.shared);
}

describe('Users API over the host proxy', () => {
  it('reads a user with every identity and the organization name in one request', async () => {
    const world = zendesk.world('ordinary');
    const profile = await world.api.showProfile(world.requesterId ?? 0);
    const raw = world.account.getUser(world.requesterId ?? 0);
    expect(profile.user.name).toBe(raw?.name);
    expect(profile.user.organizationName).not.toBeNull();
    expect(profile.identities.map((identity) => identity.id).sort())
      .toEqual(world.account.getIdentities(world.requesterId ?? 0).map((identity) => identity.id).sort());
    expect(world.host.requests).toHaveLength(1);
  });

  it('follows cursor pagination through hundreds of identities', async () => {
    const world = zendesk.world('many-identities');
    const all = await world.api.listIdentities(world.requesterId ?? 0);
    const expected = world.account.getIdentities(world.requesterId ?? 0).length;
    expect(expected).toBeGreaterThan(100);
    expect(new Set(all.map((identity) => identity.id)).size).toBe(expected);
    expect(world.host.requests).toHaveLength(Math.ceil(expected / 100));
  });

  it('gives Zendesk\'s error code for a missing user', async () => {
    const world = zendesk.world('deleted-requester');
    const error = await failure(world.api.showProfile(world.requesterId ?? 0));
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'RecordNotFound' });
    expect(error.message).toMatch(/^404: GET \/api\/v2\/users\/\d+\.json$/);
  });

  it('keeps the field details of a 422', async () => {
    const world = zendesk.world('ordinary');
    const [user, other] = endUsers(world);
    const taken = world.account.getIdentities(other?.id ?? 0).find((identity) => identity.type === 'email');
    const error = await failure(world.api.createIdentity(user?.id ?? 0, { type: 'email', value: taken?.value ?? '' }));
    expect(error.status).toBe(422);
    expect(Object.values(error.details ?? {}).flat()[0]?.description).toBeTruthy();
  });

  it('never repeats a write, even on 429 with Retry-After', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.update', kind: 'status', status: 429, retryAfterSeconds: 1 }]);
    const error = await failure(world.api.updateUser(world.requesterId ?? 0, { suspended: true }));
    expect(error).toMatchObject({ status: 429, retryAfterMs: 1000 });
    expect(world.host.requests).toHaveLength(1);
  });

  it('holds a sixth update of one user within a minute back, unsent, once Zendesk reported none remaining', async () => {
    const world = zendesk.world('ordinary');
    world.host.values.clear();
    const id = world.requesterId ?? 0;
    for (let i = 0; i < 5; i++) await world.api.updateUser(id, { suspended: i % 2 === 0 });
    const error = await failure(world.api.updateUser(id, { suspended: false }));
    expect(error).toMatchObject({ kind: 'held', status: 0 });
    expect(error.retryAfterMs).toBeGreaterThan(0);
    expect(world.host.requests).toHaveLength(5);
    // Another user's allowance is their own.
    expect((await world.api.updateUser(people.zoe, { suspended: false })).id).toBe(people.zoe);
  });

  it('answers 429 after five updates of one user within a minute made elsewhere', async () => {
    const world = zendesk.world('ordinary');
    const id = world.requesterId ?? 0;
    for (let i = 0; i < 5; i++) world.account.updateLimiter.take(String(id));
    const error = await failure(world.api.updateUser(id, { suspended: false }));
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBeGreaterThan(0);
  });

  it('retries a read after 503 and returns the answer', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 503, retryAfterSeconds: 0, apply: 'once' }]);
    const counts = await world.api.showRelated(world.requesterId ?? 0);
    expect(counts.requested).toBeGreaterThanOrEqual(0);
    expect(world.host.requests).toHaveLength(2);
  });

  it('gives up reading after two retries', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 503, retryAfterSeconds: 0 }]);
    expect((await failure(world.api.showRelated(world.requesterId ?? 0))).status).toBe(503);
    expect(world.host.requests).toHaveLength(3);
  });

  it('turns an unreadable or wrongly shaped body into a malformed error', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.related', kind: 'malformed', shape: 'invalid-json' }]);
    expect((await failure(world.api.showRelated(world.requesterId ?? 0))).kind).toBe('malformed');
    world.account.setFaults([{ endpoint: 'users.show', kind: 'malformed', shape: 'wrong-shape' }]);
    expect((await failure(world.api.showProfile(world.requesterId ?? 0))).kind).toBe('malformed');
  });

  it('times out a request the host never answers', async () => {
    const world = zendesk.world('ordinary', { timeoutMs: 50 });
    world.account.setFaults([{ endpoint: 'users.update', kind: 'hang' }]);
    expect((await failure(world.api.updateUser(world.requesterId ?? 0, { suspended: true }))).kind).toBe('timeout');
  });

  it('reports a network failure as such', async () => {
    const world = zendesk.world('ordinary');
    world.host.send = () => Promise.reject(new TypeError('Failed to fetch'));
    expect((await failure(world.api.showRelated(world.requesterId ?? 0))).kind).toBe('network');
  });

  it('stops waiting to retry when the caller moves on', async () => {
    const world = zendesk.world('ordinary');
    world.account.setFaults([{ endpoint: 'users.related', kind: 'status', status: 429, retryAfterSeconds: 5 }]);
    const controller = new AbortController();
    const pending = world.api.showRelated(world.requesterId ?? 0, controller.signal);
    // Aborted while it waits out the Retry-After, once Zendesk's 429 has come.
    await vi.waitFor(() => expect(world.host.requests).toHaveLength(1));
    await Promise.allSettled([...world.host.inFlight]);
    controller.abort();
    expect((await failure(pending)).kind).toBe('aborted');
  });

  it('merges the requester into another end user, who keeps the email and phone identities', async () => {
    const world = zendesk.world('duplicates');
    const [source, target] = endUsers(world);
    if (!source || !target) throw new Error('scenario needs two end users');
    // Zendesk help, "Merging a user's duplicate account": emails (and, per its later note, phone numbers) move.
    const moved = world.account.getIdentities(source.id).filter((i) => i.type === 'email' || i.type === 'phone_number').map((i) => i.value);
    const survivor = await world.api.mergeUsers(source.id, target.id);
    expect(survivor.id).toBe(target.id);
    const kept = world.account.getIdentities(target.id).map((identity) => identity.value);
    for (const value of moved) expect(kept).toContain(value);
    expect((await failure(world.api.showProfile(source.id))).status).toBe(404);
  });

  it('finds users by email through search', async () => {
    const world = zendesk.world('ordinary');
    const email = world.account.getUser(world.requesterId ?? 0)?.email ?? '';
    const found = await world.api.searchUsers(`email:${email}`);
    expect(found.map((user) => user.id)).toContain(world.requesterId);
  });
});

import { list, parseIdentity, record } from './guards.ts';
import { identitiesPath, listIdentityPage } from './identities.ts';
import { endlessIdentityPages, shaped } from './shape.ts';
import type { Transport } from './transport.ts';
import type { Identity } from './types.ts';

// What the panel does with identities after its first view (identities.ts reads their pages):
// loaded with the API's later operations (afterFirstView.ts).

// A server that keeps saying "more" must not keep the app reading forever.
const MAX_PAGES = 100;

/** Every identity of the user, following cursor pagination to the end. */
export async function listIdentities(t: Transport, userId: number, signal?: AbortSignal): Promise<Identity[]> {
  const all: Identity[] = [];
  const seen = new Set<string>();
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { identities, next } = await listIdentityPage(t, userId, after, signal);
    all.push(...identities);
    if (next === null) return all;
    if (seen.has(next)) break;
    seen.add(next);
    after = next;
  }
  throw endlessIdentityPages(userId);
}

async function writeIdentity(t: Transport, method: 'PUT' | 'POST', path: string, body?: unknown): Promise<Identity> {
  const answer = await t.write(method, path, body === undefined ? {} : { body });
  return shaped(method, path, () => parseIdentity(record(answer, 'body')['identity']));
}

/** Zendesk answers with the whole collection; callers reload it anyway, other clients may have changed it. */
export async function makePrimary(t: Transport, userId: number, identityId: number): Promise<Identity[]> {
  const path = `${identitiesPath(userId, identityId)}/make_primary.json`;
  const answer = await t.write('PUT', path);
  return shaped('PUT', path, () => list(record(answer, 'body')['identities'], 'identities').map(parseIdentity));
}

export function verifyIdentity(t: Transport, userId: number, identityId: number): Promise<Identity> {
  return writeIdentity(t, 'PUT', `${identitiesPath(userId, identityId)}/verify.json`);
}

export async function requestVerification(t: Transport, userId: number, identityId: number): Promise<void> {
  await t.write('PUT', `${identitiesPath(userId, identityId)}/request_verification.json`);
}

export interface IdentityChanges {
  value?: string;
  verified?: boolean;
}

export function updateIdentity(t: Transport, userId: number, identityId: number, changes: IdentityChanges): Promise<Identity> {
  return writeIdentity(t, 'PUT', `${identitiesPath(userId, identityId)}.json`, { identity: changes });
}

export async function deleteIdentity(t: Transport, userId: number, identityId: number): Promise<void> {
  await t.write('DELETE', `${identitiesPath(userId, identityId)}.json`);
}

export interface NewIdentity {
  type: 'email' | 'phone_number';
  value: string;
}

export function createIdentity(t: Transport, userId: number, identity: NewIdentity, skipVerifyEmail = false): Promise<Identity> {
  const body = skipVerifyEmail ? { identity, skip_verify_email: true } : { identity };
  return writeIdentity(t, 'POST', `${identitiesPath(userId)}.json`, body);
}

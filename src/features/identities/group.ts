import { KNOWN_IDENTITY_TYPES } from '../../api/index.ts';
import type { Identity } from '../../api/index.ts';

export interface IdentityGroup {
  type: string;
  identities: Identity[];
}

function typeRank(type: string): number {
  const index = (KNOWN_IDENTITY_TYPES as readonly string[]).indexOf(type);
  return index === -1 ? KNOWN_IDENTITY_TYPES.length : index;
}

function byImportance(a: Identity, b: Identity): number {
  if (a.primary !== b.primary) return a.primary ? -1 : 1;
  if (a.verified !== b.verified) return a.verified ? -1 : 1;
  return a.value.localeCompare(b.value);
}

/** Identities by type, in Zendesk's usual order, primary and verified ones first in each type. */
export function groupIdentities(identities: readonly Identity[]): IdentityGroup[] {
  const groups = new Map<string, Identity[]>();
  for (const identity of identities) {
    const list = groups.get(identity.type) ?? [];
    list.push(identity);
    groups.set(identity.type, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => typeRank(a) - typeRank(b) || a.localeCompare(b))
    .map(([type, list]) => ({ type, identities: list.sort(byImportance) }));
}

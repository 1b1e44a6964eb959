import type { Role } from '../../api/index.ts';
import type { Location } from '../../host/types.ts';

const HOST_PATH: Record<Location, string> = {
  ticket_sidebar: 'ticket.requester',
  new_ticket_sidebar: 'ticket.requester',
  user_sidebar: 'user',
};

/** Where the host keeps the person a location is about: the ticket's requester, or the viewed user. */
export function requesterPath(location: Location): string {
  return HOST_PATH[location];
}

/** The requester as the host describes it: enough to paint the header before any API call. */
export interface HostPerson {
  id: number;
  name: string;
  email: string | null;
  avatarUrl: string | null;
  role: Role | null;
  organizationName: string | null;
}

function firstOrganizationName(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const first: unknown = value[0];
  if (typeof first !== 'object' || first === null) return null;
  const name = (first as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}

/** The id of the host's user object (ticket.requester or user); null when it has no usable one. */
export function hostPersonId(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = (raw as Record<string, unknown>)['id'];
  const id = typeof value === 'string' ? Number(value) : value;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Reads the host's user object (ticket.requester or user); null when there is no usable person. */
export function toHostPerson(raw: unknown): HostPerson | null {
  const id = hostPersonId(raw);
  if (id === null) return null;
  const user = raw as Record<string, unknown>;
  const role = user['role'];
  const avatar = user['avatarUrl'];
  return {
    id,
    name: typeof user['name'] === 'string' ? user['name'] : '',
    email: typeof user['email'] === 'string' && user['email'] !== '' ? user['email'] : null,
    // Only https avatars: anything else would be mixed content or a tracking vector.
    avatarUrl: typeof avatar === 'string' && avatar.startsWith('https://') ? avatar : null,
    role: role === 'end-user' || role === 'agent' || role === 'admin' ? role : null,
    organizationName: firstOrganizationName(user['organizations']),
  };
}

/** Up to two letters for the avatar placeholder: the first and last word's first letter or digit. */
export function initials(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last].map((word) => (word ? String.fromCodePoint(word.codePointAt(0) ?? 32) : '')).join('').toLocaleUpperCase();
}

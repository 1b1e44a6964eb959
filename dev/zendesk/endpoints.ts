/**
 * Every endpoint the fake answers, with the method and path pattern that select it.
 * The names are stable: faults and the request log refer to them.
 */
export const endpoints = [
  { name: 'users.me', method: 'GET', path: 'users/me' },
  { name: 'users.search', method: 'GET', path: 'users/search' },
  { name: 'users.autocomplete', method: 'GET', path: 'users/autocomplete' },
  { name: 'users.show_many', method: 'GET', path: 'users/show_many' },
  { name: 'users.show', method: 'GET', path: 'users/:userId' },
  { name: 'users.update', method: 'PUT', path: 'users/:userId' },
  { name: 'users.related', method: 'GET', path: 'users/:userId/related' },
  { name: 'users.merge', method: 'PUT', path: 'users/:userId/merge' },
  { name: 'identities.list', method: 'GET', path: 'users/:userId/identities' },
  { name: 'identities.create', method: 'POST', path: 'users/:userId/identities' },
  { name: 'identities.show', method: 'GET', path: 'users/:userId/identities/:identityId' },
  { name: 'identities.update', method: 'PUT', path: 'users/:userId/identities/:identityId' },
  { name: 'identities.delete', method: 'DELETE', path: 'users/:userId/identities/:identityId' },
  { name: 'identities.make_primary', method: 'PUT', path: 'users/:userId/identities/:identityId/make_primary' },
  { name: 'identities.verify', method: 'PUT', path: 'users/:userId/identities/:identityId/verify' },
  {
    name: 'identities.request_verification',
    method: 'PUT',
    path: 'users/:userId/identities/:identityId/request_verification',
  },
  { name: 'users.organizations', method: 'GET', path: 'users/:userId/organizations' },
  { name: 'tickets.requested', method: 'GET', path: 'users/:userId/tickets/requested' },
  { name: 'tickets.ccd', method: 'GET', path: 'users/:userId/tickets/ccd' },
  { name: 'tickets.assigned', method: 'GET', path: 'users/:userId/tickets/assigned' },
  { name: 'organizations.show', method: 'GET', path: 'organizations/:organizationId' },
  { name: 'tickets.show', method: 'GET', path: 'tickets/:ticketId' },
  { name: 'tickets.update', method: 'PUT', path: 'tickets/:ticketId' },
  { name: 'tickets.comments', method: 'GET', path: 'tickets/:ticketId/comments' },
  { name: 'custom_roles.list', method: 'GET', path: 'custom_roles' },
  { name: 'custom_roles.show', method: 'GET', path: 'custom_roles/:customRoleId' },
  { name: 'sessions.delete_all', method: 'DELETE', path: 'users/:userId/sessions' },
] as const;

export type EndpointName = (typeof endpoints)[number]['name'];

export const endpointNames: readonly EndpointName[] = endpoints.map((e) => e.name);

export interface EndpointMatch {
  name: EndpointName;
  params: Record<string, number>;
}

/**
 * Resolves `/api/v2/...` (with or without `.json`) to an endpoint.
 * Ids must be positive integers, as Zendesk's routes require; anything else is no route.
 */
export function matchEndpoint(method: string, pathname: string): EndpointMatch | null {
  const prefix = pathname.indexOf('/api/v2/');
  if (prefix < 0) return null;
  const rest = pathname.slice(prefix + '/api/v2/'.length).replace(/\.json$/, '').replace(/\/$/, '');
  const segments = rest.split('/');
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toUpperCase()) continue;
    const params = matchSegments(endpoint.path.split('/'), segments);
    if (params) return { name: endpoint.name, params };
  }
  return null;
}

function matchSegments(pattern: string[], segments: string[]): Record<string, number> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, number> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) {
      if (!/^[1-9][0-9]{0,15}$/.test(segment)) return null;
      params[part.slice(1)] = Number(segment);
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}

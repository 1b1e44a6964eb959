import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Organization, RequesterDetails, ZendeskApi } from '../../api/index.ts';

export type OrganizationsState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; data: Organization[] }
  | { status: 'error'; error: unknown };

/**
 * Reads `GET /api/v2/users/{id}/organizations` when the agent asks: the profile's sideload may
 * name only the default organization. Default first; an answer after unmount is dropped.
 */
export function useOtherOrganizations(api: ZendeskApi, userId: number, requester: RequesterDetails) {
  const [state, setState] = useState<OrganizationsState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const load = useCallback(() => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'loading' });
    api.listUserOrganizations(userId, current.signal).then(
      (list) => {
        if (current.signal.aborted) return;
        const isDefault = (org: Organization) => org.id === requester.defaultOrganizationId;
        setState({ status: 'ready', data: [...list.filter(isDefault), ...list.filter((org) => !isDefault(org))] });
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        setState({ status: 'error', error });
      },
    );
  }, [api, userId, requester.defaultOrganizationId]);
  return { state, load };
}

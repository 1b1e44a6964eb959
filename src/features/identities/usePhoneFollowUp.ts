import { useCallback, useRef, useState } from 'preact/hooks';
import type { Identity, UserProfile, ZendeskApi } from '../../api/index.ts';
import { phoneLeftBehind } from './phoneLeft.ts';

/** The number a removed phone identity left in the user's `phone` field, while it is not cleared. */
export type PhoneLeft = null | { status: 'clearing'; value: string } | { status: 'failed'; value: string; error: unknown };

export interface PhoneFollowUp {
  state: PhoneLeft;
  /** After a phone identity is gone: re-reads the user and clears a number left behind. */
  check: (removed: Identity) => Promise<void>;
  /** Clears the number again, when the agent asks: a write is never repeated on its own. */
  retry: () => void;
}

/**
 * Zendesk: User Identities, "Delete Identity" — a phone number can stay visible on the profile
 * after its identity is deleted; clear it by updating the user's `phone` to an empty string.
 * One update (Users API: 5 updates per user a minute, then 429), never retried automatically.
 */
export function usePhoneFollowUp(
  api: ZendeskApi,
  userId: number,
  remaining: () => readonly Identity[],
  patchProfile: (change: (profile: UserProfile) => UserProfile) => void,
): PhoneFollowUp {
  const [state, setState] = useState<PhoneLeft>(null);
  const busy = useRef(false);

  const clear = useCallback(async (value: string) => {
    if (busy.current) return;
    busy.current = true;
    setState({ status: 'clearing', value });
    try {
      const user = await api.updateUser(userId, { phone: '' });
      patchProfile((profile) => ({ ...profile, user: { ...user, organizationName: profile.user.organizationName } }));
      setState(null);
    } catch (error) {
      setState({ status: 'failed', value, error });
    } finally {
      busy.current = false;
    }
  }, [api, userId, patchProfile]);

  const check = useCallback(async (removed: Identity) => {
    if (removed.type !== 'phone_number') return;
    let phone: string | null;
    try {
      phone = (await api.showUser(userId)).phone;
    } catch {
      // The removal stands; the profile read again later shows whatever Zendesk kept.
      return;
    }
    const others = remaining().filter((identity) => identity.id !== removed.id);
    if (phoneLeftBehind(phone, removed.value, others)) await clear(phone ?? removed.value);
    else patchProfile((profile) => ({ ...profile, user: { ...profile.user, phone } }));
  }, [api, userId, remaining, clear, patchProfile]);

  const retry = () => {
    if (state?.status === 'failed') void clear(state.value);
  };
  return { state, check, retry };
}

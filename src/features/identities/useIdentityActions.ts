import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApi } from '../../api/context.tsx';
import type { Identity, UserProfile } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { notify } from '../../ui/notify.ts';
import type { NotifyKey } from '../../ui/notify.ts';
import { useActionFailure } from '../permissions/context.tsx';
import type { Verdict } from '../permissions/permissions.ts';
import { primaryOf, withIdentity, withoutIdentity, withPrimary } from './changes.ts';
import type { IdentityActionKind } from './changes.ts';
import { usePhoneFollowUp } from './usePhoneFollowUp.ts';
import type { PhoneFollowUp } from './usePhoneFollowUp.ts';
import type { NewIdentityType } from './validateIdentity.ts';

/** What the identity list needs to offer changes: whether it may, for whom, and how to show the result. */
export interface IdentityActions {
  verdict: Verdict;
  userId: number;
  patchProfile: (change: (profile: UserProfile) => UserProfile) => void;
}

export type IdentityOperations = Record<IdentityActionKind, (identity: Identity) => Promise<void>> & {
  add: (identity: { type: NewIdentityType; value: string }) => Promise<Identity>;
};

/**
 * The identity changes, each resolving once Zendesk accepted it and the panel shows it, or
 * rejecting with Zendesk's error and nothing changed on screen.
 */
export function useIdentityActions(
  { userId, patchProfile }: IdentityActions,
  identities: readonly Identity[],
  /** The panel's sentence for a change that succeeded, with the identity's value in it. */
  onDone: (sentence: string) => void = () => undefined,
): IdentityOperations & { phoneLeft: PhoneFollowUp } {
  const api = useApi();
  const host = useHost();
  const onFailure = useActionFailure();
  const latest = useRef(identities);
  latest.current = identities;
  const reloads = useRef(0);
  const [controller] = useState(() => new AbortController());
  useEffect(() => () => controller.abort(), [controller]);
  const phoneLeft = usePhoneFollowUp(api, userId, () => latest.current, patchProfile);
  const { check } = phoneLeft;

  const operations = useMemo(
    () => reporting((error) => onFailure('identities', error, userId), operationsFor()),
    [api, host, userId, patchProfile, controller, onDone, onFailure, check],
  );
  return { ...operations, phoneLeft };

  function operationsFor(): IdentityOperations {
    const update = (change: (list: Identity[]) => Identity[]) =>
      patchProfile((profile) => ({ ...profile, identities: change(profile.identities) }));
    // The workspace's notification carries no user text; the panel says the full sentence.
    const notifyAbout = (key: MessageKey, short: NotifyKey, identity: Identity) => {
      notify(host, short);
      onDone(t(key, { value: identity.value }));
    };

    // Only the newest reload may paint: an older one that answers late would undo a newer change.
    const reload = async (fallback?: Identity[]) => {
      const generation = ++reloads.current;
      let fresh = fallback;
      let complete = false;
      try {
        fresh = await api.listIdentities(userId, controller.signal);
        complete = true;
      } catch {
        // Keep what is shown (or Zendesk's own answer); the change itself already succeeded or failed.
      }
      if (!fresh || generation !== reloads.current) return;
      const list = fresh;
      // The paginated list is the whole collection: a page reading still under way is no longer needed.
      patchProfile((profile) => ({ ...profile, identities: list, ...(complete ? { identitiesComplete: true } : {}) }));
    };

    return {
      async makePrimary(identity) {
        const previous = primaryOf(latest.current, identity.type);
        update((list) => withPrimary(list, identity.type, identity.id));
        let answer: Identity[];
        try {
          answer = await api.makePrimary(userId, identity.id);
        } catch (error) {
          update((list) => withPrimary(list, identity.type, previous));
          // A lost answer may hide a change that did happen: read what Zendesk holds now.
          void reload();
          throw error;
        }
        await reload(answer);
        notifyAbout('identity.madePrimary', 'notify.identityChanged', identity);
      },
      async verify(identity) {
        const verified = await api.verifyIdentity(userId, identity.id);
        update((list) => withIdentity(list, verified));
        notifyAbout('identity.verifiedDone', 'notify.identityChanged', identity);
      },
      async requestVerification(identity) {
        await api.requestVerification(userId, identity.id);
        notifyAbout('identity.verificationSent', 'notify.verificationSent', identity);
      },
      async remove(identity) {
        await api.deleteIdentity(userId, identity.id);
        update((list) => withoutIdentity(list, identity.id));
        // Zendesk promotes another identity of the type when the primary goes.
        if (identity.primary) void reload();
        notifyAbout('identity.removed', 'notify.identityRemoved', identity);
        void check(identity);
      },
      async add(input) {
        const created = await api.createIdentity(userId, input);
        update((list) => withIdentity(list, created));
        notifyAbout('identity.added', 'notify.identityAdded', created);
        return created;
      },
    };
  }
}

/** Each operation tells the panel of its failure, so that Zendesk's 403 updates what is offered. */
function reporting(onFailure: (error: unknown) => void, ops: IdentityOperations): IdentityOperations {
  const guard = <A extends unknown[], R>(run: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await run(...args);
    } catch (error) {
      onFailure(error);
      throw error;
    }
  };
  return {
    makePrimary: guard(ops.makePrimary),
    verify: guard(ops.verify),
    requestVerification: guard(ops.requestVerification),
    remove: guard(ops.remove),
    add: guard(ops.add),
  };
}

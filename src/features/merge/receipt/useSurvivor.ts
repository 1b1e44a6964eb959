import { useEffect, useRef, useState } from 'preact/hooks';
import type { User } from '../../../api/index.ts';
import type { HostPerson } from '../../requester/hostPerson.ts';
import type { Receipt } from './useReceipt.ts';

interface Merged {
  /** The requester the merge was made from: a new requester on the ticket ends this view. */
  from: number;
  /** Users the merge deleted: never shown as live again, whatever the host still says. */
  deleted: ReadonlySet<number>;
  /** The users the merge (or the run) deleted, as they were before it. */
  mergedUsers: readonly User[];
  /** The surviving user as Zendesk answered the merge. */
  survivorUser: User;
  survivor: HostPerson;
  /** Counts merges, so a requester who was kept is read afresh after each. */
  generation: number;
  /** The merge's note on the ticket, made and started where the merge was made. */
  receipt: Receipt;
}

function toPerson(user: User): HostPerson {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    avatarUrl: user.photoUrl,
    role: user.role,
    organizationName: user.organizationName,
  };
}

/**
 * After a merge the panel shows the surviving user. When the requester was merged away, Zendesk
 * moves their tickets to the survivor and the host then names the survivor as requester
 * (`ticket.requester.id.changed`): the view stays. A host that still names a deleted user is not
 * believed; any other requester ends the view. When the requester was kept, their panel is read
 * again. The outcome takes the focus, since the dialog is gone. What the outcome says is the
 * actions chunk's (MergeOutcome), where the merge was made: this hook only keeps it.
 */
export function useSurvivor(requester: HostPerson) {
  const [merged, setMerged] = useState<Merged | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (merged) notice.current?.focus();
  }, [merged]);
  const current = merged && (merged.from === requester.id || merged.survivor.id === requester.id || merged.deleted.has(requester.id))
    ? merged : null;
  return {
    person: current ? current.survivor : requester,
    /** Changes after each merge, so the panel of a kept requester is read again. */
    generation: current?.generation ?? 0,
    outcome: current ? { merged: current.mergedUsers, survivor: current.survivorUser, receipt: current.receipt } : null,
    notice,
    onMerged: (survivor: User, receipt: Receipt, mergedUsers: readonly User[]) => {
      setMerged((previous) => ({
        from: previous && previous.survivor.id === requester.id ? previous.from : requester.id,
        deleted: new Set([...(previous?.deleted ?? []), ...mergedUsers.map((user) => user.id)]),
        mergedUsers,
        survivorUser: survivor,
        survivor: toPerson(survivor),
        generation: (previous?.generation ?? 0) + 1,
        receipt,
      }));
    },
  };
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { User } from '../../../api/index.ts';
import type { HostPerson } from '../../requester/hostPerson.ts';
import type { ReceiptTask } from '../types.ts';
import { useReceipt } from './useReceipt.ts';

interface Merged {
  /** The requester the merge was made from: a new requester on the ticket ends this view. */
  from: number;
  fromName: string;
  survivor: HostPerson;
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
 * After a merge the requester no longer exists: the panel shows the surviving user until the
 * ticket names another requester (naming the survivor, as Zendesk does once it has moved the
 * tickets, keeps the view). The outcome takes the focus, since the dialog is gone.
 */
export function useSurvivor(requester: HostPerson) {
  const [merged, setMerged] = useState<Merged | null>(null);
  const receipt = useReceipt();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (merged) notice.current?.focus();
  }, [merged]);
  const current = merged?.from === requester.id || merged?.survivor.id === requester.id ? merged : null;
  return {
    person: current ? current.survivor : requester,
    outcome: current ? { from: current.fromName, to: current.survivor.name } : null,
    receipt: current ? receipt : null,
    notice,
    onMerged: (survivor: User, task: ReceiptTask) => {
      setMerged({ from: requester.id, fromName: requester.name, survivor: toPerson(survivor) });
      receipt.start(task);
    },
  };
}

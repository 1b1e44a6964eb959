import { useEffect, useRef, useState } from 'preact/hooks';
import type { User } from '../../api/index.ts';
import { useHost } from '../../host/context.tsx';
import type { Location } from '../../host/types.ts';
import { t } from '../../i18n/index.ts';
import { Notice } from '../../ui/Notice.tsx';
import type { HostPerson } from './hostPerson.ts';
import { RequesterPanel } from './RequesterPanel.tsx';
import { useRequester } from './useRequester.ts';

interface Props {
  location: Location;
}

interface Merged {
  /** The requester id the merge was made from: a new requester on the ticket ends this view. */
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

/** The panel for the ticket's requester (or the viewed user), or why there is none. */
export function Sidebar({ location }: Props) {
  const host = useHost();
  const requester = useRequester(host, location);
  const [merged, setMerged] = useState<Merged | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  // The merged user's panel, and the dialog that was open in it, are gone: focus the outcome.
  useEffect(() => {
    if (merged) notice.current?.focus();
  }, [merged]);
  if (requester.status === 'loading') return <p class="muted loading">{t('section.loading')}</p>;
  if (requester.status === 'none') return <p class="empty">{t('requester.none')}</p>;
  const current = merged?.from === requester.person.id ? merged : null;
  const person = current ? current.survivor : requester.person;
  return (
    <>
      {current && (
        <div ref={notice} tabIndex={-1} class="outcome">
          <Notice tone="success" message={t('merge.survivor', { from: current.fromName, to: current.survivor.name })} />
        </div>
      )}
      <RequesterPanel
        key={person.id}
        person={person}
        onMerged={(survivor) => setMerged({ from: requester.person.id, fromName: person.name, survivor: toPerson(survivor) })}
      />
    </>
  );
}

import { useState } from 'preact/hooks';
import type { User } from '../../api/index.ts';
import type { HostClient } from '../../host/types.ts';
import { t } from '../../i18n/index.ts';
import { initials } from './hostPerson.ts';
import type { HostPerson } from './hostPerson.ts';

interface Props {
  host: HostClient;
  person: HostPerson;
  /** The user as the API knows it, once read: it adds suspension and light-agent roles. */
  user: User | null;
}

function roleLabel(person: HostPerson, user: User | null): string | null {
  if (user?.role === 'agent' && user.roleType === 1) return t('role.light-agent');
  const role = user?.role ?? person.role;
  return role ? t(`role.${role}`) : null;
}

export function Header({ host, person, user }: Props) {
  const name = user?.name ?? person.name;
  // Only an organization there is to name: "none" is the About block's to say, and of a deleted
  // user the app cannot know it.
  const organization = user?.active === false ? null : (user?.organizationName ?? person.organizationName);
  const role = roleLabel(person, user);
  const avatar = user?.photoUrl ?? person.avatarUrl;
  // A photo that fails to load (removed, blocked) falls back to the initials, not a broken image.
  const [failedAvatar, setFailedAvatar] = useState<string | null>(null);
  const openProfile = () => {
    host.invoke('routeTo', 'user', person.id).catch(() => undefined);
  };
  return (
    <header class="header">
      {avatar && avatar !== failedAvatar ? (
        <img class="avatar" src={avatar} alt="" width={40} height={40} referrerpolicy="no-referrer" onError={() => setFailedAvatar(avatar)} />
      ) : (
        <span class="avatar avatar--initials" aria-hidden="true">{initials(name)}</span>
      )}
      <div class="header__text">
        {/* The heading follows the page's direction; the name inside keeps its own. */}
        <h1 class="header__name"><bdi>{name}</bdi></h1>
        <p class="header__meta">
          {role && <span class="badge">{role}</span>}
          {user?.suspended && <span class="badge badge--danger">{t('requester.suspended')}</span>}
          {organization && <span class="muted" dir="auto">{organization}</span>}
        </p>
        <button type="button" class="link-button" onClick={openProfile} aria-label={t('requester.openProfileOf', { name })}>
          {t('requester.openProfile')}
        </button>
      </div>
    </header>
  );
}

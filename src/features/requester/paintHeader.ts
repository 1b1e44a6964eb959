import { initials } from './hostPerson.ts';
import type { HostPerson } from './hostPerson.ts';

/** What the painted header says, already in the agent's language. */
export interface PaintedWords {
  /** The person's role as the host gives it ("End user"), or null. */
  role: string | null;
  /** The profile link's text ("Open profile") and accessible name ("Open profile of Ana Lima"). */
  openProfile: string;
  openProfileOf: string;
  /** "Loading…", where the panel will be. */
  loading: string;
}

type Child = Node | string | null | false;

function element(tag: string, attributes: Readonly<Record<string, string>>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  // User text goes in as text nodes: never parsed as markup.
  for (const child of children) if (child) node.append(child);
  return node;
}

const monogram = (name: string) => element('span', { class: 'avatar avatar--initials', 'aria-hidden': 'true' }, initials(name));

/** The avatar; a photo that fails to load (removed, blocked) gives way to the initials, as in Header. */
function photo(url: string, name: string): HTMLElement {
  const image = element('img', { class: 'avatar', src: url, alt: '', width: '40', height: '40', referrerpolicy: 'no-referrer' });
  image.onerror = () => image.replaceWith(monogram(name));
  return image;
}

/**
 * Paints the header into `root` as plain DOM, from the host's answer alone, before the view's
 * code (Preact) has run: the markup is the one `App`, `RequesterPanel` and `Header` render while
 * the panel's strings load (paintHeader.test.tsx compares them), so Preact's first render takes
 * these nodes over instead of replacing them.
 *
 * Returns `release()`, which detaches the profile link's own click handler: start-up calls it
 * before the view renders, whose handler then answers the link (one routeTo a click, never two).
 */
export function paintHeader(root: HTMLElement, location: string, person: HostPerson, words: PaintedWords, openProfile: () => void): () => void {
  const { name, avatarUrl: avatar, organizationName: organization } = person;
  const link = element('button', { type: 'button', class: 'link-button', 'aria-label': words.openProfileOf }, words.openProfile);
  link.onclick = openProfile;
  const header = element('header', { class: 'header' },
    avatar ? photo(avatar, name) : monogram(name),
    element('div', { class: 'header__text' },
      element('h1', { class: 'header__name' }, element('bdi', {}, name)),
      element('p', { class: 'header__meta' },
        words.role && element('span', { class: 'badge' }, words.role),
        organization && element('span', { class: 'muted', dir: 'auto' }, organization)),
      link));
  root.replaceChildren(element('main', { class: 'app', 'data-location': location }, header, element('p', { class: 'muted loading' }, words.loading)));
  return () => {
    link.onclick = null;
  };
}

// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeHost } from '../../../test/support/fakeHost.ts';
import { t } from '../../i18n/index.ts';
import { Header } from './Header.tsx';
import type { HostPerson } from './hostPerson.ts';
import { paintHeader } from './paintHeader.ts';
import type { PaintedWords } from './paintHeader.ts';

const ana: HostPerson = { id: 7, name: 'Ana Lima', email: 'ana@example.com', avatarUrl: 'https://example.zendesk.com/photo.png', role: 'end-user', organizationName: 'Lima Ltd' };

function wordsFor(person: HostPerson): PaintedWords {
  return {
    role: person.role ? t(`role.${person.role}`) : null,
    openProfile: t('requester.openProfile'),
    openProfileOf: t('requester.openProfileOf', { name: person.name }),
    loading: t('section.loading'),
  };
}

const host = createFakeHost(() => Promise.reject(new Error('no API in this test')));

/** What the view renders while the panel's strings load (RequesterPanel: the header, then "Loading…"). */
function View({ person }: { person: HostPerson }) {
  return (
    <main class="app" data-location="ticket_sidebar">
      <Header host={host} person={person} user={null} />
      <p class="muted loading">{t('section.loading')}</p>
    </main>
  );
}

function root(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
  host.invocations.length = 0;
});

describe('paintHeader', () => {
  it.each([
    ['a photo, a role and an organization', ana],
    ['no photo: the initials', { ...ana, avatarUrl: null }],
    ['no role and no organization', { ...ana, role: null, organizationName: null }],
  ])('paints the markup the view renders while the panel\'s strings load (%s)', (_, person) => {
    const painted = root();
    paintHeader(painted, 'ticket_sidebar', person, wordsFor(person), () => undefined);
    const rendered = root();
    render(<View person={person} />, rendered);
    expect(painted.innerHTML).toBe(rendered.innerHTML);
  });

  it('lets the view take the painted nodes over instead of painting them again', () => {
    const element = root();
    paintHeader(element, 'ticket_sidebar', ana, wordsFor(ana), () => undefined);
    const [heading, photo, link] = ['h1', 'img', 'button'].map((selector) => element.querySelector(selector));
    render(<View person={ana} />, element);
    expect(element.querySelectorAll('header')).toHaveLength(1);
    expect([element.querySelector('h1'), element.querySelector('img'), element.querySelector('button')]).toEqual([heading, photo, link]);
  });

  it('writes names and organizations as text, never as markup', () => {
    const element = root();
    const hostile = { ...ana, name: '<img src=x onerror=alert(1)>', organizationName: '<b>Org</b>' };
    paintHeader(element, 'ticket_sidebar', hostile, wordsFor(hostile), () => undefined);
    expect(element.querySelector('h1')?.textContent).toBe(hostile.name);
    expect(element.querySelectorAll('img')).toHaveLength(1);
    expect(element.querySelector('b')).toBeNull();
  });

  it('shows the initials when the photo fails to load', () => {
    const element = root();
    paintHeader(element, 'ticket_sidebar', ana, wordsFor(ana), () => undefined);
    element.querySelector('img')?.dispatchEvent(new Event('error'));
    expect(element.querySelector('img')).toBeNull();
    expect(element.querySelector('.avatar--initials')?.textContent).toBe('AL');
  });

  it('opens the profile once a click, before and after the view has taken the link over', () => {
    const element = root();
    const open = vi.fn(() => {
      host.invoke('routeTo', 'user', ana.id).catch(() => undefined);
    });
    const release = paintHeader(element, 'ticket_sidebar', ana, wordsFor(ana), open);
    const link = () => element.querySelector('button');
    link()?.click();
    expect(host.invocations).toHaveLength(1);
    release();
    render(<View person={ana} />, element);
    link()?.click();
    expect(host.invocations).toEqual([
      { name: 'routeTo', args: ['user', ana.id] },
      { name: 'routeTo', args: ['user', ana.id] },
    ]);
  });
});

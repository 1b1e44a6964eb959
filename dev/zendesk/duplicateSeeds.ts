import type { Account } from './store/account.ts';
import { seedTicket, seedUser, staff } from './store/seed.ts';
import { people } from './catalogue.ts';

// The scenarios in which one person has several accounts, for possible duplicates and merges.

/** One person with four accounts; the forwarding one is over the 10,000-ticket merge limit. */
export function seedSeveralAccounts(account: Account): void {
  seedUser(account, {
    id: people.maya,
    name: 'Maya Okonkwo',
    created_at: '2021-02-14T09:00:00Z',
    identities: [
      ['email', 'maya.okonkwo@example.org', { verified: true }],
      ['phone_number', '+15550107788', { verified: true }],
    ],
    related: { requested_tickets: 9, ccd_tickets: 2 },
  });
  seedUser(account, {
    id: people.mayaPhone,
    name: 'Maya O.',
    created_at: '2023-04-02T16:20:00Z',
    identities: [['phone_number', '+1 555 010 7788', { verified: true }], ['email', 'maya.o@callback.example']],
    related: { requested_tickets: 3 },
  });
  seedUser(account, {
    id: people.mayaChat,
    name: 'maya okonkwo',
    created_at: '2024-08-19T11:45:00Z',
    tags: ['chat'],
    identities: [['email', 'maya.okonkwo+chat@example.org'], ['messaging', 'maya-chat-5521']],
    related: { requested_tickets: 1 },
  });
  seedUser(account, {
    id: people.mayaRelay,
    name: 'MAYA OKONKWO',
    created_at: '2019-09-09T07:00:00Z',
    external_id: 'crm-88412',
    identities: [['email', 'maya@forwarding.okonkwo.example', { verified: true }]],
    related: { requested_tickets: 10_450 },
  });
}

/**
 * Messaging creates an end user for a visitor who is not signed in, named like "Web User 5a1c",
 * with a messaging identity and no email or phone. Here the visitor writes the address (with a
 * +tag) and the number of an existing user, while the agent's reply and internal note name
 * another user's address: only the visitor's words point to an account.
 */
export function seedMessagingVisitor(account: Account): void {
  seedUser(account, {
    id: people.webVisitor,
    name: 'Web User 5a1c',
    created_at: '2026-05-04T09:58:00Z',
    identities: [['messaging', '5a1c7e0b9f3d4c2a8e6b1d0f', { verified: true }]],
    related: { requested_tickets: 1 },
  });
  seedUser(account, {
    id: people.ines,
    name: 'Ines Moreau',
    created_at: '2022-06-01T12:00:00Z',
    tags: ['loyalty'],
    identities: [
      ['email', 'ines.moreau@example.com', { verified: true }],
      ['phone_number', '+442079460018', { verified: true }],
    ],
    related: { requested_tickets: 5 },
  });
  seedUser(account, {
    id: people.inesOldShop,
    name: 'Ines M.',
    created_at: '2020-01-15T08:00:00Z',
    identities: [['email', 'ines.m@oldshop.example', { verified: true }]],
    related: { requested_tickets: 2 },
  });
  const at = (minute: number) => `2026-05-04T10:${String(minute).padStart(2, '0')}:00Z`;
  seedTicket(account, {
    id: 554,
    subject: 'Where is my order?',
    description: 'Hi! I ordered a rain jacket last week and it has not arrived.',
    requester_id: people.webVisitor,
    via_channel: 'native_messaging',
    created_at: at(0),
    comments: [
      { id: 55401, author_id: staff.agent, public: true, created_at: at(2), body: 'Happy to help! Which email is the order under? Is it ines.m@oldshop.example?',
        html_body: '<p>Happy to help! Which email is the order under? Is it <a href="mailto:ines.m@oldshop.example">ines.m@oldshop.example</a>?</p>' },
      { id: 55402, author_id: people.webVisitor, public: true, created_at: at(3), body: "No, that's my old one. It's Ines.Moreau+orders@example.com, or call me on +44 20 7946 0018.",
        html_body: "<p>No, that's my old one. It's Ines.Moreau+orders@example.com, or call me on +44 20 7946 0018.</p>" },
      { id: 55403, author_id: staff.agent, public: false, created_at: at(4), body: 'Checking ines.m@oldshop.example too.',
        html_body: '<p>Checking ines.m@oldshop.example too.</p>' },
    ],
  });
}

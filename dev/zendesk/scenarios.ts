import type { Account } from './store/account.ts';
import { seedOrganization, seedTicket, seedUser, staff, type IdentitySeed } from './store/seed.ts';
import { people } from './catalogue.ts';
import { seedContext } from './store/contextSeed.ts';
import { seedMessagingVisitor, seedSeveralAccounts } from './duplicateSeeds.ts';

export { people, scenarioInfo, scenarioNames, scenarios } from './catalogue.ts';

export function seedScenarios(account: Account): void {
  seedOrganization(account, { id: 9001, name: 'Harbor & Pine Outfitters', domain_names: ['harborpine.example'] });
  seedOrganization(account, { id: 9002, name: 'Lindqvist Design Studio', domain_names: ['lindqvist-design.example'] });
  seedOrganization(account, {
    id: 9003,
    name: '<b onmouseover="alert(\'org\')">Bold</b> Ventures',
    notes: '<script>alert("org notes")</script>',
  });

  seedUser(account, {
    id: people.ordinary,
    name: 'Dana Whitfield',
    organization_id: 9001,
    created_at: '2019-11-20T13:02:11Z',
    locale: 'en-GB',
    time_zone: 'London',
    iana_time_zone: 'Europe/London',
    notes: 'Prefers email. Wholesale buyer since 2019.',
    details: '14 Quay Street, Portsmouth',
    tags: ['vip', 'wholesale'],
    photo: { id: 88001, name: 'dana.svg', content_url: '/system/photos/88001/dana.svg', content_type: 'image/svg+xml', size: 412 },
    last_login_at: '2024-04-28T18:40:00Z',
    identities: [
      ['email', 'dana.whitfield@harborpine.example', { verified: true }],
      ['email', 'dana.w@fastmail.example'],
      ['phone_number', '+15550100123', { verified: true }],
      ['twitter', 'danawhitfield', { verified: true }],
      ['facebook', '100004567890123'],
      ['google', 'dana.whitfield@gmail.com', { verified: true }],
    ],
    related: { requested_tickets: 14, ccd_tickets: 3, organization_subscriptions: 1 },
  });

  seedUser(account, {
    id: people.zoe,
    name: 'Zoë Lindqvist',
    organization_id: 9002,
    created_at: '2020-03-09T08:30:00Z',
    time_zone: 'Stockholm',
    iana_time_zone: 'Europe/Stockholm',
    identities: [
      ['email', 'Zoe.Lindqvist@gmail.com', { verified: true }],
      ['phone_number', '+15550142233', { verified: true }],
    ],
    related: { requested_tickets: 6, ccd_tickets: 1 },
  });
  seedUser(account, {
    id: people.zoeShop,
    name: 'Zoe Lindqvist',
    created_at: '2023-07-21T19:12:00Z',
    shared_phone: '(555) 014-2233',
    identities: [['email', 'zoelindqvist+shop@gmail.com']],
    related: { requested_tickets: 2, ccd_tickets: 1 },
  });
  seedUser(account, {
    id: people.zoeStudio,
    name: 'ZOE LINDQVIST',
    created_at: '2024-01-05T10:00:00Z',
    shared_phone: '+1.555.014.2233',
    identities: [
      ['email', 'zoe@lindqvist-design.example', { verified: true }],
      ['twitter', 'zoe_lindqvist'],
    ],
    related: { requested_tickets: 1 },
  });
  seedUser(account, {
    id: people.zoeyLookalike,
    name: 'Zoey Lindholm',
    created_at: '2022-09-14T15:45:00Z',
    identities: [
      ['email', 'zoey.lindholm@example.net', { verified: true }],
      ['phone_number', '+15550199876'],
    ],
    related: { requested_tickets: 4 },
  });

  // The same mailbox under the Unicode and the punycode spelling of its domain, and a number
  // written nationally with an extension: the duplicate rules must see through all three.
  seedUser(account, {
    id: people.anna,
    name: 'Anna Müller',
    created_at: '2021-04-12T07:30:00Z',
    locale: 'de',
    time_zone: 'Berlin',
    iana_time_zone: 'Europe/Berlin',
    identities: [
      ['email', 'anna@bücher.de', { verified: true }],
      ['phone_number', '+49301234567', { verified: true }],
    ],
    related: { requested_tickets: 3 },
  });
  seedUser(account, {
    id: people.annaOrders,
    name: 'ANNA MULLER',
    created_at: '2024-02-20T16:05:00Z',
    shared_phone: '030 1234567 ext. 12',
    identities: [['email', 'anna+orders@xn--bcher-kva.de']],
    related: { requested_tickets: 1 },
  });

  seedUser(account, {
    id: people.suspended,
    name: 'Marcus Bell',
    suspended: true,
    created_at: '2021-02-17T12:00:00Z',
    notes: 'Suspended after repeated abusive messages.',
    identities: [['email', 'marcus.bell@example.org', { verified: true }]],
    related: { requested_tickets: 3 },
  });

  seedUser(account, {
    id: people.agentRequester,
    name: 'Priya Natarajan',
    role: 'agent',
    organization_id: 9004,
    created_at: '2020-10-01T09:00:00Z',
    identities: [['email', 'priya.natarajan@lumenbikes.example', { verified: true }]],
    related: { assigned_tickets: 57, requested_tickets: 2 },
  });

  seedUser(account, {
    id: people.manyTickets,
    name: 'Pager Relay',
    created_at: '2018-05-30T00:00:00Z',
    identities: [['email', 'alerts@monitoring.harborpine.example', { verified: true }]],
    related: { requested_tickets: 12_480 },
  });
  seedUser(account, {
    id: people.tenThousandTickets,
    name: 'Nightly Report Bot',
    created_at: '2018-06-01T00:00:00Z',
    identities: [['email', 'reports@monitoring.harborpine.example', { verified: true }]],
    related: { requested_tickets: 10_000 },
  });

  const relayIdentities: IdentitySeed[] = Array.from({ length: 250 }, (_, i) => [
    'email',
    `relay-${String(i + 1).padStart(3, '0')}@inbound.harborpine.example`,
    { verified: i % 3 === 0, undeliverable: i % 50 === 49 },
  ]);
  seedUser(account, {
    id: people.manyIdentities,
    name: 'Inbound Relay',
    created_at: '2019-01-01T00:00:00Z',
    identities: relayIdentities,
    related: { requested_tickets: 930 },
  });

  seedUser(account, {
    id: people.messagingUser,
    name: 'Sam Okafor',
    created_at: '2024-02-02T10:00:00Z',
    identities: [
      ['email', 'sam.okafor@example.org', { verified: true }],
      ['phone_number', '+447700900123', { verified: true }],
      ['messaging', '6f1c9a2e4b7d4e0c9a1b2c3d', { verified: true }],
      ['any_channel', 'channel:4417:sam-okafor', { verified: true }],
      ['foreign', 'sam.okafor@partner-desk.example', { verified: true }],
    ],
    related: { requested_tickets: 2 },
  });

  seedUser(account, {
    id: people.hostile,
    name: '<img src=x onerror=alert(1)>Mallory',
    organization_id: 9003,
    created_at: '2023-03-03T03:03:03Z',
    notes: '<script>alert("notes")</script> & "quoted" \'single\'',
    details: '"><svg onload=alert(\'details\')>',
    alias: '<iframe src="javascript:alert(1)">',
    tags: ['<i>tag</i>'],
    identities: [
      ['email', 'mallory@example.com', { verified: true }],
      ['email', 'x"><img src=x onerror=alert(3)>@example.com'],
      ['twitter', '<script>alert(1)</script>'],
      ['facebook', '"><img src=x onerror=alert(2)>'],
    ],
    related: { requested_tickets: 1 },
  });

  seedUser(account, {
    id: people.shared,
    name: 'Jordan Blake',
    shared: true,
    created_at: '2022-12-12T12:00:00Z',
    notes: 'Contact at our repair partner; synced through ticket sharing.',
    identities: [['email', 'jordan.blake@partnerdesk.example', { verified: true }]],
    related: { requested_tickets: 8 },
  });

  // Deleted in Zendesk and kept as inactive: the read answers 200 with active false, identities gone.
  seedUser(account, {
    id: people.inactiveRequester,
    name: 'Casey Morgan',
    active: false,
    created_at: '2021-09-14T10:00:00Z',
    related: { requested_tickets: 2 },
  });

  seedSeveralAccounts(account);
  seedMessagingVisitor(account);
  seedTickets();
  seedContext(account);

  function seedTickets(): void {
    seedTicket(account, { id: 501, subject: 'Wholesale order #4471 arrived with a bent fork', requester_id: people.ordinary, organization_id: 9001 });
    seedTicket(account, { id: 502, subject: 'Where is my order? (ordered with my other email)', requester_id: people.zoe, organization_id: 9002 });
    seedTicket(account, { id: 503, subject: 'Why can I no longer sign in?', requester_id: people.suspended, status: 'pending' });
    seedTicket(account, { id: 504, subject: 'Laptop charger for the repair bench', requester_id: people.agentRequester, submitter_id: staff.agent });
    seedTicket(account, { id: 505, subject: '[ALERT] Checkout latency above threshold', requester_id: people.manyTickets, status: 'new' });
    seedTicket(account, { id: 506, subject: 'Fwd: warranty claim', requester_id: people.manyIdentities });
    seedTicket(account, {
      id: 507,
      subject: '<script>alert("subject")</script> Refund please',
      description: '<img src=x onerror=alert("description")>',
      requester_id: people.hostile,
      organization_id: 9003,
    });
    seedTicket(account, { id: 508, subject: 'Old question about saddle sizes', requester_id: people.deletedRequester, status: 'solved' });
    seedTicket(account, { id: 509, subject: 'Partner repair: frame inspection', requester_id: people.shared });
    seedTicket(account, { id: 551, subject: 'Reply on WhatsApp please', requester_id: people.messagingUser });
    seedTicket(account, { id: 510, subject: 'Rechnung fehlt (invoice missing)', requester_id: people.anna });
    seedTicket(account, { id: 552, subject: 'Please delete my account', requester_id: people.inactiveRequester, status: 'solved' });
    seedTicket(account, { id: 553, subject: 'Three replies, three accounts: which one is mine?', requester_id: people.maya });
  }
}

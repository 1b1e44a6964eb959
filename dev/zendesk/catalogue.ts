// The seeded scenarios as the workbench and tests name them; scenarios.ts seeds their data.
import type { ScenarioInfo, ScenarioName } from './types.ts';

/** Fixed ids of the seeded people, for tests that need more than a scenario's requester. */
export const people = {
  ordinary: 2001,
  zoe: 2101,
  zoeShop: 2102,
  zoeStudio: 2103,
  zoeyLookalike: 2104,
  anna: 2801,
  annaOrders: 2802,
  suspended: 2201,
  agentRequester: 1004,
  manyTickets: 2301,
  tenThousandTickets: 2302,
  manyIdentities: 2401,
  hostile: 2501,
  deletedRequester: 2601,
  inactiveRequester: 2602,
  shared: 2701,
  messagingUser: 2901,
  maya: 2911,
  mayaPhone: 2912,
  mayaChat: 2913,
  mayaRelay: 2914,
  webVisitor: 2921,
  ines: 2922,
  inesOldShop: 2923,
} as const;

/**
 * Each label starts with its id in words ("Many tickets: …" for `many-tickets`), so the workbench,
 * the URL and docs/workbench.md (which lists every scenario) name a scenario the same way.
 */
export const scenarios: readonly ScenarioInfo[] = [
  {
    name: 'ordinary',
    label: 'Ordinary: a typical end user',
    ticketId: 501,
    requesterId: people.ordinary,
    description: 'Two emails, a phone, X, Facebook and Google identities, some verified; three organizations, eight requested and three CC\'d tickets.',
  },
  {
    name: 'duplicates',
    label: 'Duplicates: one person, several accounts',
    ticketId: 502,
    requesterId: people.zoe,
    description:
      'Zoë Lindqvist also exists as "Zoe Lindqvist" (Gmail dots and +tag) and "ZOE LINDQVIST" (same phone, other punctuation); "Zoey Lindholm" only looks alike.',
  },
  {
    name: 'international-duplicates',
    label: 'International duplicates: IDN domain, national phone',
    ticketId: 510,
    requesterId: people.anna,
    description:
      'Anna Müller (anna@bücher.de, +49 30 1234567) also exists as "ANNA MULLER" with the punycode domain, a +tag and a national number with an extension.',
  },
  {
    name: 'suspended',
    label: 'Suspended: the requester is suspended',
    ticketId: 503,
    requesterId: people.suspended,
    description: 'An end user who is suspended; lives in Pacific/Pago_Pago (UTC−11).',
  },
  {
    name: 'agent-requester',
    label: 'Agent requester: an agent asked',
    ticketId: 504,
    requesterId: people.agentRequester,
    description: 'The requester is an agent: agents cannot update or merge them.',
  },
  {
    name: 'many-tickets',
    label: 'Many tickets: over 10,000 requested',
    ticketId: 505,
    requesterId: people.manyTickets,
    description: 'A monitoring address that requested 12,480 tickets: too many to be merged.',
  },
  {
    name: 'many-identities',
    label: 'Many identities: 250 of them, the user read sideloads only 100',
    ticketId: 506,
    requesterId: people.manyIdentities,
    description: 'A relay address with 250 email identities: the user read sideloads only 100, the list spans three pages.',
  },
  {
    name: 'messaging-user',
    label: 'Messaging user: messaging, channel and external identities',
    ticketId: 551,
    requesterId: people.messagingUser,
    description: 'A customer who writes through messaging, with any_channel and foreign identities and one phone.',
  },
  {
    name: 'hostile-markup',
    label: 'Hostile markup: HTML and script in the profile',
    ticketId: 507,
    requesterId: people.hostile,
    description: 'Name, notes, organization, identity values and ticket subjects contain markup and script that must show as text; lives in Pacific/Kiritimati (UTC+14).',
  },
  {
    name: 'shared-user',
    label: 'Shared user: from a sharing agreement',
    ticketId: 509,
    requesterId: people.shared,
    description: 'Created by a ticket-sharing agreement with another account: cannot be merged.',
  },
  {
    name: 'deleted-requester',
    label: 'Deleted requester: deleted meanwhile',
    ticketId: 508,
    requesterId: people.deletedRequester,
    description: 'The ticket still names its requester, but that user answers 404.',
  },
  {
    name: 'deleted-inactive',
    label: 'Deleted inactive: deleted, still answers as inactive',
    ticketId: 552,
    requesterId: people.inactiveRequester,
    description: 'The requester was deleted: Zendesk still answers 200 with the user, now active: false and without identities.',
  },
  {
    name: 'new-ticket',
    label: 'New ticket: no requester yet',
    ticketId: null,
    requesterId: null,
    description: 'A ticket being created: there is no ticket id and no requester.',
  },
  {
    name: 'several-accounts',
    label: 'Several accounts: one person, four accounts, one over the ticket limit',
    ticketId: 553,
    requesterId: people.maya,
    description:
      'Maya Okonkwo also called in ("Maya O.", same phone), chatted ("maya okonkwo", same email with a +tag) and has a forwarding account "MAYA OKONKWO" with 10,450 requested tickets: that one can only be kept, never merged away.',
  },
  {
    name: 'messaging-visitor',
    label: 'Messaging visitor: the account behind Web User 5a1c',
    ticketId: 554,
    requesterId: people.webVisitor,
    description:
      'A messaging visitor ("Web User 5a1c", a messaging identity, no email or phone) writes Ines Moreau\'s address with a +tag and her number; the agent asks about ines.m@oldshop.example, another user\'s address, and notes it internally.',
  },
];

export const scenarioNames: readonly ScenarioName[] = scenarios.map((s) => s.name);

export function scenarioInfo(name: ScenarioName): ScenarioInfo {
  const info = scenarios.find((s) => s.name === name);
  if (!info) throw new Error(`Unknown scenario ${name}`);
  return info;
}

/** Every scenario lives in the same account, so merges and duplicates can reach across them. */

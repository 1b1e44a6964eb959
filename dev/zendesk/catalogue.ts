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
  shared: 2701,
  maya: 2901,
  mayaPhone: 2902,
  mayaChat: 2903,
  mayaRelay: 2904,
} as const;

export const scenarios: readonly ScenarioInfo[] = [
  {
    name: 'ordinary',
    label: 'Ordinary requester',
    ticketId: 501,
    requesterId: people.ordinary,
    description: 'Two emails, a phone, X, Facebook and Google identities, some verified; belongs to an organization.',
  },
  {
    name: 'duplicates',
    label: 'Several accounts of one person',
    ticketId: 502,
    requesterId: people.zoe,
    description:
      'Zoë Lindqvist also exists as "Zoe Lindqvist" (Gmail dots and +tag) and "ZOE LINDQVIST" (same phone, other punctuation); "Zoey Lindholm" only looks alike.',
  },
  {
    name: 'international-duplicates',
    label: 'Duplicates across spellings',
    ticketId: 510,
    requesterId: people.anna,
    description:
      'Anna Müller (anna@bücher.de, +49 30 1234567) also exists as "ANNA MULLER" with the punycode domain, a +tag and a national number with an extension.',
  },
  {
    name: 'suspended',
    label: 'Suspended requester',
    ticketId: 503,
    requesterId: people.suspended,
    description: 'An end user who is suspended.',
  },
  {
    name: 'agent-requester',
    label: 'Agent as requester',
    ticketId: 504,
    requesterId: people.agentRequester,
    description: 'The requester is an agent: agents cannot update or merge them.',
  },
  {
    name: 'many-tickets',
    label: 'More than 10,000 requested tickets',
    ticketId: 505,
    requesterId: people.manyTickets,
    description: 'A monitoring address that requested 12,480 tickets: too many to be merged.',
  },
  {
    name: 'many-identities',
    label: '500 identities',
    ticketId: 506,
    requesterId: people.manyIdentities,
    description: 'A relay address with 500 email identities: the list spans five pages.',
  },
  {
    name: 'hostile-markup',
    label: 'HTML and script in the profile',
    ticketId: 507,
    requesterId: people.hostile,
    description: 'Name, notes, organization and identity values contain markup and script that must show as text.',
  },
  {
    name: 'shared-user',
    label: 'User from a sharing agreement',
    ticketId: 509,
    requesterId: people.shared,
    description: 'Created by a ticket-sharing agreement with another account: cannot be merged.',
  },
  {
    name: 'deleted-requester',
    label: 'Requester deleted meanwhile',
    ticketId: 508,
    requesterId: people.deletedRequester,
    description: 'The ticket still names its requester, but that user answers 404.',
  },
  {
    name: 'new-ticket',
    label: 'New ticket, no requester yet',
    ticketId: null,
    requesterId: null,
    description: 'A ticket being created: there is no ticket id and no requester.',
  },
  {
    name: 'several-accounts',
    label: 'One person, four accounts (one over the ticket limit)',
    ticketId: 511,
    requesterId: people.maya,
    description:
      'Maya Okonkwo also called in ("Maya O.", same phone), chatted ("maya okonkwo", same email with a +tag) and has a forwarding account "MAYA OKONKWO" with 10,450 requested tickets: that one can only be kept, never merged away.',
  },
];

export const scenarioNames: readonly ScenarioName[] = scenarios.map((s) => s.name);

export function scenarioInfo(name: ScenarioName): ScenarioInfo {
  const info = scenarios.find((s) => s.name === name);
  if (!info) throw new Error(`Unknown scenario ${name}`);
  return info;
}

/** Every scenario lives in the same account, so merges and duplicates can reach across them. */

import { scenarioInfo, seedScenarios } from './scenarios.ts';
import { Account } from './store/account.ts';
import { seedStaff, staff } from './store/seed.ts';
import type { ScenarioName } from './types.ts';

export interface AccountOptions {
  /** Which seeded ticket the account is opened on; every scenario's data is always present. */
  scenario?: ScenarioName;
  /** Milliseconds since the epoch; rate limits and new timestamps read it. */
  now?: () => number;
}

/** A fresh account with all scenarios seeded, acting as the (non-admin) agent. */
export function createAccount(options: AccountOptions = {}): Account {
  const account = new Account({
    now: options.now ?? (() => Date.now()),
    scenario: scenarioInfo(options.scenario ?? 'ordinary'),
    actingUserId: staff.agent,
  });
  seedStaff(account);
  seedScenarios(account);
  return account;
}

export { zendeskHandlers } from './handlers.ts';
export { scenarios, scenarioNames, people } from './scenarios.ts';
export { customRoles, staff } from './store/seed.ts';
export { endpointNames, endpoints, type EndpointName } from './endpoints.ts';
export { maxRequestedTicketsToMerge } from './rules/merge.ts';
export { userUpdateLimit, defaultOrigin } from './store/account.ts';
export type { Account } from './store/account.ts';
export type { UserJson, IdentityJson } from './json/serialize.ts';
export type {
  Fault,
  FaultKind,
  IdentityType,
  RelatedCounts,
  RequestListener,
  RequestLogEntry,
  Role,
  ScenarioInfo,
  ScenarioName,
  VerificationEmail,
  ZendeskError,
} from './types.ts';

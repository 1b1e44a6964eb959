import type { EndpointName } from '../endpoints.ts';
import type { Answer } from '../json/answers.ts';
import type { Account } from '../store/account.ts';

export { isRecord } from '../util.ts';

export interface RouteContext {
  account: Account;
  url: URL;
  /** The origin the request was sent to; every url in an answer points back at it. */
  origin: string;
  params: Record<string, number>;
  /** The parsed JSON body; undefined when the request had none. */
  body: unknown;
}

export type Route = (context: RouteContext) => Answer;

export type RouteTable = Partial<Record<EndpointName, Route>>;

/** A path parameter the endpoint table guarantees; a missing one is a bug in the table. */
export function param(context: RouteContext, name: string): number {
  const value = context.params[name];
  if (value === undefined) throw new Error(`Route has no parameter ${name}`);
  return value;
}

/** Comma-separated `include` values, as Zendesk's sideloading takes them. */
export function includes(url: URL): Set<string> {
  return new Set(
    (url.searchParams.get('include') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}

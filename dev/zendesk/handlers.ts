import { http, type HttpHandler } from 'msw';
import { answerRequest } from './router/dispatch.ts';
import type { Account } from './store/account.ts';

/** A neutral silhouette, so profile photos in the account load without a network. */
const photoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#d8dcde"/>' +
  '<circle cx="32" cy="24" r="12" fill="#87929d"/><path d="M10 60c2-14 12-20 22-20s20 6 22 20z" fill="#87929d"/></svg>';

/**
 * The msw handlers that make `account` answer for Zendesk at any origin: in node
 * (`setupServer(...zendeskHandlers(account))`) and in a page (`getResponse(handlers, request)`).
 */
export function zendeskHandlers(account: Account): HttpHandler[] {
  return [
    http.all('*/api/v2/*', ({ request }) => answerRequest(account, request)),
    http.get('*/system/photos/*', () => new Response(photoSvg, { headers: { 'Content-Type': 'image/svg+xml' } })),
  ];
}

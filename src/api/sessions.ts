import { userPath } from './shape.ts';
import type { Transport } from './transport.ts';

/**
 * Ends every session the user has (Sessions API, "Bulk Delete Sessions":
 * `DELETE /api/v2/users/{user_id}/sessions`, 204 No Content). A suspended user cannot sign in
 * again, but sessions they already have last until this ends them. A write: never retried.
 */
export async function deleteSessions(t: Transport, userId: number): Promise<void> {
  await t.write('DELETE', `${userPath(userId)}/sessions.json`);
}

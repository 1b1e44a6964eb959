import { ApiError } from './error.ts';
import { ShapeError } from './guards.ts';

/** Runs a guard over a response body; a body of the wrong shape becomes a malformed ApiError. */
export function shaped<T>(method: string, path: string, guard: () => T): T {
  try {
    return guard();
  } catch (error) {
    if (error instanceof ShapeError) {
      throw new ApiError({ kind: 'malformed', status: 200, method, path, description: error.message });
    }
    throw error;
  }
}

export { userPath } from './early.ts';

/** The error for a cursor that repeats or a list that never ends: the answer cannot be Zendesk's. */
export function endlessIdentityPages(userId: number): ApiError {
  const path = `/api/v2/users/${encodeURIComponent(String(userId))}/identities.json`;
  return new ApiError({ kind: 'malformed', status: 200, method: 'GET', path, description: 'pagination does not end' });
}

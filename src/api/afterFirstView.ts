// The API operations the panel uses only after its first view: writes, searches, the ticket
// lists, the organizations list, the merge's reads. One chunk, imported when the first of them is
// called or when the panel's actions load (index.ts `laterOperations`), so the first view
// downloads only the reads it makes. Every export here but `withUserLimits` becomes an API operation;
// that one guards the writes (Zendesk's per-user update limit), so it ships with them.
export { addPrivateNote, listUserTickets } from './tickets.ts';
export { deleteSessions } from './sessions.ts';
export { autocompleteUsers, listUserOrganizations, mergeUsers, searchUsers, showManyUsers, showUser, updateUser } from './usersLater.ts';
export { createIdentity, deleteIdentity, listIdentities, makePrimary, requestVerification, updateIdentity, verifyIdentity } from './identitiesLater.ts';
export { withUserLimits } from './userLimit.ts';

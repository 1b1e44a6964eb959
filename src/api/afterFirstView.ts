// The API operations the panel uses only after its first view: writes, searches, the ticket
// lists, the organizations list, the merge's reads. One chunk, imported when the first of them is
// called or when the panel's actions load (index.ts `laterOperations`), so the first view
// downloads only the reads it makes. Every export here becomes an API operation.
export { addPrivateNote, listUserTickets } from './tickets.ts';
export { deleteSessions } from './sessions.ts';
export { autocompleteUsers, listUserOrganizations, mergeUsers, searchUsers, showManyUsers, showUser, updateUser } from './usersLater.ts';
export { createIdentity, deleteIdentity, listIdentities, makePrimary, requestVerification, updateIdentity, verifyIdentity } from './identitiesLater.ts';

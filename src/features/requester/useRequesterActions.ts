import { laterOperations } from '../../api/index.ts';
import { loadMessages } from '../../i18n/index.ts';
import { chunk } from '../../shell/chunk.ts';
import { useChunk } from '../../shell/useChunk.ts';
import type { ChunkState } from '../../shell/useChunk.ts';
import type * as Actions from './RequesterActions.tsx';

export type ActionsModule = Pick<typeof Actions, 'DetailsSlot' | 'EditableIdentities' | 'MergeOutcome' | 'Sections'>;
export type ActionsState = ChunkState<ActionsModule>;

/**
 * What the panel offers beyond the first view (RequesterActions.tsx), with the strings it shows
 * and the API operations it calls (writes, searches): ready together, so no click waits for a
 * download. Once here, every later panel has its actions from its first render.
 */
export const requesterActions = chunk(
  () => Promise.all([import('./RequesterActions.tsx'), laterOperations.load(), loadMessages('later')]),
  ([{ DetailsSlot, EditableIdentities, MergeOutcome, Sections }]): ActionsModule => ({ DetailsSlot, EditableIdentities, MergeOutcome, Sections }),
);

/**
 * The panel's actions, once `wanted` (the shell's schedule, src/shell/schedule.ts: the page
 * preloads the chunk beside the view's, so it is usually here by the time the counts paint).
 */
export function useRequesterActions(wanted: boolean): ActionsState {
  return useChunk(requesterActions, wanted);
}

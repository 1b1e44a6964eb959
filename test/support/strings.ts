import { requesterActions } from '../../src/features/requester/useRequesterActions.ts';
import { loadMessages } from '../../src/i18n/index.ts';
import { MERGE_FILES } from '../../src/i18n/mergeFiles.ts';

// In the app the panel loads these strings with its chunk; unit tests render parts directly.
await loadMessages('app');
await loadMessages('later');
await loadMessages('merge', MERGE_FILES);
// The panel's actions chunk, as the app has it once a first panel has painted (the first panel
// imports it after its counts paint: test/integration/firstView.test.tsx). Only where there is a
// page to render into: the chunk adds its styles to the page as it loads.
if (typeof document !== 'undefined') await requesterActions.load();

import { loadMergeStrings } from '../../src/features/merge/strings.ts';
import { loadMessages } from '../../src/i18n/index.ts';

// In the app the panel loads these strings with its chunk; unit tests render parts directly.
await loadMessages('app');
await loadMergeStrings();

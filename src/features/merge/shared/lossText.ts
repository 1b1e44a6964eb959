import { t } from '../../../i18n/index.ts';
import type { LostItem } from '../rules/losses.ts';
import { typeLabel } from './typeLabel.ts';

/** A lost item as one line of plain text, for the receipt note. */
export function lostText(item: LostItem): string {
  switch (item.kind) {
    case 'identity':
      return t('merge.loss.identity', { type: typeLabel(item.identity.type), value: item.identity.value });
    case 'organization':
      return item.name === null ? t('merge.loss.organizationUnnamed') : t('merge.loss.organization', { name: item.name });
    case 'notes':
      return t('merge.loss.notes');
    case 'details':
      return t('merge.loss.details');
    case 'tags':
      return t('merge.loss.tags', { tags: item.tags.join(', ') });
    case 'user-fields':
      return t('merge.loss.userFields', { count: item.count });
    case 'external-id':
      return t('merge.loss.externalId', { value: item.value });
    case 'unknown-profile-data':
      return t('merge.loss.unknown');
  }
}

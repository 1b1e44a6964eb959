import type { Identity } from '../../api/index.ts';
import { t } from '../../i18n/index.ts';
import type { ComponentType } from 'preact';
import type { RowActionsProps } from './IdentityRowActions.tsx';
import type { IdentityOperations } from './useIdentityActions.ts';
import { Value } from '../../ui/text/Value.tsx';

/** The changes a row offers, with the control that offers them (loaded after the first view). */
export interface RowOperations extends IdentityOperations {
  RowActions: ComponentType<RowActionsProps>;
}

interface Props {
  identity: Identity;
  operations: RowOperations | null;
  /** The only identity of its type: no other one can become primary after it. */
  soleOfType?: boolean;
}

/** One identity: its value, primary / verified / undeliverable in words, and its actions. */
export function IdentityRow({ identity, operations, soleOfType = false }: Props) {
  return (
    <li class="identity" data-identity-id={identity.id}>
      <Value class="identity__value" text={identity.value} />
      <span class="identity__badges">
        {identity.primary && <span class="badge badge--primary">{t('identities.primary')}</span>}
        {identity.verified
          ? <span class="badge badge--success">{t('identities.verified')}</span>
          : <span class="badge badge--muted">{t('identities.unverified')}</span>}
        {identity.undeliverable && <span class="badge badge--danger">{t('identities.undeliverable')}</span>}
      </span>
      {operations
        ? <operations.RowActions identity={identity} operations={operations} soleOfType={soleOfType} />
        // The toggle's place, kept while its code loads (and when there is nothing to offer): the
        // row wraps and stands as it will with the toggle, so nothing moves when it arrives.
        : <button type="button" class="identity__toggle identity__toggle--slot" disabled aria-hidden="true" tabIndex={-1}>⋯</button>}
    </li>
  );
}

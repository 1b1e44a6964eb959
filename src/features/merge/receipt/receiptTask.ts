import type { User, ZendeskApi } from '../../../api/index.ts';
import type { HostClient } from '../../../host/types.ts';
import type { Agent } from '../../permissions/agent.ts';
import { settingOn } from '../../permissions/permissions.ts';
import { receiptBody } from './receipt.ts';
import type { MergeFacts } from './receipt.ts';
import type { ReceiptTask } from '../types.ts';

interface Run {
  agent: Pick<Agent, 'id' | 'locale'>;
  merges: readonly MergeFacts[];
  notMerged?: readonly User[];
  at: Date;
}

async function agentName(host: HostClient): Promise<string | null> {
  try {
    const name = await host.get('currentUser.name');
    return typeof name === 'string' && name.trim() !== '' ? name : null;
  } catch {
    return null;
  }
}

/**
 * What to do about the receipt of a merge run that has happened (one note for the whole run).
 * Only a saved ticket can take a note: the user sidebar has no ticket, and a new ticket does
 * not exist in Zendesk until it is submitted. The note is written with the facts as they were
 * at the merge, however late the agent asks for it again; the agent's name is asked of the host
 * then, not at start-up, so the first paint does not carry it.
 */
export function receiptTask(api: ZendeskApi, host: HostClient, run: Run): ReceiptTask {
  if (!settingOn(host.settings, 'merge_receipt', true)) return { kind: 'skipped', why: 'turned-off' };
  const { ticketId, location } = host.context;
  if (ticketId === null || location !== 'ticket_sidebar') return { kind: 'skipped', why: 'no-ticket' };
  let name: Promise<string | null> | undefined;
  return {
    kind: 'note',
    ticketId,
    async write() {
      name ??= agentName(host);
      const body = receiptBody({ ...run, agent: { id: run.agent.id, name: await name, locale: run.agent.locale } });
      await api.addPrivateNote(ticketId, body);
    },
  };
}

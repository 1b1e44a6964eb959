import manifest from '../../manifest.json';
import type { HostSide, PathOutcome } from './protocol.ts';
import { relay } from './relay.ts';
import { ACCOUNT_ORIGIN } from './workbench.ts';
import type { Workbench } from './workbench.ts';
import { readPath, zafAccount, zafCurrentUser, zafTicket, zafUser } from './zafData.ts';
import type { Json } from './zafData.ts';

/** Which installed app this is; zcli's server names its own ids, a direct app gets fixed ones. */
export interface Installation {
  appId: number;
  installationId: number | string;
}

export interface FrameControl {
  resize(height: string | number | null): void;
  show(visible: boolean): void;
}

/** Another ticket tab's ticket and requester, fixed: the agent opened it beside the workbench's own. */
export interface TicketTab {
  ticketId: number | null;
  requesterId: number | null;
}

// The SDK puts the path in front of the message itself (`"ticket.foo" is not available …`).
function unavailable(location: string): PathOutcome {
  return { error: { name: 'APIUnavailable', message: `is not available in the ${location} location` } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toJson(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
}

/** Answers the app's get/set/invoke/request from the workbench's state, the way the agent workspace would. */
export function createHostSide(workbench: Workbench, installation: Installation, frame: FrameControl, tab?: TicketTab): HostSide {
  const location = () => workbench.state.location;
  const ticketId = () => (tab ? tab.ticketId : workbench.ticketId);
  const requesterId = () => (tab ? tab.requesterId : workbench.requesterId);

  const root = (): { [key: string]: Json } => {
    const { account, state } = workbench;
    const tree: { [key: string]: Json } = {
      currentUser: zafCurrentUser(account, state.locale, ACCOUNT_ORIGIN),
      currentAccount: zafAccount(),
      // ZAF, "Dark mode": the `colorScheme` property, "light" or "dark".
      colorScheme: state.scheme,
    };
    const person = requesterId();
    if (state.location === 'user_sidebar') {
      tree['user'] = person === null ? null : zafUser(account, person, ACCOUNT_ORIGIN);
    } else {
      const view = { ticketId: ticketId(), requesterId: person, edits: tab ? {} : workbench.ticketEdits };
      tree['ticket'] = zafTicket(account, view, ACCOUNT_ORIGIN);
    }
    return tree;
  };

  return {
    registered(appGuid) {
      const { state } = workbench;
      const context: { [key: string]: Json } = {
        product: 'support',
        location: state.location,
        account: { subdomain: 'workbench' },
        instanceGuid: appGuid,
      };
      if (state.location !== 'user_sidebar') context['ticketId'] = ticketId();
      else context['userId'] = requesterId();
      return {
        context,
        metadata: {
          appId: installation.appId,
          installationId: installation.installationId,
          name: manifest.name,
          version: manifest.version,
          settings: { title: manifest.name, ...state.settings },
        },
      };
    },

    get(path) {
      if (workbench.unreadablePaths.has(path)) return { error: { name: 'APIUnavailable', message: 'could not be read' } };
      const found = readPath(root(), path);
      return found.found ? { value: found.value } : unavailable(location());
    },

    set(path, value) {
      // Another tab's ticket is not drawn here: its app reads, and changes nothing on the page's ticket.
      if (tab || location() === 'user_sidebar' || !path.startsWith('ticket.')) return unavailable(location());
      const field = path.slice('ticket.'.length);
      if (field === 'requester') {
        const id = isRecord(value) ? Number(value['id']) : NaN;
        if (!workbench.account.users.has(id)) {
          return { error: { name: 'InvalidValue', message: 'needs { id } of a user in the account' } };
        }
        workbench.setRequester(id);
        return { value: toJson(value) };
      }
      if (field.includes('.') || (value !== null && typeof value === 'object')) return unavailable(location());
      workbench.editTicket(field, toJson(value));
      return { value: toJson(value) };
    },

    invoke(name, args) {
      if (name === 'resize') {
        const size = isRecord(args[0]) ? args[0] : {};
        const height = size['height'];
        frame.resize(typeof height === 'string' || typeof height === 'number' ? height : null);
        frame.show(true);
        return { value: null };
      }
      if (name === 'notify') {
        workbench.notify(String(args[0] ?? ''), typeof args[1] === 'string' ? args[1] : 'notice');
        return { value: null };
      }
      if (name === 'routeTo') {
        workbench.routeTo(args.map(toJson));
        return { value: null };
      }
      if (name === 'app.show' || name === 'app.hide') {
        frame.show(name === 'app.show');
        return { value: null };
      }
      return unavailable(location());
    },

    async request(options) {
      workbench.requestStarted();
      try {
        return await relay(workbench.handlers, ACCOUNT_ORIGIN, options);
      } finally {
        workbench.requestEnded();
      }
    },
  };
}

import { connectBridge } from './protocol.ts';
import type { Bridge } from './protocol.ts';
import { createHostSide } from './hostSide.ts';
import type { Installation, TicketTab } from './hostSide.ts';
import type { AppSource } from './source.ts';
import type { Workbench } from './workbench.ts';
import { frameAddress } from './workspace.ts';

export interface ResolvedApp extends Installation {
  /** The app's page for the location, before Zendesk adds `origin` and `app_guid`. */
  pageUrl: string;
}

/** Fixed, as an installed app's ids do not change between visits. */
const DIRECT_INSTALLATION: Installation = { appId: 424242, installationId: 4242 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Finds the app's page as Zendesk does with `?zcli_apps=true`: from the app server's
 * `/app.json`, the first installation's app and the location's url inside its folder.
 */
async function fromZcli(server: string, location: string): Promise<ResolvedApp> {
  const response = await fetch(new URL('/app.json', server));
  if (!response.ok) throw new Error(`${server}/app.json answered ${response.status}`);
  const json: unknown = await response.json();
  const installations = isRecord(json) && Array.isArray(json['installations']) ? json['installations'] : [];
  const apps = isRecord(json) && Array.isArray(json['apps']) ? json['apps'] : [];
  const installation: unknown = installations[0];
  const app: unknown = apps[0];
  if (!isRecord(installation) || !isRecord(app)) throw new Error(`${server}/app.json lists no app`);
  const appId = String(installation['app_id']);
  const locations = isRecord(app['locations']) && isRecord(app['locations']['support']) ? app['locations']['support'] : {};
  const entry = locations[location];
  const relative = isRecord(entry) && typeof entry['url'] === 'string' ? entry['url'] : 'assets/iframe.html';
  const id = installation['id'];
  return {
    pageUrl: new URL(relative, `${server}/${appId}/`).href,
    appId: Number(appId),
    installationId: typeof id === 'string' || typeof id === 'number' ? id : 0,
  };
}

export async function resolveApp(source: AppSource, location: string): Promise<ResolvedApp> {
  if (source.kind === 'zcli') return fromZcli(source.server, location);
  return { ...DIRECT_INSTALLATION, pageUrl: new URL('iframe.html', source.url.endsWith('/') ? source.url : `${source.url}/`).href };
}

export interface MountedApp {
  iframe: HTMLIFrameElement;
  bridge: Bridge;
  /** The height the app last asked for, and how many of its resizes are not applied yet. */
  height(): { asked: string | null; applied: string; pending: number };
  unmount(): void;
}

/**
 * Frames the app as the agent workspace does: another origin, `origin`, `app_guid` and
 * `colorScheme` in the query. With `tab`, it is the app instance of another ticket tab: it answers
 * from that tab's ticket, and the workbench's events go to the main tab's instance only.
 */
export function mountApp(container: HTMLElement, app: ResolvedApp, workbench: Workbench, tab?: TicketTab): MountedApp {
  const appGuid = crypto.randomUUID();
  const src = frameAddress(app.pageUrl, window.location.origin, appGuid, workbench.state.scheme);
  const iframe = document.createElement('iframe');
  iframe.src = src.href;
  iframe.title = 'Requester Toolkit';
  iframe.name = `app_Requester-Toolkit_${workbench.state.location}_${appGuid}`;
  iframe.className = 'app-frame app-frame--waiting';
  // Zendesk's sandbox for app iframes: same-origin for the app's own storage, no top navigation.
  iframe.setAttribute('sandbox', 'allow-forms allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-modals allow-downloads');
  iframe.dataset['appGuid'] = appGuid;

  let asked: string | null = null;
  let pending = 0;
  let latest = 0;
  const host = createHostSide(workbench, app, {
    resize(height) {
      if (height === null) return;
      const css = typeof height === 'number' ? `${height}px` : height;
      const mine = ++latest;
      asked = css;
      pending++;
      const apply = () => {
        pending--;
        // A late resize never undoes a later one (the workspace applies the last height asked).
        if (mine !== latest) return;
        iframe.style.height = css;
        iframe.classList.remove('app-frame--waiting');
      };
      const late = workbench.resizeFault?.ms ?? 0;
      if (late > 0) setTimeout(apply, late);
      else apply();
    },
    show(visible) {
      iframe.hidden = !visible;
    },
  }, tab);
  const bridge = connectBridge(iframe, src.origin, {
    ...host,
    saw(direction, message) {
      const key = message['key'];
      if (direction === 'in' && typeof key === 'string' && /^iframe\.(on|off):/.test(key)) {
        // After the bridge counted it, so the list drawn is current.
        queueMicrotask(() => workbench.subscriptionsChanged());
      }
    },
  });
  if (!tab) workbench.app = bridge;
  container.replaceChildren(iframe);
  return {
    iframe,
    bridge,
    height: () => ({ asked, applied: iframe.style.height, pending }),
    unmount() {
      bridge.close();
      if (workbench.app === bridge) workbench.app = null;
      iframe.remove();
    },
  };
}

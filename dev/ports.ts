/** The workbench page's port when `PORT` is not set. */
export const DEFAULT_HOST_PORT = 4400;
/** The app's port when `APP_PORT` is not set (the Vite server or the built bundle). */
export const DEFAULT_APP_PORT = 4401;
/** `zcli apps:server`'s own default port, kept so `?zcli_apps=true` habits carry over. */
export const DEFAULT_ZCLI_PORT = 4567;

export interface StartPorts {
  /** Where the workbench page listens (`PORT`). */
  host: number;
  /** Where the app is served (`APP_PORT`). */
  app: number;
}

/**
 * Reads `PORT` and `APP_PORT` from `env`, falling back to fixed defaults so the printed URL stays
 * the same between runs. Throws an Error naming the variable when a value is not a port
 * (an integer from 1 to 65535), or when both name the same port.
 */
export function portsFrom(env: Readonly<Record<string, string | undefined>>, app: 'dev' | 'built' | 'zcli'): StartPorts {
  const host = portOf(env, 'PORT', DEFAULT_HOST_PORT);
  const appPort = portOf(env, 'APP_PORT', app === 'zcli' ? DEFAULT_ZCLI_PORT : DEFAULT_APP_PORT);
  if (host === appPort) throw new Error(`PORT and APP_PORT are both ${host}: the page and the app need a port each`);
  return { host, app: appPort };
}

function portOf(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name}=${raw} is not a port: use a whole number from 1 to 65535`);
  }
  return port;
}

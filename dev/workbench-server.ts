import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getResponse } from 'msw';
import { build, createServer, preview } from 'vite';
import type { InlineConfig, LogLevel, Plugin } from 'vite';
import type { AppSource } from './host/source.ts';
import { createAccount, zendeskHandlers } from './zendesk/index.ts';

export interface WorkbenchOptions {
  /**
   * `dev`: the app from source with HMR; `built`: a production-like bundle (`--mode workbench`),
   * which is what tests and benchmarks should measure; `zcli`: that bundle served by `zcli apps:server`.
   */
  app: 'dev' | 'built' | 'zcli';
  /** The workbench page's port; a free one when not given. */
  hostPort?: number;
  /** The app's port; a free one when not given, except for `zcli` (zcli's default, 4567). */
  appPort?: number;
  quiet?: boolean;
}

export interface Workbench {
  /** The agent-workspace page; add `?scenario=…` and friends to start in a known state. */
  hostUrl: string;
  /** The origin the app is served from (never the host's: apps are always cross-origin). */
  appUrl: string;
  close(): Promise<void>;
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const configFile = join(projectRoot, 'vite.config.ts');
const ZCLI_PORT = 4567;
/** zcli's app.json names the app by this id; any positive number will do. */
const ZCLI_APP_ID = 4242;

/** Fails with "Port N is already in use" when something listens on `port`, as Vite's strictPort does. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((done, reject) => {
    const server = createNetServer();
    server.once('error', () => reject(new Error(`Port ${port} is already in use`)));
    // Every interface, since zcli listens on all of them.
    server.listen(port, () => server.close(() => done()));
  });
}

function freePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** The app's own vite.config.ts, with paths made absolute so any working directory will do. */
function appConfig(mode: string, logLevel: LogLevel, outDir?: string): InlineConfig {
  return {
    configFile,
    mode,
    logLevel,
    root: join(projectRoot, 'src'),
    build: {
      ...(outDir === undefined ? {} : { outDir, emptyOutDir: true }),
      rollupOptions: { input: join(projectRoot, 'src', 'iframe.html') },
    },
  };
}

/**
 * Builds the app as Zendesk gets it (manifest.json, translations/, assets/) but in `workbench`
 * mode: minified like production, yet accepting a localhost host.
 */
async function buildApp(packageDir: string, logLevel: LogLevel): Promise<void> {
  await build(appConfig('workbench', logLevel, join(packageDir, 'assets')));
}

interface Closable {
  close(): Promise<void>;
}

async function startZcli(packageDir: string, port: number, quiet: boolean): Promise<Closable> {
  // Without a value for every parameter, `apps:server` stops to ask for them on the terminal.
  const manifest: unknown = JSON.parse(await readFile(join(packageDir, 'manifest.json'), 'utf8'));
  const parameters: Record<string, unknown> = {};
  const list = typeof manifest === 'object' && manifest !== null && 'parameters' in manifest ? manifest.parameters : [];
  for (const parameter of Array.isArray(list) ? list : []) {
    if (typeof parameter === 'object' && parameter !== null && 'name' in parameter && typeof parameter.name === 'string') {
      parameters[parameter.name] = 'default' in parameter ? parameter.default : '';
    }
  }
  await writeFile(join(packageDir, 'zcli.apps.config.json'), `${JSON.stringify({ app_id: ZCLI_APP_ID, parameters }, null, 2)}\n`);

  const bin = join(projectRoot, 'node_modules', '@zendesk', 'zcli', 'bin', 'run');
  const child = spawn(process.execPath, [bin, 'apps:server', packageDir, '--port', String(port)], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (!quiet) process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '[zcli] '));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Whatever ends this process (an uncaught error, a second Ctrl-C), the server must not outlive it.
  const killNow = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killNow);

  const closeChild = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    process.off('exit', killNow);
  };
  try {
    await waitForZcli(child, `http://localhost:${port}/app.json`, () => output);
  } catch (error) {
    await closeChild();
    throw error;
  }
  return { close: closeChild };
}

async function waitForZcli(child: ChildProcess, url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`zcli apps:server exited with ${child.exitCode}:\n${output()}`);
    const ready = await fetch(url).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`zcli apps:server did not answer ${url} within a minute:\n${output()}`);
}

/** Starts the app's server for `mode`; resolves with its origin and how to stop it. */
async function startApp(options: WorkbenchOptions, logLevel: LogLevel): Promise<{ source: AppSource; appUrl: string; server: Closable }> {
  const host = '127.0.0.1';
  if (options.app === 'dev') {
    const port = options.appPort ?? (await freePort(host));
    const config = appConfig('development', logLevel);
    const server = await createServer({ ...config, server: { host, port, strictPort: true } });
    await server.listen();
    const appUrl = `http://${host}:${port}`;
    return { source: { kind: 'url', url: `${appUrl}/` }, appUrl, server };
  }
  if (options.app === 'built') {
    const outDir = join(projectRoot, 'tmp', 'workbench-app', 'assets');
    await buildApp(resolve(outDir, '..'), logLevel);
    const port = options.appPort ?? (await freePort(host));
    const server = await preview({ ...appConfig('workbench', logLevel, outDir), preview: { host, port, strictPort: true, open: false } });
    const appUrl = `http://${host}:${port}`;
    return { source: { kind: 'url', url: `${appUrl}/` }, appUrl, server: { close: () => server.close() } };
  }
  const packageDir = join(projectRoot, 'tmp', 'zcli-app');
  await mkdir(packageDir, { recursive: true });
  await buildApp(packageDir, logLevel);
  const port = options.appPort ?? ZCLI_PORT;
  // zcli would fail late, and another server on the port would answer its readiness check.
  await assertPortFree(port);
  const server = await startZcli(packageDir, port, options.quiet ?? false);
  const appUrl = `http://localhost:${port}`;
  return { source: { kind: 'zcli', server: appUrl }, appUrl, server };
}

/**
 * Tells the page where the app is, in the page itself rather than through `define`: every
 * workbench then has the same config, so they share pre-bundled deps instead of rebuilding them.
 */
function announceApp(source: AppSource): Plugin {
  return {
    name: 'workbench-app-source',
    transformIndexHtml: () => [{
      tag: 'script',
      attrs: { type: 'application/json', id: 'workbench-app' },
      children: JSON.stringify(source).replace(/</g, '\\u003c'),
      injectTo: 'head',
    }],
  };
}

/**
 * Serves the account's profile photos (`/system/photos/…`) from the page's own origin, answered
 * by the same handlers as the API: Zendesk serves them from the account's host, which here
 * (workbench.zendesk.com) no browser can reach, and every photo would be a console error.
 */
function servePhotos(): Plugin {
  const handlers = zendeskHandlers(createAccount());
  return {
    name: 'workbench-photos',
    configureServer(server) {
      server.middlewares.use('/system/photos/', (request, response, next) => {
        const url = new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost');
        void getResponse(handlers, new Request(url, { method: request.method ?? 'GET' })).then(async (answer) => {
          if (!answer) return next();
          response.statusCode = answer.status;
          answer.headers.forEach((value, name) => response.setHeader(name, value));
          response.end(Buffer.from(await answer.arrayBuffer()));
        }, next);
      });
    },
  };
}

/** Starts the app and the agent-workspace page that frames it, each on its own origin. */
export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const logLevel: LogLevel = options.quiet ? 'error' : 'info';
  const app = await startApp(options, logLevel);
  try {
    const port = options.hostPort ?? (await freePort('localhost'));
    const hostServer = await createServer({
      configFile: false,
      root: join(projectRoot, 'dev', 'host'),
      // Its own cache: sharing the app server's pre-bundled deps makes each invalidate the other's.
      cacheDir: join(projectRoot, 'node_modules', '.vite', 'workbench-host'),
      logLevel,
      clearScreen: false,
      plugins: [announceApp(app.source), servePhotos()],
      server: { host: 'localhost', port, strictPort: true, fs: { allow: [projectRoot] } },
    });
    await hostServer.listen();
    return {
      hostUrl: `http://localhost:${port}/`,
      appUrl: app.appUrl,
      async close() {
        await Promise.allSettled([hostServer.close(), app.server.close()]);
      },
    };
  } catch (error) {
    await app.server.close();
    throw error;
  }
}

import { portsFrom } from './ports.ts';
import { scenarios } from './zendesk/index.ts';
import { startWorkbench } from './workbench-server.ts';
import type { Workbench } from './workbench-server.ts';

const zcli = process.argv.includes('--zcli');
const built = process.argv.includes('--built');
const app = zcli ? 'zcli' : built ? 'built' : 'dev';
/** How long closing the servers may take before the process exits anyway. */
const CLOSE_TIMEOUT_MS = 10_000;

let workbench: Workbench | null = null;
let closing = false;

/**
 * Stops every server and child process, then exits. Later signals are ignored: Ctrl-C in a
 * terminal reaches npm, tsx and this process at once, and each passes it on.
 */
async function stop(code: number): Promise<void> {
  if (closing) return;
  closing = true;
  const timer = setTimeout(() => {
    console.error('The servers did not close within 10 s; exiting anyway.');
    process.exit(code || 1);
  }, CLOSE_TIMEOUT_MS);
  await workbench?.close();
  clearTimeout(timer);
  process.exit(code);
}
// Registered before anything starts, so a signal during start-up also stops what was started.
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const ports = portsFrom(process.env, app);
  workbench = await startWorkbench({ app, hostPort: ports.host, appPort: ports.app });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n  npm start could not start: ${message}`);
  if (/in use|EADDRINUSE/i.test(message)) {
    console.error('  Another program holds that port: set PORT (the workbench page) or APP_PORT (the app), e.g. PORT=4410 APP_PORT=4411 npm start');
  }
  await stop(1);
}

if (workbench && !closing) {
  const scenario = scenarios[0]?.name ?? 'ordinary';
  console.log(`
  Workbench  ${workbench.hostUrl}?scenario=${scenario}&location=ticket_sidebar   (open this in a browser; port from PORT)
  App        ${workbench.appUrl}   (${zcli ? 'zcli apps:server' : built ? 'built bundle' : 'Vite dev server, reloads on save'}; port from APP_PORT)

  Scenarios: ${scenarios.map((s) => s.name).join(', ')}
  Press Ctrl-C to stop.
`);
}

import { scenarios } from './zendesk/index.ts';
import { startWorkbench } from './workbench-server.ts';

const zcli = process.argv.includes('--zcli');
const built = process.argv.includes('--built');

const workbench = await startWorkbench({ app: zcli ? 'zcli' : built ? 'built' : 'dev' });
const scenario = scenarios[0]?.name ?? 'ordinary';

console.log(`
  Workbench  ${workbench.hostUrl}?scenario=${scenario}&location=ticket_sidebar
  App        ${workbench.appUrl} (${zcli ? 'zcli apps:server' : built ? 'built bundle' : 'Vite dev server, reloads on save'})

  Scenarios: ${scenarios.map((s) => s.name).join(', ')}
  Press Ctrl-C to stop.
`);

let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await workbench.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

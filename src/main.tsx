import { render } from 'preact';
import { createApi } from './api/index.ts';
import { App } from './App.tsx';
import { connectToHost } from './host/zaf.ts';
import { toAgent } from './features/permissions/agent.ts';
import { applyLocale } from './locale.ts';
import { Unavailable } from './Unavailable.tsx';
import './styles.css';

async function start(root: HTMLElement): Promise<void> {
  const host = await connectToHost({
    href: window.location.href,
    allowLocalOrigins: __DEV_HOSTS__,
    registerTimeoutMs: 10_000,
  });
  if ('reason' in host) {
    render(<Unavailable why={host} />, root);
    return;
  }
  const agent = toAgent(await host.get('currentUser').catch(() => null));
  applyLocale(agent.locale);
  render(<App host={host} api={createApi(host)} agent={agent} />, root);
}

const root = document.getElementById('root');
if (root) void start(root);

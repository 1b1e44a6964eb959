import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** A port nobody listens on right now, on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Whether `port` can be bound on `host` again, i.e. whoever listened there is gone. */
function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Every live process below `root`, read from /proc (Linux). */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces; the parent id is the second field after it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [pid, ppid] of parents) if (ppid === parent && !found.includes(pid)) { found.push(pid); queue.push(pid); }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

let started: ChildProcess | null = null;

afterEach(() => {
  // Whatever the test did, leave nothing running: the whole process group goes.
  const pid = started?.pid;
  started = null;
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Nothing left in the group.
  }
});

async function startServer(): Promise<{ child: ChildProcess; pid: number; host: number; app: number; output: () => string }> {
  const [host, app] = [await freePort(), await freePort()];
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(host), APP_PORT: String(app) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  started = child;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  if (child.pid === undefined) throw new Error('npm start did not start');
  await until(() => output.includes(`http://localhost:${host}/`) && output.includes(`http://127.0.0.1:${app}`), 90_000, `the printed URLs in:\n${output}`);
  return { child, pid: child.pid, host, app, output: () => output };
}

describe('npm start', () => {
  it.each([
    ['SIGTERM to npm alone', (pid: number) => process.kill(pid, 'SIGTERM')],
    ['SIGINT to the whole group, as Ctrl-C in a terminal', (pid: number) => process.kill(-pid, 'SIGINT')],
  ])('prints both URLs on the given ports and stops every child on %s', async (_, signal) => {
    const server = await startServer();
    const page = await fetch(`http://localhost:${server.host}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('workbench-app');
    const children = descendants(server.pid);
    expect(children.length).toBeGreaterThan(0);

    const exited = new Promise<boolean>((resolve) => server.child.once('exit', () => resolve(true)));
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000));
    signal(server.pid);
    // npm answers SIGINT with 130 of its own, so the claim is that it ends, not how.
    expect(await Promise.race([exited, timeout])).toBe(true);

    await until(() => children.every((pid) => !alive(pid)), 15_000, `children ${children.join(', ')} to end`);
    expect(await canListen(server.host, 'localhost')).toBe(true);
    expect(await canListen(server.app, '127.0.0.1')).toBe(true);
  }, 150_000);
});

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface ServedFolder {
  /** The folder's origin, with a trailing slash. */
  url: string;
  /** The file a URL of this server answers with, or undefined for another server's URL. */
  fileOf(url: string): string | undefined;
  /** Every answer waits this long first (a CDN's round trip); 0 answers at once. */
  setDelay(ms: number): void;
  close(): Promise<void>;
}

function pathOf(url: string): string {
  return normalize(decodeURIComponent(new URL(url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
}

/**
 * A static file server on loopback for one built folder. Answers are never cached by the
 * browser (each load downloads its files, as a first visit does), optionally after a delay.
 */
export function serveFolder(root: string): Promise<ServedFolder> {
  let delayMs = 0;
  const server: Server = createServer((request, response) => {
    const path = pathOf(request.url ?? '/');
    const answer = () => readFile(join(root, path)).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
    if (delayMs > 0) setTimeout(answer, delayMs);
    else void answer();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        fileOf: (fetched) => (fetched.startsWith(url) ? join(root, pathOf(fetched)) : undefined),
        setDelay: (ms) => { delayMs = ms; },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

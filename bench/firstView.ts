import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { ServedFolder } from './serve.ts';

export interface FirstView {
  rows: { path: string; gzip: number }[];
  gzip: number;
}

/**
 * The bytes of the first view: each file the frame fetched (from its resource timing) until the
 * counts and identities were painted, gzip -9 as a CDN would serve it. Query strings are the
 * host's (origin, app_guid), not part of the file.
 */
export async function firstViewBytes(urls: readonly string[], server: ServedFolder): Promise<FirstView> {
  const rows: FirstView['rows'] = [];
  for (const url of new Set(urls.map((each) => each.replace(/[?#].*$/, '')))) {
    const file = server.fileOf(url);
    if (file === undefined) continue;
    const bytes = await readFile(file);
    rows.push({ path: url.slice(server.url.length) || '/', gzip: gzipSync(bytes, { level: 9 }).byteLength });
  }
  return { rows, gzip: rows.reduce((sum, row) => sum + row.gzip, 0) };
}

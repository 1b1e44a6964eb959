/** Where the app under test is served: an origin serving `iframe.html`, or a `zcli apps:server`. */
export type AppSource =
  | { kind: 'url'; url: string }
  | { kind: 'zcli'; server: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads what the server wrote into the page (`<script id="workbench-app">`); `?app=<url>` wins. */
export function appSourceOf(doc: Document, search: string): AppSource {
  const override = new URLSearchParams(search).get('app');
  if (override) return { kind: 'url', url: override };
  const raw: unknown = JSON.parse(doc.getElementById('workbench-app')?.textContent ?? 'null');
  if (isRecord(raw) && raw['kind'] === 'zcli' && typeof raw['server'] === 'string') return { kind: 'zcli', server: raw['server'] };
  if (isRecord(raw) && raw['kind'] === 'url' && typeof raw['url'] === 'string') return { kind: 'url', url: raw['url'] };
  throw new Error('This page names no app to load: open it through startWorkbench() or add ?app=<url>');
}

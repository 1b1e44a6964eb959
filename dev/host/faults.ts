import { endpointNames } from '../zendesk/index.ts';
import type { EndpointName, Fault } from '../zendesk/index.ts';
import { el, field, replaceChildren, select } from './dom.ts';
import type { Workbench, WorkbenchFault } from './workbench.ts';

type Kind = Fault['kind'];
type Target = EndpointName | '*' | 'resize';

interface Draft {
  endpoint: Target;
  kind: Kind;
  apply: 'once' | 'always';
  ms: number;
  status: number;
  retryAfter: string;
  shape: 'invalid-json' | 'wrong-shape';
  committed: boolean;
}

const draft: Draft = {
  endpoint: 'users.show', kind: 'status', apply: 'once', ms: 3000, status: 503, retryAfter: '', shape: 'invalid-json', committed: false,
};

function toFault(d: Draft): WorkbenchFault {
  // The workspace's resize can only be late.
  if (d.endpoint === 'resize') return { endpoint: 'resize', kind: 'latency', ms: d.ms };
  const base = { endpoint: d.endpoint, apply: d.apply } as const;
  switch (d.kind) {
    case 'latency':
      return { ...base, kind: 'latency', ms: d.ms };
    case 'hang':
      return { ...base, kind: 'hang' };
    case 'malformed':
      return { ...base, kind: 'malformed', shape: d.shape, committed: d.committed };
    case 'status': {
      const seconds = Number(d.retryAfter);
      return d.retryAfter.trim() !== '' && Number.isFinite(seconds)
        ? { ...base, kind: 'status', status: d.status, committed: d.committed, retryAfterSeconds: seconds }
        : { ...base, kind: 'status', status: d.status, committed: d.committed };
    }
  }
}

export function describeFault(fault: WorkbenchFault): string {
  if (fault.endpoint === 'resize') return `the frame's resize: +${fault.ms} ms — always`;
  const what = fault.kind === 'latency' ? `+${fault.ms} ms`
    : fault.kind === 'status' ? `${fault.status}${fault.retryAfterSeconds === undefined ? '' : `, Retry-After ${fault.retryAfterSeconds}`}`
      : fault.kind === 'malformed' ? `malformed (${fault.shape})` : 'hang';
  const committed = 'committed' in fault && fault.committed ? ', after the change is made' : '';
  return `${fault.endpoint}: ${what}${committed} — ${fault.apply ?? 'always'}`;
}

function numberInput(value: number, onChange: (n: number) => void, testId: string): HTMLInputElement {
  const input = el('input', { attrs: { type: 'number', value, 'data-testid': testId }, on: { change: () => onChange(Number(input.value)) } });
  return input;
}

/** Makes one endpoint slow, fail or lie, to see how the app copes. */
export function renderFaults(root: HTMLElement, workbench: Workbench): void {
  const redraw = () => renderFaults(root, workbench);
  const active = workbench.faults;
  const kindFields: HTMLElement[] = [];
  if (draft.kind === 'latency') kindFields.push(field('Delay (ms)', numberInput(draft.ms, (n) => { draft.ms = n; }, 'fault-ms')));
  if (draft.kind === 'status') {
    kindFields.push(field('Status', numberInput(draft.status, (n) => { draft.status = n; }, 'fault-status')));
    const retry = el('input', {
      attrs: { type: 'text', value: draft.retryAfter, placeholder: 'seconds', 'data-testid': 'fault-retry-after' },
      on: { change: () => { draft.retryAfter = retry.value; } },
    });
    kindFields.push(field('Retry-After', retry));
  }
  if (draft.kind === 'malformed') {
    kindFields.push(field('Shape', select([
      { value: 'invalid-json', label: 'Invalid JSON' },
      { value: 'wrong-shape', label: 'Wrong shape' },
    ] as const, draft.shape, (shape) => { draft.shape = shape; })));
  }
  if (draft.kind === 'status' || draft.kind === 'malformed') {
    const box = el('input', { attrs: { type: 'checkbox', checked: draft.committed }, on: { change: () => { draft.committed = box.checked; } } });
    kindFields.push(el('label', { class: 'check' }, box, 'Make the change, then lose the answer'));
  }

  replaceChildren(root,
    el('h2', {}, 'Faults'),
    el('div', { class: 'fault-form' },
      field('Endpoint', select<Target>([{ value: '*', label: 'every endpoint' }, ...endpointNames.map((name) => ({ value: name, label: name })), { value: 'resize', label: "the frame's resize (latency)" }],
        draft.endpoint, (endpoint) => { draft.endpoint = endpoint; }, { 'data-testid': 'fault-endpoint' })),
      field('Kind', select<Kind>([
        { value: 'status', label: 'HTTP status' },
        { value: 'latency', label: 'Latency' },
        { value: 'malformed', label: 'Malformed body' },
        { value: 'hang', label: 'Never answers' },
      ], draft.kind, (kind) => { draft.kind = kind; redraw(); }, { 'data-testid': 'fault-kind' })),
      ...kindFields,
      field('Apply', select([
        { value: 'once', label: 'Once' },
        { value: 'always', label: 'Always' },
      ] as const, draft.apply, (apply) => { draft.apply = apply; })),
      el('button', {
        attrs: { type: 'button', 'data-testid': 'fault-add' },
        on: { click: () => { workbench.setFaults([...active, toFault(draft)]); redraw(); } },
      }, 'Add fault'),
    ),
    active.length === 0
      ? el('p', { class: 'muted' }, 'No faults: every endpoint answers as Zendesk would.')
      : el('ul', { class: 'fault-list', attrs: { 'data-testid': 'faults' } },
        ...active.map((fault) => el('li', {},
          describeFault(fault), ' ',
          el('button', {
            class: 'link',
            attrs: { type: 'button' },
            on: { click: () => { workbench.setFaults(active.filter((f) => f !== fault)); redraw(); } },
          }, 'remove'),
        )),
      ),
  );
}

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes as written in HTML; `false` or `undefined` leaves one out. */
  attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** A small element factory, so the controls read as a tree without a framework. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    node.addEventListener(type, listener as EventListener);
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

export function select<T extends string>(
  options: ReadonlyArray<{ value: T; label: string }>,
  value: T,
  onChange: (value: T) => void,
  attrs: Props['attrs'] = {},
): HTMLSelectElement {
  const node = el('select', { attrs, on: { change: () => onChange(node.value as T) } },
    ...options.map((option) => el('option', { attrs: { value: option.value, selected: option.value === value } }, option.label)),
  );
  return node;
}

export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return el('label', { class: 'field' }, el('span', { class: 'field__label' }, label), control,
    hint ? el('span', { class: 'field__hint' }, hint) : null);
}

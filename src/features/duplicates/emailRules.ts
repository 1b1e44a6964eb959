/**
 * The normalizations (normalizeEmail) that make two differently written addresses one mailbox:
 * - `case`: capitals differ ("Zoe.Lindqvist@…" and "zoe.lindqvist@…");
 * - `tag`: a `+tag` differs ("anna+orders@…" and "anna@…");
 * - `dots`: dots in a Gmail local part differ ("zoe.lindqvist@gmail.com" and "zoelindqvist@…");
 * - `googlemail`: googlemail.com and gmail.com;
 * - `domain`: one domain in its two spellings, Unicode and punycode ("bücher.de", "xn--bcher-kva.de").
 */
export type EmailRule = 'case' | 'tag' | 'dots' | 'googlemail' | 'domain';

const GMAIL = new Set(['gmail.com', 'googlemail.com']);

function parts(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at), domain: address.slice(at + 1).replace(/\.$/, '') };
}

const untagged = (local: string) => {
  const plus = local.indexOf('+');
  return plus > 0 ? local.slice(0, plus) : local;
};

/**
 * Which rules it takes to read `a` and `b` as one address, in the order above; empty when they
 * are written alike. Both are expected to normalize to the same mailbox.
 */
export function emailRules(a: string, b: string): EmailRule[] {
  const rules = new Set<EmailRule>();
  const x = parts(a.trim());
  const y = parts(b.trim());
  const gmail = GMAIL.has(x.domain.toLowerCase());
  let left = x.local;
  let right = y.local;
  if (untagged(left) !== left || untagged(right) !== right) {
    if (left.slice(untagged(left).length).toLowerCase() !== right.slice(untagged(right).length).toLowerCase()) rules.add('tag');
    left = untagged(left);
    right = untagged(right);
  }
  if (gmail && left.toLowerCase() !== right.toLowerCase() && left.replaceAll('.', '').toLowerCase() === right.replaceAll('.', '').toLowerCase()) {
    rules.add('dots');
    left = left.replaceAll('.', '');
    right = right.replaceAll('.', '');
  }
  if (left !== right || (x.domain !== y.domain && x.domain.toLowerCase() === y.domain.toLowerCase())) rules.add('case');
  const [d1, d2] = [x.domain.toLowerCase(), y.domain.toLowerCase()];
  if (d1 !== d2) rules.add(GMAIL.has(d1) && GMAIL.has(d2) ? 'googlemail' : 'domain');
  const order: EmailRule[] = ['case', 'tag', 'dots', 'googlemail', 'domain'];
  return order.filter((rule) => rules.has(rule));
}

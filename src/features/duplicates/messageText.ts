import type { HostMessage } from './conversation.ts';

// Elements whose text is never the message: code, styles, and the quoted earlier messages that
// mail clients wrap (Gmail's gmail_quote, Outlook's divRplyFwdMsg, Yahoo's yahoo_quoted).
const SKIPPED = 'script, style, template, head, title, noscript, blockquote, .gmail_quote, .yahoo_quoted, #divRplyFwdMsg, [type="cite"]';

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'TR', 'TD', 'TH', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);

/**
 * The line that opens a quoted earlier message, as mail clients write it in the app's seven
 * languages ("On 2 May 2024, Ann <ann@example.com> wrote:", "Am … schrieb …:", "Le … a écrit :",
 * "El … escribió:", "Em … escreveu:", "… のメッセージ:", "… כתב/ה:"), and Outlook's separators.
 */
const QUOTE_OPENER = /^\s*(?:(?:On|Am|Le|El|Em)\s.+(?:(?:wrote|a écrit|escribió|escreveu)\s*:|schrieb(?:\s.*)?:)|.+(?:のメッセージ|が書きました)\s*[:：]|.+כתב(?:\/ה|ה)?\s*:|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Mensagem original|元のメッセージ|הודעה מקורית)\s*-{2,})\s*$/iu;

/** The text a message says, quoted earlier messages left out, and the addresses its links point at. */
export interface MessageText {
  text: string;
  /** What `mailto:` and `tel:` links point at (decoded), outside quoted parts. */
  links: string[];
}

function textOf(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  // Comments, processing instructions and the like are not what the author wrote.
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
  if (element?.matches(SKIPPED)) return;
  if (element?.tagName === 'BR') {
    out.push('\n');
    return;
  }
  const block = element !== null && BLOCK.has(element.tagName);
  if (block) out.push('\n');
  for (const child of Array.from(node.childNodes)) textOf(child, out);
  if (block) out.push('\n');
}

function linkTargets(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('a[href]')).flatMap((anchor) => {
    if (anchor.closest(SKIPPED)) return [];
    const match = /^(?:mailto|tel):([^?]*)/i.exec(anchor.getAttribute('href')?.trim() ?? '');
    if (!match?.[1]) return [];
    try {
      return [decodeURIComponent(match[1])];
    } catch {
      return [match[1]];
    }
  });
}

/** Everything before the first line that opens a quoted message, without `>` quoted lines. */
function ownLines(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (QUOTE_OPENER.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    lines.push(line);
  }
  return lines.join('\n');
}

/**
 * What the author of one message wrote. HTML is parsed by the browser's DOMParser into a
 * document that is never attached to the page (scripts do not run, images do not load), and
 * only its text and link targets are read; comments and quoted earlier messages (blockquote,
 * mail clients' quote wrappers, "On … wrote:" and everything after it, `>` lines) are left out.
 */
export function messageText(message: HostMessage): MessageText {
  if (!message.html) return { text: ownLines(message.text), links: [] };
  const document = new DOMParser().parseFromString(message.text, 'text/html');
  const out: string[] = [];
  textOf(document.body, out);
  return { text: ownLines(out.join('')), links: linkTargets(document.body) };
}

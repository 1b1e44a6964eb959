// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { messageText } from './messageText.ts';

const html = (text: string) => messageText({ text, html: true });

describe('messageText', () => {
  it('reads the text of HTML, one line per block', () => {
    expect(html('<p>Hello</p><p>anna@example.com</p>').text.split('\n').filter(Boolean)).toEqual(['Hello', 'anna@example.com']);
  });

  it('leaves out HTML comments, scripts and styles', () => {
    const { text } = html('<p>mine<!-- old@example.com --></p><style>.a{}</style><script>var x = "s@example.com"</script>');
    expect(text).toContain('mine');
    expect(text).not.toContain('old@example.com');
    expect(text).not.toContain('s@example.com');
  });

  it('leaves out quoted earlier messages: blockquote and mail clients\' wrappers', () => {
    const { text } = html('<p>new</p><blockquote>agent@example.com</blockquote><div class="gmail_quote">quoted@example.com</div>');
    expect(text).toContain('new');
    expect(text).not.toContain('@');
  });

  it('stops at the line that opens a quoted message, in each language', () => {
    for (const opener of [
      'On Mon, 4 May 2026 at 10:00, Support <help@shop.example> wrote:',
      'Am 04.05.2026 um 10:00 schrieb Support <help@shop.example>:',
      'Le lun. 4 mai 2026 à 10:00, Support <help@shop.example> a écrit :',
      'El lun, 4 may 2026 a las 10:00, Support (<help@shop.example>) escribió:',
      'Em seg., 4 de mai. de 2026 às 10:00, Support <help@shop.example> escreveu:',
      '2026年5月4日(月) 10:00 Support <help@shop.example>のメッセージ:',
      'ב-4 במאי 2026 ב-10:00, Support <help@shop.example> כתב:',
      '-----Original Message-----',
    ]) {
      const { text } = messageText({ text: `mine@example.com\n${opener}\nhelp@shop.example`, html: false });
      expect(text, opener).toBe('mine@example.com');
    }
  });

  it('leaves out lines quoted with >', () => {
    expect(messageText({ text: 'hi\n> old@example.com\nnew@example.com', html: false }).text).toBe('hi\nnew@example.com');
  });

  it('gives the targets of mailto: and tel: links, decoded, outside quotes', () => {
    const { links } = html('<a href="mailto:anna%2Bshop@example.com?subject=x">write me</a> <a href="tel:+4930123456">call</a>'
      + '<a href="https://example.com">web</a><blockquote><a href="mailto:old@example.com">old</a></blockquote>');
    expect(links).toEqual(['anna+shop@example.com', '+4930123456']);
  });

  it('never runs or attaches what it parses', () => {
    const before = document.body.innerHTML;
    html('<img src=x onerror="document.body.dataset.hit = 1"><script>document.body.dataset.hit = 2</script>');
    expect(document.body.dataset['hit']).toBeUndefined();
    expect(document.body.innerHTML).toBe(before);
  });
});

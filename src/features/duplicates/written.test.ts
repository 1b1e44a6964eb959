// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { writtenContacts } from './written.ts';

const plain = (text: string, countryCode = '1') => writtenContacts([{ text, html: false }], countryCode);
const html = (text: string, countryCode = '1') => writtenContacts([{ text, html: true }], countryCode);

describe('writtenContacts', () => {
  it('finds addresses in running text, as written, under their normalized form', () => {
    const { emails } = plain('My account is Anna.Berg+shop@Example.com. Or try anna@bücher.de!');
    expect([...emails]).toEqual([['anna.berg@example.com', 'Anna.Berg+shop@Example.com'], ['anna@xn--bcher-kva.de', 'anna@bücher.de']]);
  });

  it('reads an address from a link, its target and its text', () => {
    expect([...html('<a href="mailto:anna@example.com">write to me</a>').emails.values()]).toEqual(['anna@example.com']);
    expect([...html('<a href="https://mail.example">anna@example.com</a>').emails.values()]).toEqual(['anna@example.com']);
  });

  it('keeps the first spelling of an address written twice', () => {
    expect([...plain('anna@example.com, I mean ANNA@example.com').emails.values()]).toEqual(['anna@example.com']);
  });

  it('ignores addresses in HTML comments and quoted earlier messages', () => {
    const { emails } = html('<p>mine: me@example.com<!-- hidden@example.com --></p><blockquote>agent@shop.example</blockquote>');
    expect([...emails.values()]).toEqual(['me@example.com']);
    expect([...plain('new@example.com\nOn Mon, Support wrote:\n> old@example.com').emails.values()]).toEqual(['new@example.com']);
  });

  it('does not read spelled-out addresses', () => {
    expect(plain('anna at example dot com').emails.size).toBe(0);
  });

  it('finds numbers as people in the seven languages write them, with their country code', () => {
    const written = [
      ['+1 (555) 014-2233', '+15550142233'],
      ['+49 30 1234567', '+49301234567'],
      ['0049 (0)30 123 45 67', '+49301234567'],
      ['+33 6 12 34 56 78', '+33612345678'],
      ['+34 612 34 56 78', '+34612345678'],
      ['+81 90-1234-5678', '+819012345678'],
      ['+55 11 98765-4321', '+5511987654321'],
      ['+972 50-123-4567', '+972501234567'],
    ] as const;
    for (const [text, e164] of written) {
      expect([...plain(`Meine Nummer / mon numéro / 電話: ${text}.`).phones], text).toEqual([[e164, text]]);
    }
  });

  it('reads a national number with the country code it is given, its trunk prefix dropped', () => {
    expect([...plain('ruf an: 030 1234567', '49').phones.keys()]).toEqual(['+49301234567']);
    expect([...plain('au 06 12 34 56 78', '33').phones.keys()]).toEqual(['+33612345678']);
    expect([...plain('電話：090-1234-5678です', '81').phones.keys()]).toEqual(['+819012345678']);
    expect([...plain('(11) 98765-4321', '55').phones.keys()]).toEqual(['+5511987654321']);
    expect([...plain('מספר: 050-1234567', '972').phones.keys()]).toEqual(['+972501234567']);
    expect([...plain('(555) 014-2233 ext. 12').phones.keys()]).toEqual(['+15550142233']);
  });

  it('reads full-width digits as Japanese text writes them, quoting them as written', () => {
    expect([...plain('電話は０９０－１２３４－５６７８です', '81').phones]).toEqual([['+819012345678', '０９０－１２３４－５６７８']]);
  });

  it('finds a number in a tel: link', () => {
    expect([...html('<a href="tel:+4930123456">call me</a>').phones.keys()]).toEqual(['+4930123456']);
  });

  it('does not take dates, times, order numbers or the digits of an address for phone numbers', () => {
    expect(plain('ordered 2024-05-01 at 10:30, order 12345678, from anna.5550142233@example.com').phones.size).toBe(0);
  });
});

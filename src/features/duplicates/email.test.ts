import { describe, expect, it } from 'vitest';
import { emailSearch, normalizeDomain, normalizeEmail } from './email.ts';

describe('normalizeEmail', () => {
  it('ignores case in the local part and the domain', () => {
    expect(normalizeEmail('Zoe@Lindqvist-Design.EXAMPLE')).toBe('zoe@lindqvist-design.example');
    expect(normalizeEmail('  dana@example.org ')).toBe('dana@example.org');
  });

  it('drops dots in Gmail addresses only', () => {
    expect(normalizeEmail('Zoe.Lindqvist@gmail.com')).toBe('zoelindqvist@gmail.com');
    expect(normalizeEmail('z.o.e.lindqvist@GMAIL.COM')).toBe('zoelindqvist@gmail.com');
    expect(normalizeEmail('zoe.lindqvist@example.com')).toBe('zoe.lindqvist@example.com');
  });

  it('reads googlemail.com as gmail.com', () => {
    expect(normalizeEmail('zoe.lindqvist@googlemail.com')).toBe('zoelindqvist@gmail.com');
  });

  it('drops +tags for any domain', () => {
    expect(normalizeEmail('zoelindqvist+shop@gmail.com')).toBe('zoelindqvist@gmail.com');
    expect(normalizeEmail('zoe+news+2024@lindqvist-design.example')).toBe('zoe@lindqvist-design.example');
    expect(normalizeEmail('zoe.lind+x@googlemail.com')).toBe('zoelind@gmail.com');
  });

  it('keeps a plus that starts the local part, since nothing would be left', () => {
    expect(normalizeEmail('+alerts@example.com')).toBe('+alerts@example.com');
  });

  it('treats an internationalized domain and its punycode as the same domain', () => {
    expect(normalizeEmail('anna@bücher.de')).toBe('anna@xn--bcher-kva.de');
    expect(normalizeEmail('Anna@XN--BCHER-KVA.DE')).toBe('anna@xn--bcher-kva.de');
    expect(normalizeEmail('anna@BÜCHER.de')).toBe('anna@xn--bcher-kva.de');
  });

  it('ignores a trailing dot on the domain', () => {
    expect(normalizeEmail('dana@example.org.')).toBe('dana@example.org');
  });

  it('leaves a quoted local part alone', () => {
    expect(normalizeEmail('"Zoe.Lindqvist+x"@example.com')).toBe('"Zoe.Lindqvist+x"@example.com');
    expect(normalizeEmail('"john@home"@Example.com')).toBe('"john@home"@example.com');
  });

  it('answers null for text that is not an address', () => {
    for (const input of ['', 'zoe', '@example.com', 'zoe@', 'zoe@exa mple.com', 'zoe@example.com/path', 'zoe@host:80', '.@gmail.com']) {
      expect(normalizeEmail(input)).toBeNull();
    }
  });
});

describe('normalizeDomain', () => {
  it('maps full-width letters the way browsers read host names', () => {
    expect(normalizeDomain('ｅｘａｍｐｌｅ.com')).toBe('example.com');
  });
});

describe('emailSearch', () => {
  it('searches the start that every Gmail spelling shares: before the first dot', () => {
    expect(emailSearch('Zoe.Lindqvist@gmail.com')).toBe('email:zoe*');
    expect(emailSearch('zoelindqvist+shop@googlemail.com')).toBe('email:zoelindqvist*');
  });

  it('searches the local part before any +tag for other domains, dots included', () => {
    expect(emailSearch('dana.w+orders@fastmail.example')).toBe('email:dana.w*');
  });

  it('searches the normalized address when the shared start is too short', () => {
    expect(emailSearch('z.lindqvist@gmail.com')).toBe('email:zlindqvist@gmail.com');
    expect(emailSearch('al@bücher.de')).toBe('email:al@xn--bcher-kva.de');
  });

  it('never lets search syntax into the query', () => {
    expect(emailSearch('zoe:role@example.com')).toBe('email:zoe*');
    expect(emailSearch('ab"c@example.com')).toBeNull();
    expect(emailSearch('"quoted name"@example.com')).toBeNull();
    expect(emailSearch('not an address')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { reasonText } from './reasonText.ts';

describe('reasonText', () => {
  it('quotes both addresses as written, and says what made them one', () => {
    expect(reasonText({ kind: 'email', theirs: 'anna+orders@xn--bcher-kva.de', requesters: 'anna@bücher.de', rules: ['tag', 'domain'] })).toEqual({
      main: { template: "Email {theirs}, like the requester's {requesters}", values: { theirs: 'anna+orders@xn--bcher-kva.de', requesters: 'anna@bücher.de' } },
      note: { template: 'The same address, ignoring +tags and how the domain is spelled (Unicode or punycode).', values: {} },
    });
  });

  it('never shows an address that neither user has', () => {
    const text = reasonText({ kind: 'email', theirs: 'zoelindqvist+shop@gmail.com', requesters: 'Zoe.Lindqvist@gmail.com', rules: ['case', 'tag', 'dots'] });
    expect(JSON.stringify(text)).not.toContain('zoelindqvist@gmail.com');
    expect(text.note?.template).toBe('The same address, ignoring capitals, +tags, and dots in Gmail addresses.');
  });

  it('quotes both numbers as written, with the number as its country writes it beneath', () => {
    expect(reasonText({ kind: 'phone', theirs: '030 1234567 ext. 12', requesters: '+49301234567', international: '+49 30 1234567', assumedCountryCode: '49' })).toEqual({
      main: { template: "Phone {theirs}, like the requester's {requesters}", values: { theirs: '030 1234567 ext. 12', requesters: '+49301234567' } },
      note: { template: 'Both are {number}, once a number without a country code is read with {code}.', values: { number: '+49 30 1234567', code: '+49' } },
    });
  });

  it('names a number written alike once, with nothing beneath', () => {
    expect(reasonText({ kind: 'phone', theirs: '+15550142233', requesters: '+15550142233', international: '+1 555 014 2233', assumedCountryCode: null }))
      .toEqual({ main: { template: 'Same phone {value}', values: { value: '+15550142233' } } });
  });

  it('says how numbers written differently are one', () => {
    expect(reasonText({ kind: 'phone', theirs: '+1 (555) 014-2233', requesters: '+15550142233', international: '+1 555 014 2233', assumedCountryCode: null }).note)
      .toEqual({ template: 'Both are {number}.', values: { number: '+1 555 014 2233' } });
  });

  it('has no value for a name', () => {
    expect(reasonText({ kind: 'name' })).toEqual({ main: { template: 'Same name, ignoring case and accents', values: {} } });
  });
});

describe('reasonText for what the requester wrote', () => {
  it('quotes the value as the requester wrote it in the conversation', () => {
    expect(reasonText({ kind: 'wrote-email', theirs: 'alice@example.com', written: 'alice@example.com', rules: [] }))
      .toEqual({ main: { template: 'Wrote {value} in this conversation', values: { value: 'alice@example.com' } } });
  });

  it('quotes both spellings when the candidate writes the address differently, and says how they are one', () => {
    expect(reasonText({ kind: 'wrote-email', theirs: 'ines.moreau@example.com', written: 'Ines.Moreau+orders@example.com', rules: ['case', 'tag'] })).toEqual({
      main: { template: 'Email {theirs}; the requester wrote {written} in this conversation', values: { theirs: 'ines.moreau@example.com', written: 'Ines.Moreau+orders@example.com' } },
      note: { template: 'The same address, ignoring capitals and +tags.', values: {} },
    });
  });

  it('says how a number written in the conversation is the candidate\'s', () => {
    expect(reasonText({ kind: 'wrote-phone', theirs: '+442079460018', written: '020 7946 0018', international: '+44 20 7946 0018', assumedCountryCode: '44' })).toEqual({
      main: { template: 'Phone {theirs}; the requester wrote {written} in this conversation', values: { theirs: '+442079460018', written: '020 7946 0018' } },
      note: { template: 'Both are {number}, once a number without a country code is read with {code}.', values: { number: '+44 20 7946 0018', code: '+44' } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { emailRules } from './emailRules.ts';

describe('emailRules', () => {
  it('has none for addresses written alike', () => {
    expect(emailRules('anna@bücher.de', 'anna@bücher.de')).toEqual([]);
  });

  it('names the +tag and the punycode spelling of a domain', () => {
    expect(emailRules('anna+orders@xn--bcher-kva.de', 'anna@bücher.de')).toEqual(['tag', 'domain']);
  });

  it('names Gmail dots, a +tag and googlemail.com', () => {
    expect(emailRules('zoelindqvist+shop@googlemail.com', 'Zoe.Lindqvist@gmail.com')).toEqual(['case', 'tag', 'dots', 'googlemail']);
    expect(emailRules('zoelindqvist+shop@gmail.com', 'zoe.lindqvist@gmail.com')).toEqual(['tag', 'dots']);
  });

  it('names capitals in the local part or the domain', () => {
    expect(emailRules('ZOE@Lindqvist-Design.example', 'zoe@lindqvist-design.example')).toEqual(['case']);
  });

  it('does not count dots outside Gmail, where they are part of the name', () => {
    expect(emailRules('Zoe.L+x@example.com', 'zoe.l@example.com')).toEqual(['case', 'tag']);
  });
});

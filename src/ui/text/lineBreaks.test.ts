import { describe, expect, it } from 'vitest';
import { lineParts, lineWords } from './lineBreaks.ts';

describe('lineParts', () => {
  it('breaks an email after the @ and before each dot, never inside a word', () => {
    expect(lineParts('dana.whitfield@gmail.com')).toEqual(['dana', '.whitfield@', 'gmail', '.com']);
  });

  it('keeps a hyphenated local part whole', () => {
    expect(lineParts('relay-004@inbound.harborpine.example')).toEqual(['relay-004@', 'inbound', '.harborpine', '.example']);
  });

  it('keeps an internationalized domain in its words', () => {
    expect(lineParts('anna+orders@xn--bcher-kva.de')).toEqual(['anna+orders@', 'xn--bcher-kva', '.de']);
  });

  it('keeps a phone number whole, whatever its punctuation', () => {
    expect(lineParts('+49 30 1234567')).toEqual(['+49 30 1234567']);
    expect(lineParts('555.014.2233')).toEqual(['555.014.2233']);
  });

  it('breaks an address with spaces in it after each space', () => {
    expect(lineParts('x"><img src=x onerror=alert(3)>@example.com'))
      .toEqual(['x"><img ', 'src=x ', 'onerror=alert(3)>@', 'example', '.com']);
    expect(lineParts('"><img src=x onerror=alert(2)>')).toEqual(['"><img ', 'src=x ', 'onerror=alert(2)>']);
  });

  it('keeps the parts of a number together, but breaks between a number and words', () => {
    expect(lineParts('(555) 014-2233')).toEqual(['(555) 014-2233']);
    expect(lineParts('+49 30 1234567 ext. 12')).toEqual(['+49 30 1234567 ', 'ext. ', '12']);
  });

  it('breaks a URL after each slash', () => {
    expect(lineParts('https://facebook.com/dana')).toEqual(['https://', 'facebook', '.com/', 'dana']);
  });

  it('breaks a name between words only', () => {
    expect(lineParts('Anne-Marie  Lindqvist Åberg', 'name')).toEqual(['Anne-Marie  ', 'Lindqvist ', 'Åberg']);
  });

  it('breaks words with an address in them between words and inside the address', () => {
    expect(lineParts('Zoë Lindqvist (zoe@lindqvist-design.example)', 'text'))
      .toEqual(['Zoë ', 'Lindqvist ', '(zoe@', 'lindqvist-design', '.example)']);
  });

  it('gives back the value exactly when joined', () => {
    for (const value of ['a.b@c.d', '.leading@x', 'trailing@', 'x (Twitter)', 'זואי@example.com']) {
      expect(lineParts(value).join('')).toBe(value);
      expect(lineParts(value, 'name').join('')).toBe(value);
      expect(lineParts(value, 'text').join('')).toBe(value);
    }
  });

  it('has no pieces for an empty value', () => {
    expect(lineParts('')).toEqual([]);
  });
});

describe('lineWords', () => {
  it('groups an email\'s pieces into one word, apart from the words around it', () => {
    expect(lineWords('Maya Okonkwo (maya.o@callback.example)', 'text')).toEqual([
      { pieces: ['Maya'], space: ' ' },
      { pieces: ['Okonkwo'], space: ' ' },
      { pieces: ['(maya', '.o@', 'callback', '.example)'], space: '' },
    ]);
  });

  it('gives back the value exactly when joined', () => {
    const value = 'x"><img  src=x onerror=alert(3)>@example.com ';
    expect(lineWords(value).map((word) => word.pieces.join('') + word.space).join('')).toBe(value);
  });
});

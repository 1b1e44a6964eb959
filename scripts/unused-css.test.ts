import { describe, expect, it } from 'vitest';
import { dropUnusedElementRules, elementsUsedIn } from './unused-css.ts';

describe('dropUnusedElementRules', () => {
  const used = new Set(['p', 'button', 'ul', 'li']);

  it('drops rules for elements the app never renders', () => {
    expect(dropUnusedElementRules('sub,sup{top:0}kbd{font:mono}p{margin:0}', used)).toBe('p{margin:0}');
  });

  it('keeps the used selectors of a mixed list', () => {
    expect(dropUnusedElementRules('button,input,select{font:inherit}', used)).toBe('button{font:inherit}');
  });

  it('keeps class, attribute, pseudo and universal selectors', () => {
    const css = '.badge{color:red}[aria-busy=true]{x:1}*,:after{box-sizing:inherit}:root{--a:1}html{y:2}ul li.x>p{z:3}';
    expect(dropUnusedElementRules(css, used)).toBe(css);
  });

  it('drops a compound selector when one of its elements is unused', () => {
    expect(dropUnusedElementRules('table td{a:1}ul li{b:2}', used)).toBe('ul li{b:2}');
  });

  it('drops reset rules for input types the app never renders', () => {
    const css = '[type=search]{a:1}::-webkit-search-decoration{b:2}::-webkit-inner-spin-button{c:3}[type=checkbox]{d:4}[type=button],button{e:5}';
    expect(dropUnusedElementRules(css, new Set(['button', 'type=checkbox']))).toBe('[type=checkbox]{d:4}[type=button],button{e:5}');
  });

  it('leaves at-rules whole', () => {
    const css = '@media (min-width:1px){sub{a:1}}p{b:2}';
    expect(dropUnusedElementRules(css, used)).toBe(css);
  });
});

describe('elementsUsedIn', () => {
  it('finds the elements the app renders', () => {
    const used = elementsUsedIn('src');
    for (const name of ['button', 'dialog', 'ul', 'h1']) expect(used.has(name)).toBe(true);
    expect(used.has('kbd')).toBe(false);
  });
});

describe('comments', () => {
  it('keeps the license notice whole, outside the selectors', () => {
    const css = '/*!\n * Copyright Zendesk, Inc.\n */html{a:1}kbd{b:2}';
    expect(dropUnusedElementRules(css, new Set())).toBe('/*!\n * Copyright Zendesk, Inc.\n */\nhtml{a:1}');
  });
});

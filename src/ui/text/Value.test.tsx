// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Phrase } from './Phrase.tsx';
import { Value } from './Value.tsx';

afterEach(cleanup);

describe('Value', () => {
  it('offers line breaks only after @ and before dots, in its own direction, whole in its text and title', () => {
    const { container } = render(<Value text="relay-004@inbound.harborpine.example" />);
    const value = container.querySelector('bdi');
    expect(value?.getAttribute('dir')).toBe('auto');
    expect(value?.innerHTML).toBe('relay-004@<wbr>inbound<wbr>.harborpine<wbr>.example');
    expect(value?.textContent).toBe('relay-004@inbound.harborpine.example');
    expect(value?.getAttribute('title')).toBe('relay-004@inbound.harborpine.example');
  });

  it('breaks a name between words only', () => {
    const { container } = render(<Value kind="name" text="Anne-Marie St. Clair" />);
    expect(container.querySelector('bdi')?.innerHTML).toBe('Anne-Marie <wbr>St. <wbr>Clair');
  });

  it('keeps an email in a sentence in one box, the spaces around it outside', () => {
    const { container } = render(<Value kind="text" text="Maya Okonkwo (maya.o@callback.example) " />);
    expect(container.querySelector('bdi')?.innerHTML)
      .toBe('Maya <wbr>Okonkwo <wbr><span class="value__word">(maya<wbr>.o@<wbr>callback<wbr>.example)</span> ');
  });

  it('lets a value with a piece too long for a narrow column wrap as text, as a last resort', () => {
    const long = render(<Value text="averyveryverylonglocalpart@example.com" />).container.querySelector('bdi');
    expect(long?.className).toBe('value value--long');
    expect(long?.textContent).toBe('averyveryverylonglocalpart@example.com');
    const short = render(<Value text="dana.whitfield@harborpine.example" class="x" />).container.querySelector('bdi');
    expect(short?.className).toBe('value x');
  });

  it('renders typed markup as text', () => {
    const { container } = render(<Value text="<img src=x onerror=alert(1)>@example.com" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>@example.com');
  });
});

describe('Phrase', () => {
  it('isolates each value inside the translated sentence', () => {
    const { container } = render(<Phrase template="Suspend {name}?" values={{ name: { text: 'זואי לינדקוויסט', kind: 'name' } }} />);
    expect(container.textContent).toBe('Suspend זואי לינדקוויסט?');
    expect(container.querySelector('bdi')?.textContent).toBe('זואי לינדקוויסט');
  });

  it('leaves a placeholder it has no value for as written', () => {
    const { container } = render(<Phrase template="{a} and {b}" values={{ a: 'x' }} />);
    expect(container.textContent).toBe('x and {b}');
  });
});

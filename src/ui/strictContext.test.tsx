// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { strictContext } from './strictContext.tsx';

const [NameProvider, useName] = strictContext<string>('useName');

function Greeting() {
  return <p>{useName()}</p>;
}

describe('strictContext', () => {
  it('gives the provided value', () => {
    const { container } = render(<NameProvider value="Dana"><Greeting /></NameProvider>);
    expect(container.textContent).toBe('Dana');
  });

  it('throws outside its provider instead of handing out a default', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Greeting />)).toThrow('useName() needs its provider above it');
  });
});

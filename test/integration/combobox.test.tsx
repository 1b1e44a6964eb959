// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { useZendesk } from '../support/world.ts';

const zendesk = useZendesk();
afterEach(cleanup);

async function searchBox(): Promise<HTMLInputElement> {
  const world = zendesk.world('duplicates');
  render(<App host={world.host} api={world.api} agent={world.agent} />);
  (await screen.findByRole('button', { name: 'Merge into another user…' })).click();
  const input = (await screen.findByRole('combobox', { name: 'User to merge into' }, { timeout: 5000 })) as HTMLInputElement;
  fireEvent.input(input, { target: { value: 'Lindqvist' } });
  await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2), { timeout: 3000 });
  return input;
}

const press = (input: HTMLElement, key: string, altKey = false) => fireEvent.keyDown(input, { key, altKey });
const active = (input: HTMLElement) => input.getAttribute('aria-activedescendant');

describe('the merge search combobox (APG keys beyond the arrows)', () => {
  it('opens with Alt+ArrowDown without choosing, and closes with Alt+ArrowUp', async () => {
    const input = await searchBox();
    press(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    press(input, 'ArrowDown', true);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(active(input)).toBeNull();
    press(input, 'ArrowDown');
    expect(active(input)).toBe(screen.getAllByRole('option')[0]?.id);
    press(input, 'ArrowUp', true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(active(input)).toBeNull();
  });

  it('hands reading back to the text when a key moves the caret', async () => {
    const input = await searchBox();
    for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) {
      press(input, 'ArrowDown');
      expect(active(input)).not.toBeNull();
      press(input, key);
      expect(active(input), key).toBeNull();
      expect(input.getAttribute('aria-expanded')).toBe('true');
    }
  });
});

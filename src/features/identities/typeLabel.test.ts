import { describe, expect, it } from 'vitest';
import { typeLabel } from './typeLabel.ts';

describe('typeLabel', () => {
  it('names every type Zendesk documents, any_channel and foreign too', () => {
    expect(typeLabel('any_channel')).toBe('Channel integration');
    expect(typeLabel('foreign')).toBe('External account');
    expect(typeLabel('messaging')).toBe('Messaging');
  });

  it('names a type it does not know yet by Zendesk’s word for it', () => {
    expect(typeLabel('line_account')).toBe('Other (line account)');
  });
});

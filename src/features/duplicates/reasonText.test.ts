import { describe, expect, it } from 'vitest';
import { reasonText } from './reasonText.ts';

describe('reasonText', () => {
  it('names the shared email', () => {
    expect(reasonText({ kind: 'email', value: 'zoelindqvist@gmail.com' })).toEqual({ before: 'Same email ', value: 'zoelindqvist@gmail.com', after: '' });
  });

  it('shows the shared phone as people read it', () => {
    expect(reasonText({ kind: 'phone', value: '+15550142233', assumedCountryCode: null }))
      .toEqual({ before: 'Same phone ', value: '+1 555 014 2233', after: '' });
  });

  it('says which country code was assumed for a number without one', () => {
    expect(reasonText({ kind: 'phone', value: '+15550142233', assumedCountryCode: '1' }))
      .toEqual({ before: 'Same phone ', value: '+1 555 014 2233', after: ' (read with country code +1)' });
  });

  it('has no value for a name', () => {
    expect(reasonText({ kind: 'name' })).toEqual({ before: 'Same name, ignoring case and accents', after: '' });
  });
});

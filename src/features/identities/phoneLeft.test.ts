import { describe, expect, it } from 'vitest';
import type { Identity } from '../../api/index.ts';
import { phoneLeftBehind } from './phoneLeft.ts';

const phone = (id: number, value: string): Identity => ({ id, userId: 1, type: 'phone_number', value, verified: true, primary: true, undeliverable: false });

describe('phoneLeftBehind', () => {
  it('sees the removed number still in the phone field, however it is written', () => {
    expect(phoneLeftBehind('+44 7700 900123', '+447700900123', [])).toBe(true);
  });

  it('sees nothing left when the field is empty or holds another number', () => {
    expect(phoneLeftBehind(null, '+447700900123', [])).toBe(false);
    expect(phoneLeftBehind('+15550100999', '+447700900123', [])).toBe(false);
  });

  it('leaves the field alone while another phone identity has the same number', () => {
    expect(phoneLeftBehind('+447700900123', '+447700900123', [phone(2, '+44 7700 900123')])).toBe(false);
  });
});

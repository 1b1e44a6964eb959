import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_PORT, DEFAULT_HOST_PORT, DEFAULT_ZCLI_PORT, portsFrom } from './ports.ts';

describe('portsFrom', () => {
  it('uses fixed defaults so the printed URL is the same every run', () => {
    expect(portsFrom({}, 'dev')).toEqual({ host: DEFAULT_HOST_PORT, app: DEFAULT_APP_PORT });
    expect(portsFrom({ PORT: '', APP_PORT: ' ' }, 'built')).toEqual({ host: DEFAULT_HOST_PORT, app: DEFAULT_APP_PORT });
  });

  it('keeps zcli on its own default port', () => {
    expect(portsFrom({}, 'zcli').app).toBe(DEFAULT_ZCLI_PORT);
  });

  it('takes PORT for the page and APP_PORT for the app', () => {
    expect(portsFrom({ PORT: '8080', APP_PORT: '8081' }, 'dev')).toEqual({ host: 8080, app: 8081 });
    expect(portsFrom({ APP_PORT: '5000' }, 'zcli')).toEqual({ host: DEFAULT_HOST_PORT, app: 5000 });
  });

  it('refuses values that are not ports, naming the variable', () => {
    for (const value of ['abc', '0', '65536', '80.5', '-1', '1e3']) {
      expect(() => portsFrom({ PORT: value }, 'dev')).toThrow(`PORT=${value}`);
    }
    expect(() => portsFrom({ APP_PORT: 'x' }, 'dev')).toThrow('APP_PORT=x');
  });

  it('refuses one port for both servers', () => {
    expect(() => portsFrom({ PORT: '9000', APP_PORT: '9000' }, 'dev')).toThrow('both 9000');
  });
});

import { describe, expect, it } from 'vitest';
import type { HostClient, HostRequest } from '../host/types.ts';
import { firstViewReads } from './early.ts';
import { createTransport } from './transport.ts';
import { showProfile, showRelated } from './users.ts';

describe('firstViewReads', () => {
  it('names exactly the reads the panel sends for a requester, so start-up\'s answers are the ones it takes', async () => {
    const asked: HostRequest[] = [];
    const host = {
      request(options: HostRequest) {
        asked.push(options);
        return Promise.resolve({ status: 404, headers: {}, body: '{}', json: undefined });
      },
    } as Pick<HostClient, 'request'> as HostClient;
    const transport = createTransport(host);
    await Promise.allSettled([showProfile(transport, 4242), showRelated(transport, 4242)]);
    expect(asked.map((request) => request.url).sort()).toEqual([...firstViewReads(4242)].sort());
  });
});

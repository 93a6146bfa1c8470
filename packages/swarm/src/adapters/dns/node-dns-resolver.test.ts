import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCaioError } from '../../domain/errors.js';
import { startFakeDnsServer } from './__fixtures__/start-fake-dns-server.js';
import { createNodeDnsResolver } from './node-dns-resolver.js';

describe('createNodeDnsResolver (EM-5 DNS port on node:dns/promises)', () => {
  let server: Awaited<ReturnType<typeof startFakeDnsServer>>;
  beforeAll(async () => {
    server = await startFakeDnsServer({
      'example.com': [['v=spf1 -all'], ['part one ', 'part two']],
      'empty.example.com': [],
      'broken.example.com': 'SERVFAIL',
    });
  });
  afterAll(() => server.close());

  const resolver = () => createNodeDnsResolver({ servers: [server.address], timeoutMs: 1000, tries: 1 });

  it('returns TXT records as lists of character-strings', async () => {
    expect(await resolver().resolveTxt('example.com')).toEqual([['v=spf1 -all'], ['part one ', 'part two']]);
  });

  it('the port contract: NXDOMAIN (ENOTFOUND) and no TXT data (ENODATA) are empty answers', async () => {
    expect(await resolver().resolveTxt('missing.example.com')).toEqual([]);
    expect(await resolver().resolveTxt('empty.example.com')).toEqual([]);
  });

  it('a server failure is a retryable vendor_error naming the query, never an empty answer', async () => {
    const error = await resolver()
      .resolveTxt('broken.example.com')
      .catch((caught: unknown) => caught);
    expect(isCaioError(error) && error.code).toBe('vendor_error');
    expect(isCaioError(error) && error.isRetryable).toBe(true);
    expect(String(error)).toContain('broken.example.com');
  });

  it('a timeout maps to CaioError timeout', async () => {
    const silent = createNodeDnsResolver({
      resolver: { resolveTxt: () => Promise.reject(Object.assign(new Error('timeout'), { code: 'ETIMEOUT' })) },
    });
    const error = await silent.resolveTxt('example.com').catch((caught: unknown) => caught);
    expect(isCaioError(error) && error.code).toBe('timeout');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { fakeDnsResolver, rsaPublicKeyBase64 } from './__fixtures__/fake-dns-resolver.js';
import { sendingDomainPreflight } from './sending-domain-preflight.js';

const domain = 'outreach.example.com';
let key2048 = '';
let key1024 = '';

beforeAll(() => {
  key2048 = rsaPublicKeyBase64(2048);
  key1024 = rsaPublicKeyBase64(1024);
});

/** A domain that passes every check; `overrides` replace whole names (an empty list removes the record). */
function zone(overrides: Record<string, readonly (string | readonly string[])[]> = {}) {
  return {
    [domain]: ['v=spf1 include:_spf.mail.example.net -all', 'google-site-verification=abc'],
    '_spf.mail.example.net': ['v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all'],
    // Long keys are split into 255-byte character-strings; they must be joined without a separator.
    [`s1._domainkey.${domain}`]: [['v=DKIM1; k=rsa; p=', key2048.slice(0, 200), key2048.slice(200)]],
    [`_dmarc.${domain}`]: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com'],
    ...overrides,
  };
}

async function checksFor(records: ReturnType<typeof zone>, target: { dkimSigningDomain?: string } = {}) {
  const results = await sendingDomainPreflight(fakeDnsResolver(records), [
    { domain, dkimSelectors: ['s1'], ...target },
  ]);
  const result = results[domain];
  if (!result) throw new Error('no result for the domain');
  return { result, byName: Object.fromEntries(result.checks.map((check) => [check.name, check])) };
}

describe('sendingDomainPreflight (EM-5)', () => {
  it('EM-5: a domain with one SPF record, a 2048-bit DKIM key and aligned DMARC p=quarantine passes', async () => {
    const { result } = await checksFor(zone());
    expect(result.checks.map((check) => [check.name, check.status])).toEqual([
      ['spf', 'pass'],
      ['dkim', 'pass'],
      ['dmarc', 'pass'],
      ['dmarc_alignment', 'pass'],
    ]);
    expect(result.status).toBe('pass');
    expect(result.checks[0]?.message).toContain('1/10 DNS look-ups');
  });

  it('EM-5: a missing SPF record fails with the record to publish', async () => {
    const { byName, result } = await checksFor(zone({ [domain]: ['google-site-verification=abc'] }));
    expect(byName.spf).toMatchObject({ status: 'fail', message: expect.stringContaining('v=spf1 include:') });
    expect(result.status).toBe('fail');
  });

  it('EM-5 / RFC 7208 §4.5: two SPF records fail and ask for one merged record', async () => {
    const { byName } = await checksFor(
      zone({ [domain]: ['v=spf1 -all', 'v=spf1 include:_spf.mail.example.net ~all'] }),
    );
    expect(byName.spf).toMatchObject({ status: 'fail', message: expect.stringContaining('Merge them') });
  });

  it('EM-5: "+all" (and a bare "all") fails', async () => {
    expect((await checksFor(zone({ [domain]: ['v=spf1 ip4:192.0.2.1 +all'] }))).byName.spf?.status).toBe('fail');
    expect((await checksFor(zone({ [domain]: ['v=spf1 ip4:192.0.2.1 all'] }))).byName.spf?.status).toBe('fail');
  });

  it('RFC 7208 §4.6.4: more than 10 DNS look-ups across nested includes fails; exactly 10 passes', async () => {
    const nested = (count: number) => ({
      [domain]: ['v=spf1 a mx include:one.example.net -all'],
      // one.example.net adds `count - 3` look-up terms: a, mx, the include itself, then these.
      'one.example.net': [
        `v=spf1 ${Array.from({ length: count - 3 }, (_, i) => `exists:e${i}.example.net`).join(' ')} ~all`,
      ],
    });
    const atLimit = await checksFor(zone(nested(10)));
    expect(atLimit.byName.spf).toMatchObject({ status: 'pass', message: expect.stringContaining('10/10') });
    const over = await checksFor(zone(nested(11)));
    expect(over.byName.spf).toMatchObject({ status: 'fail', message: expect.stringContaining('11 DNS look-ups') });
  });

  it('RFC 7208 §5.2: an include without an SPF record, and an include loop, fail', async () => {
    const missing = await checksFor(zone({ '_spf.mail.example.net': [] }));
    expect(missing.byName.spf).toMatchObject({ status: 'fail', message: expect.stringContaining('0 SPF records') });
    const loop = await checksFor(zone({ '_spf.mail.example.net': [`v=spf1 include:${domain} -all`] }));
    expect(loop.byName.spf).toMatchObject({ status: 'fail', message: expect.stringContaining('loops back') });
  });

  it('EM-5: a missing DKIM key fails and names the selector; an empty p= (revoked) fails', async () => {
    const missing = await checksFor(zone({ [`s1._domainkey.${domain}`]: [] }));
    expect(missing.byName.dkim).toMatchObject({ status: 'fail', message: expect.stringContaining('s1._domainkey') });
    const revoked = await checksFor(zone({ [`s1._domainkey.${domain}`]: ['v=DKIM1; k=rsa; p='] }));
    expect(revoked.byName.dkim).toMatchObject({ status: 'fail', message: expect.stringContaining('revoked') });
  });

  it('EM-5: a 1024-bit DKIM key fails (2048-bit required); a record without v=DKIM1 fails', async () => {
    const short = await checksFor(zone({ [`s1._domainkey.${domain}`]: [`v=DKIM1; k=rsa; p=${key1024}`] }));
    expect(short.byName.dkim).toMatchObject({ status: 'fail', message: expect.stringContaining('1024-bit') });
    const unversioned = await checksFor(zone({ [`s1._domainkey.${domain}`]: [`k=rsa; p=${key2048}`] }));
    expect(unversioned.byName.dkim).toMatchObject({ status: 'fail', message: expect.stringContaining('v=DKIM1') });
  });

  it('EM-5: DMARC p=none warns; no DMARC record fails', async () => {
    const none = await checksFor(zone({ [`_dmarc.${domain}`]: ['v=DMARC1; p=none'] }));
    expect(none.byName.dmarc).toMatchObject({ status: 'warn', message: expect.stringContaining('p=quarantine') });
    expect(none.result.status).toBe('warn');
    const absent = await checksFor(zone({ [`_dmarc.${domain}`]: [] }));
    expect(absent.byName.dmarc?.status).toBe('fail');
  });

  it('RFC 7489 §6.6.3: a subdomain without its own record inherits the organizational sp= policy', async () => {
    const inherited = await checksFor(
      zone({ [`_dmarc.${domain}`]: [], '_dmarc.example.com': ['v=DMARC1; p=reject; sp=none'] }),
    );
    expect(inherited.byName.dmarc).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('_dmarc.example.com'),
    });
  });

  it('RFC 7489 §3.1: DKIM d= of another organization is misaligned; the parent domain aligns (relaxed) but not under adkim=s', async () => {
    const foreign = await checksFor(zone({ [`s1._domainkey.esp.example.net`]: [`v=DKIM1; p=${key2048}`] }), {
      dkimSigningDomain: 'esp.example.net',
    });
    expect(foreign.byName.dkim?.status).toBe('pass');
    expect(foreign.byName.dmarc_alignment).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('d=esp.example.net'),
    });
    const parentRecords = zone({ [`s1._domainkey.example.com`]: [`v=DKIM1; p=${key2048}`] });
    const parent = await checksFor(parentRecords, { dkimSigningDomain: 'example.com' });
    expect(parent.byName.dmarc_alignment?.status).toBe('pass');
    const strict = await checksFor(
      { ...parentRecords, [`_dmarc.${domain}`]: ['v=DMARC1; p=reject; adkim=s'] },
      { dkimSigningDomain: 'example.com' },
    );
    expect(strict.byName.dmarc_alignment?.status).toBe('fail');
  });

  it('EM-5: a DNS failure is a fail naming the query, not an exception', async () => {
    const results = await sendingDomainPreflight(fakeDnsResolver(zone(), [`_dmarc.${domain}`]), [
      { domain, dkimSelectors: ['s1'] },
    ]);
    expect(results[domain]?.checks.find((check) => check.name === 'dmarc')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('SERVFAIL'),
    });
  });

  it('EM-5: without a configured selector, common selectors are probed and the hit is reported', async () => {
    const records = zone({
      [`s1._domainkey.${domain}`]: [],
      [`selector1._domainkey.${domain}`]: [`v=DKIM1; p=${key2048}`],
    });
    const results = await sendingDomainPreflight(fakeDnsResolver(records), [{ domain: 'Outreach.Example.com.' }]);
    expect(results[domain]?.checks.find((check) => check.name === 'dkim')).toMatchObject({
      status: 'pass',
      message: expect.stringContaining('selectors: [selector1]'),
    });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { fakeDnsResolver, rsaPublicKeyBase64 } from '../compliance/__fixtures__/fake-dns-resolver.js';
import { deliverabilityConfigSchema } from '../config/deliverability-schema.js';
import { preflightTargets, runPreflightCommand, type PreflightReport } from './preflight-command.js';

let key = '';
beforeAll(() => {
  key = rsaPublicKeyBase64(2048);
});

function records(domain: string) {
  return {
    [domain]: ['v=spf1 ip4:192.0.2.10 -all'],
    [`s1._domainkey.${domain}`]: [`v=DKIM1; k=rsa; p=${key}`],
    [`_dmarc.${domain}`]: ['v=DMARC1; p=reject'],
  };
}

const deliverability = deliverabilityConfigSchema.parse({ dkim: { selectors: ['s1'] } });
const mailboxes = [
  { address: 'ana@cold.example.com' },
  { address: 'ben@Cold.Example.com' },
  { address: 'cy@nurture.example.org' },
];

async function run(zone: Record<string, string[]>, json: boolean) {
  const written: string[] = [];
  const code = await runPreflightCommand(
    { json },
    { mailboxes, deliverability, resolver: fakeDnsResolver(zone) },
    (text) => written.push(text),
  );
  return { code, output: written.join('') };
}

describe('caio preflight (EM-5)', () => {
  it('EM-5: checks each configured sending domain once and exits 0 when all pass', async () => {
    const { code, output } = await run({ ...records('cold.example.com'), ...records('nurture.example.org') }, true);
    const report = JSON.parse(output) as PreflightReport;
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(Object.keys(report.domains)).toEqual(['cold.example.com', 'nurture.example.org']);
  });

  it('EM-5: any failing check exits 1 and the human report names the failing check and its fix', async () => {
    const zone = { ...records('cold.example.com'), ...records('nurture.example.org'), 'nurture.example.org': [] };
    const { code, output } = await run(zone, false);
    expect(code).toBe(1);
    expect(output).toMatch(/nurture\.example\.org: FAIL\n {2}FAIL {2}spf .*Publish one TXT record/);
    expect(output).toContain('Preflight FAILED');
  });

  it('EM-5: a warning alone (DMARC p=none) does not fail the preflight', async () => {
    const zone = {
      ...records('cold.example.com'),
      ...records('nurture.example.org'),
      '_dmarc.cold.example.com': ['v=DMARC1; p=none'],
    };
    const { code, output } = await run(zone, false);
    expect(code).toBe(0);
    expect(output).toContain('WARN  dmarc');
  });

  it('EM-5: a failing domain is disabled automatically (paused) when the command may write', async () => {
    const paused: { sendingDomain: string; reason: string }[] = [];
    const zone = {
      ...records('cold.example.com'),
      ...records('nurture.example.org'),
      '_dmarc.nurture.example.org': [],
    };
    const code = await runPreflightCommand(
      {},
      {
        mailboxes,
        deliverability,
        resolver: fakeDnsResolver(zone),
        disableFailing: {
          pauses: { pause: async (entry) => void paused.push(entry) },
          clock: { now: () => new Date('2026-03-02T09:00:00Z') },
        },
      },
      () => undefined,
    );
    expect(code).toBe(1);
    expect(paused).toEqual([
      expect.objectContaining({ sendingDomain: 'nurture.example.org', reason: expect.stringContaining('(dmarc)') }),
    ]);
  });

  it('per-domain DKIM settings replace the global selectors', () => {
    const settings = deliverabilityConfigSchema.parse({
      dkim: { selectors: ['s1'], domains: { 'cold.example.com': { selectors: ['k2'], signingDomain: 'example.com' } } },
    });
    expect(preflightTargets(mailboxes, settings)).toEqual([
      { domain: 'cold.example.com', dkimSelectors: ['k2'], dkimSigningDomain: 'example.com' },
      { domain: 'nurture.example.org', dkimSelectors: ['s1'] },
    ]);
  });
});

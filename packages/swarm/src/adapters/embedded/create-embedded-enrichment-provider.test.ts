import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EnrichmentAnswer, EnrichmentProvider, EnrichmentRequest } from '../../ports/enrichment-provider.js';
import { createEmbeddedEnrichmentProvider } from './create-embedded-enrichment-provider.js';
import { loadEmbeddedCompanyData } from './load-embedded-company-data.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const signal = new AbortController().signal;
const request = (overrides: Partial<EnrichmentRequest>): EnrichmentRequest => ({
  leadId: 'lead-1',
  email: null,
  linkedinUrl: null,
  firstName: 'Ada',
  lastName: 'Moreau',
  companyName: null,
  companyDomain: null,
  ...overrides,
});
type Found = Extract<EnrichmentAnswer, { found: true }>;

describe('embedded enrichment provider (SPEC §3.2)', () => {
  let provider: EnrichmentProvider;
  beforeAll(async () => {
    provider = createEmbeddedEnrichmentProvider(
      await loadEmbeddedCompanyData(fixture('companies.csv'), fixture('signals.csv')),
    );
  });
  const enrich = (overrides: Partial<EnrichmentRequest>) => provider.enrich(request(overrides), signal);

  it('matches by source_company_id attribute first and maps the YC row to a company profile with signals', async () => {
    const answer = (await enrich({
      attributes: { source_company_id: 'yc:101' },
      companyDomain: 'apollo-one.test',
    })) as Found;
    expect(answer).toMatchObject({ found: true, credits: 0, matchedBy: 'source_company_id' });
    expect(answer.company).toMatchObject({
      domain: 'acme-robotics.test',
      industry: 'Industrials',
      subIndustry: 'Manufacturing and Robotics',
      tags: ['Hardware', 'Robotics'],
      employeeCount: 58,
      status: 'active',
      description: 'Robots for small factories',
    });
    expect(answer.signals.map((item) => [item.kind, item.date])).toEqual([
      ['hiring', '2026-01-14'],
      ['product_launch', '2011-11-23'],
      ['funding', null],
    ]);
  });

  it('matches by www-stripped domain, then by registrable apex', async () => {
    await expect(enrich({ companyDomain: 'www.Acme-Robotics.test' })).resolves.toMatchObject({ matchedBy: 'domain' });
    await expect(enrich({ companyDomain: 'eu.acme-robotics.test' })).resolves.toMatchObject({
      matchedBy: 'apex_domain',
    });
    const viaApex = (await enrich({ companyDomain: 'https://subsite-labs.test/about' })) as Found;
    expect(viaApex).toMatchObject({ matchedBy: 'apex_domain', company: { name: 'Subsite Labs', status: 'acquired' } });
  });

  it('uses the name only when it is unique; shared names and shared domains without a name do not match', async () => {
    await expect(enrich({ companyName: 'Acme Robotics, Inc.' })).resolves.toMatchObject({ matchedBy: 'name' });
    await expect(enrich({ companyName: 'Apollo' })).resolves.toEqual({ found: false, credits: 0 });
    await expect(enrich({ companyDomain: 'shared.test' })).resolves.toEqual({ found: false, credits: 0 });
    await expect(enrich({ companyDomain: 'shared.test', companyName: 'Shared Two' })).resolves.toMatchObject({
      company: { name: 'Shared Two' },
    });
  });

  it('S&P 500 rows are public, with no employee count, and index additions/acquisitions are not intent signals', async () => {
    const answer = (await enrich({ attributes: { 'Source Company ID': 'sp500:mmm' } })) as Found;
    expect(answer.company).toMatchObject({
      name: '3M',
      status: 'public',
      employeeCount: null,
      region: 'Minnesota',
      country: 'United States',
    });
    expect(answer.signals).toEqual([]);
  });

  it('declares itself in-process (timeoutMs 0) and says found: false for unknown companies', async () => {
    expect(provider.timeoutMs).toBe(0);
    await expect(enrich({ companyDomain: 'unknown.example.com', companyName: 'Nobody' })).resolves.toEqual({
      found: false,
      credits: 0,
    });
  });

  it('rejects a malformed data file with the file and row in the message', async () => {
    await expect(loadEmbeddedCompanyData(fixture('signals.csv'), fixture('signals.csv'))).rejects.toMatchObject({
      code: 'input_invalid',
      message: expect.stringMatching(/signals\.csv data row 1/),
    });
  });
});

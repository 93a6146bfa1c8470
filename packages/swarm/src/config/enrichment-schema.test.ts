import { describe, expect, it } from 'vitest';
import { enrichmentConfigSchema, parseEnrichmentConfig } from './enrichment-schema.js';

describe('enrichment config (SPEC §3.2)', () => {
  it('defaults to the embedded provider on the example data with 7/30-day cache TTLs', () => {
    expect(parseEnrichmentConfig(undefined, {})).toEqual({
      providers: ['embedded'],
      embedded: { companiesPath: 'examples/data/companies.csv', signalsPath: 'examples/data/signals.csv' },
      cache: { companyTtlDays: 7, personTtlDays: 30 },
    });
  });

  it('takes the Apollo key from APOLLO_API_KEY when the file has none, and the file wins otherwise', () => {
    const fromEnv = parseEnrichmentConfig({ providers: ['embedded', 'apollo'] }, { APOLLO_API_KEY: 'env-key' });
    expect(fromEnv.apollo).toEqual({ apiKey: 'env-key', baseUrl: 'https://api.apollo.io', timeoutMs: 10_000 });
    expect(
      parseEnrichmentConfig({ apollo: { apiKey: 'file-key' } }, { APOLLO_API_KEY: 'env-key' }).apollo?.apiKey,
    ).toBe('file-key');
    expect(Object.isFrozen(fromEnv)).toBe(true);
  });

  it('names both the config key and the environment variable when Apollo is listed without a key', () => {
    expect(() => parseEnrichmentConfig({ providers: ['apollo'] }, {})).toThrow(
      /enrichment\.apollo\.apiKey.*APOLLO_API_KEY/,
    );
  });

  it('rejects unknown keys, unknown or repeated providers and non-positive TTLs', () => {
    expect(enrichmentConfigSchema.safeParse({ provider: ['embedded'] }).success).toBe(false);
    expect(enrichmentConfigSchema.safeParse({ providers: ['clearbit'] }).success).toBe(false);
    expect(enrichmentConfigSchema.safeParse({ providers: ['embedded', 'embedded'] }).success).toBe(false);
    expect(enrichmentConfigSchema.safeParse({ cache: { companyTtlDays: 0 } }).success).toBe(false);
  });
});

// The embedded provider on the shipped example data (examples/data, examples/leads.csv): every
// lead that names a company in the data must be enriched, and the stage must stay fast.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEnrichmentProvider, loadEmbeddedCompanyData } from '../../src/adapters/embedded/index.js';
import type { EnrichmentProvider, EnrichmentRequest } from '../../src/ports/enrichment-provider.js';
import { createEnrichmentWaterfall, createInMemoryEnrichmentCache } from '../../src/pipeline/enrich/index.js';

const examples = (path: string): string => fileURLToPath(new URL(`../../../../examples/${path}`, import.meta.url));
const clock = { now: () => new Date('2026-01-05T09:00:00Z') };

describe('embedded enrichment on the example data (SPEC §3.2)', () => {
  let embedded: EnrichmentProvider;
  let requests: EnrichmentRequest[];
  beforeAll(async () => {
    embedded = createEmbeddedEnrichmentProvider(
      await loadEmbeddedCompanyData(examples('data/companies.csv'), examples('data/signals.csv')),
    );
    const rows = parse(await readFile(examples('leads.csv'), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
    requests = rows.map((row, index) => ({
      leadId: `lead-${index + 1}`,
      email: row['email']?.trim().toLowerCase() || null,
      linkedinUrl: row['linkedin_url'] || null,
      firstName: row['first_name'] || null,
      lastName: row['last_name'] || null,
      companyName: row['company'] || null,
      companyDomain: row['company_domain'] || null,
      attributes: { source_company_id: row['source_company_id'] ?? '', lead_source: row['lead_source'] ?? '' },
    }));
  });

  it('enriches every example lead, by source_company_id, and by domain or unique name without it', async () => {
    const byKey = new Map<string, number>();
    const count = async (request: EnrichmentRequest) => {
      const answer = await embedded.enrich(request, new AbortController().signal);
      const key = answer.found === true ? (answer.matchedBy ?? 'unknown') : 'none';
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
    };
    for (const request of requests) await count(request);
    expect(Object.fromEntries(byKey)).toEqual({ source_company_id: requests.length });
    byKey.clear();
    for (const request of requests) await count({ ...request, attributes: {} });
    const withoutIds = Object.fromEntries(byKey);
    console.info(
      `embedded match keys on examples/leads.csv (${requests.length} leads): with ids all by source_company_id; without ids ${JSON.stringify(withoutIds)}`,
    );
    expect((withoutIds['domain'] ?? 0) + (withoutIds['name'] ?? 0) + (withoutIds['apex_domain'] ?? 0)).toBeGreaterThan(
      requests.length * 0.95,
    );
  });

  it('runs 100k leads through the waterfall with the embedded provider quickly', async () => {
    const waterfall = createEnrichmentWaterfall({
      providers: [embedded],
      cache: createInMemoryEnrichmentCache({ clock }),
      clock,
    });
    const total = 100_000;
    const started = performance.now();
    for (let index = 0; index < total; index += 1) {
      const base = requests[index % requests.length] as EnrichmentRequest;
      await waterfall.enrich({ ...base, leadId: `bench-${index}`, email: `p${index}@bench.test` });
    }
    const seconds = (performance.now() - started) / 1_000;
    const stats = waterfall.stats();
    console.info(
      `waterfall: ${total} leads in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)} leads/s; fromCache ${stats.fromCache}, enriched ${stats.enriched}, skipped ${stats.skipped}`,
    );
    expect(stats.enriched).toBe(total);
    expect(seconds).toBeLessThan(20);
    // Cold path: a cache that never hits, so every lead calls the provider through breaker + timeout.
    const neverHits = {
      get: async () => undefined,
      getMany: async () => new Map<string, unknown>(),
      set: async () => undefined,
    };
    const cold = createEnrichmentWaterfall({ providers: [embedded], cache: neverHits, clock });
    const coldTotal = 25_000;
    const coldStarted = performance.now();
    for (let index = 0; index < coldTotal; index += 1)
      await cold.enrich(requests[index % requests.length] as EnrichmentRequest);
    const coldSeconds = (performance.now() - coldStarted) / 1_000;
    console.info(`waterfall without cache hits: ${Math.round(coldTotal / coldSeconds)} leads/s`);
    expect(cold.stats().providers[0]).toMatchObject({ attempts: coldTotal, hits: coldTotal });
    expect(coldSeconds).toBeLessThan(5);
  });
});
